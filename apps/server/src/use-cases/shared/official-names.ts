// How an official document names its issuer (Decree 30/2020/NĐ-CP): the people's committee of a
// province or commune, the place in the date line, the initials in a document's number symbol.
// Shared by the consolidated report and the plan document.
import { withoutDiacritics } from '@lantoa/domain';

/** "Tỉnh Tuyên Quang" → "Ủy ban nhân dân tỉnh Tuyên Quang". */
export const peoplesCommittee = (name: string): string =>
  `Ủy ban nhân dân ${name.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi'))}`;

/** "Tỉnh Tuyên Quang" → "Tuyên Quang": the place in the date line. */
export const placeOf = (name: string): string => name.replace(/^(Tỉnh|Thành phố|Xã|Phường|Đặc khu)\s+/u, '');

/** The initials of a body's name, without "và", "của": "Sở Khoa học và Công nghệ" → "SKHCN". */
export const initialsOf = (name: string): string =>
  withoutDiacritics(name)
    .split(/[\s,-]+/u)
    .filter((w) => w && !['va', 'cua'].includes(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
