// How an official document names its issuer (Decree 30/2020/NĐ-CP): the people's committee of a
// province or commune, the place in the date line, the initials in a document's number symbol.
// Shared by the consolidated report, the review and the plan document.
import { withoutDiacritics } from '@lantoa/domain';

/** The level an administrative unit's name starts with ("Tỉnh", "Xã"…), and the rest: its place. */
const UNIT_LEVEL = /^(Tỉnh|Thành phố|Xã|Phường|Đặc khu)\s+/u;

/** A unit's name in the middle of a sentence, its level in lower case: "Xã Hòa An" → "xã Hòa An". */
export const midSentence = (name: string): string =>
  name.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi'));

/** "Tỉnh Tuyên Quang" → "Ủy ban nhân dân tỉnh Tuyên Quang". */
export const peoplesCommittee = (name: string): string => `Ủy ban nhân dân ${midSentence(name)}`;

/** "Tỉnh Tuyên Quang" → "Tuyên Quang": the place in the date line. */
export const placeOf = (name: string): string => name.replace(UNIT_LEVEL, '');

/** The initials of a body's name, without "và", "của": "Sở Khoa học và Công nghệ" → "SKHCN". */
export const initialsOf = (name: string): string =>
  withoutDiacritics(name)
    .split(/[\s,-]+/u)
    .filter((w) => w && !['va', 'cua'].includes(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');

/** Upper-case letters of Times New Roman 12 pt that fit the header's 68 mm column. */
const HEADER_LINE_CHARS = 24;

/**
 * The governing body as the header's first line prints it, on one line of the 68 mm column: the full
 * "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG" wraps there (splitting the place's name), so a longer one takes
 * the abbreviation Decree 30 allows, "UBND TỈNH TUYÊN QUANG", and "TP." for "THÀNH PHỐ" if needed.
 */
export function governingBodyLine(name: string): string {
  const full = peoplesCommittee(name).toLocaleUpperCase('vi');
  if (full.length <= HEADER_LINE_CHARS) return full;
  const short = full.replace(/^ỦY BAN NHÂN DÂN/u, 'UBND');
  return short.length <= HEADER_LINE_CHARS ? short : short.replace(/THÀNH PHỐ/u, 'TP.');
}

/** The issuer of a plan as a report refers to it: "UBND tỉnh", "UBND xã", else the body's name. */
export function issuerReference(kind: string, name: string): string {
  if (kind === 'province' || kind === 'commune') {
    const level = UNIT_LEVEL.exec(name)?.[1];
    if (level) return `UBND ${level.toLocaleLowerCase('vi')}`;
  }
  return name;
}

/**
 * A document's date as a text cites it: "ngày 07/5/2026" (the day on two digits, the month on two
 * only below 3), "tháng 5/2026" or "năm 2026" when that is all that is known; null for none.
 */
export function citedDate(date: string | null): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date?.trim() ?? '');
  if (!m) return null;
  const [, year, month, day] = m;
  if (!month) return `năm ${year}`;
  const mo = Number(month) < 3 ? month : String(Number(month));
  return day ? `ngày ${day}/${mo}/${year}` : `tháng ${Number(month)}/${year}`;
}

/**
 * A title set in the middle of a sentence: its first word lower-cased ("Triển khai công tác …" →
 * "triển khai công tác …"), unless it is an acronym or a name ("UBND", "Nghị quyết số 57").
 */
export function sentenceCase(text: string): string {
  const t = text.trim();
  const first = t.split(/\s/u)[0] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return t;
  if (/^(Nghị quyết|Chương trình|Quyết định|Chỉ thị|Đề án|Luật)(?=\s|$)/u.test(t)) return t;
  return t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
}

// A report's header and signature (the consolidated report and the review alike): the symbol after
// the number and the signer's title by default.

/**
 * "Sở Khoa học và Công nghệ" (short name "Sở KH&CN") → "SKHCN": the symbol after "BC-" in the
 * number line, from an upper-case short name where there is one, else from the name's initials.
 */
export function symbolOf(name: string, shortNames: string[]): string {
  for (const short of shortNames) {
    const m = /^(Sở|Phòng|Ban|Văn phòng)\s+([\p{Lu}&\-\s]+)$/u.exec(short);
    if (m?.[1] && m[2]) return withoutDiacritics(m[1][0] + m[2]).replace(/[^A-Z]/g, '');
  }
  return initialsOf(name);
}

/** Who signs by default: the head of a department, the chair for the people's committee. */
export const defaultSignerTitle = (kind: string): string =>
  kind === 'department'
    ? 'GIÁM ĐỐC'
    : kind === 'province' || kind === 'commune'
      ? 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH'
      : 'THỦ TRƯỞNG ĐƠN VỊ';
