// Vietnamese syllables written in plain letters, as web addresses and acronyms write them. Used to
// split "tuyenquang" into "tuyên quang" and to tell a word in capitals ("NAM", "KHOA") from an
// acronym to spell ("ATM", "GDP").

// Onset, with the spelling rules that make a split unambiguous: k, gh, ngh only before e, i, y;
// c, ng never before them; q only as qu.
const ONSET =
  '(?:ngh(?=[eiy])|ng(?![eiy])|nh|ch|gh(?=[eiy])|gi|kh|ph|qu|th|tr|k(?=[eiy])|c(?![eiy])|g(?!e)|[bdđhlmnprstvx])?';
// Vowel groups that take a final consonant ("oan", "uyên", "iêng") and those that end the syllable
// themselves ("ai", "oai", "ươi", "yêu").
const CLOSED = 'uye|oa|oe|oo|ua|ue|uo|ie|ye|uy|a|e|i|o|u|y';
const OPEN =
  'oai|oay|oeo|uoi|uou|uya|uyu|uay|ieu|yeu|ai|ao|au|ay|eo|eu|ia|iu|oa|oe|oi|ua|ue|ui|uo|uu|uy|ya|a|e|i|o|u|y';
const FINAL = 'ch|ng|nh|c|m|n|p|t';
const SYLLABLE = new RegExp(`^${ONSET}(?:(?:${CLOSED})(?:${FINAL})|(?:${OPEN}))$`);

/** "quang", "tuyen", "nguoi": one syllable once its marks are put back. Lower-case ASCII (and đ). */
export const isPlainSyllable = (letters: string): boolean => SYLLABLE.test(letters);

const WITH_ACUTE: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  ê: 'ế',
  i: 'í',
  o: 'ó',
  ô: 'ố',
  ơ: 'ớ',
  u: 'ú',
  y: 'ý',
};

/**
 * Puts back what the spelling alone decides: "ie", "ye" before a final or "u" are "iê", "yê"
 * ("tuyen" → "tuyên", "bieu" → "biêu"), and a syllable closed by p, t, c, ch carries a tone mark,
 * without which espeak-ng takes it for English ("dich" is read in its English voice). The mark is a
 * guess (sắc); the other tone, nặng, is as likely, and either is understood.
 */
export function markPlainSyllable(syllable: string): string {
  let marked = syllable.replace(/([iy])e(?=[cmnptu]|ng|nh|ch)/, '$1ê');
  const stop = /^(.*?)([aeiouyêôơ])((?:ch|[cpt]))$/.exec(marked);
  if (stop) marked = `${stop[1]}${WITH_ACUTE[stop[2] ?? ''] ?? stop[2]}${stop[3]}`;
  return marked;
}
