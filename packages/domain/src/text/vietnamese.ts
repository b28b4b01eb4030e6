// Vietnamese text normalisation shared by search, name matching and the plan parser.

const TONE_MARK = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
// Old-style placement puts the tone on the second vowel of an open "oa", "oe", "uy" ("hoà", "khoẻ",
// "thuỷ"); the 2017 style puts it on the first ("hòa", "khỏe", "thủy"). "qu" is a consonant, so
// "quý" is left alone.
const OLD_STYLE_SYLLABLE = new RegExp(`^(.*?)(?<![qQ])([oOuU])([aAeEyY])(${TONE_MARK})$`, 'u');

/** NFC with the tone of open "oa", "oe", "uy" syllables on the first vowel (Hoà → Hòa). */
export function normalizeTonePlacement(text: string): string {
  return text.normalize('NFC').replace(/\p{L}+/gu, (word) => {
    const decomposed = word.normalize('NFD');
    const match = OLD_STYLE_SYLLABLE.exec(decomposed);
    if (!match) return word;
    const [, head = '', first = '', second = '', tone = ''] = match;
    return `${head}${first}${tone}${second}`.normalize('NFC');
  });
}

/**
 * The letters without their diacritics and tones, case and spacing kept (đ → d, Đ → D): for ASCII
 * renderings that still read as the original ("Đề án.docx" → "De an.docx", "Sở KH&CN" → "So KH&CN").
 */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * Folds text for comparison: no diacritics, no tone, đ → d, lower case, single spaces.
 * "Sở Văn hoá,  Thể thao" and "so van hoa, the thao" fold to the same key.
 */
export function foldVietnamese(text: string): string {
  return withoutDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when every folded word of the query starts a folded word of the text, in any order. */
export function matchesSearch(text: string, query: string): boolean {
  const words = foldVietnamese(text).split(/[^\p{L}\p{N}]+/u);
  return foldVietnamese(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((q) => words.some((w) => w.startsWith(q)));
}
