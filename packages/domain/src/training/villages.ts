import { foldVietnamese } from '../text/vietnamese.ts';

// A village (thôn, tổ dân phố, bản, xóm) and its community digital team, as communes name them.

// A space after it, not \b: JavaScript's word boundary is ASCII, and "phố" ends in a letter it does not know.
const VILLAGE_WORD = /^(Thôn|Tổ dân phố|Bản|Xóm)(?=\s)/u;

/**
 * A village's name as teams are told apart: folded, without its "Thôn", "Tổ dân phố", "Bản" or
 * "Xóm", so "Thôn Nà Mạ", "thon na ma" and "Nà Mạ" are one village.
 */
export const villageKey = (name: string): string =>
  foldVietnamese(name).replace(/^(thon|to dan pho|ban|xom) /, '');

/** "Thôn Nà Mạ" → "Tổ công nghệ số cộng đồng thôn Nà Mạ". */
export const digitalTeamName = (village: string): string =>
  `Tổ công nghệ số cộng đồng ${village.replace(VILLAGE_WORD, (word) => word.toLowerCase())}`;
