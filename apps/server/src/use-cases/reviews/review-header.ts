import { withoutDiacritics } from '@lantoa/domain';
import { initialsOf } from '../shared/official-names.ts';

// The review's header and signature as the consolidated report's draft makes them (same body, same
// document type "BC-"): the symbol after the number and the signer's title by default.

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
