// Parts of web and e-mail addresses said as words rather than split into syllables or spelled.
// Data only; the rule is in web-addresses.ts. Keys are lower case.

export const DOMAIN_WORDS: Readonly<Record<string, string>> = {
  vn: 'vê en',
  gov: 'gov',
  com: 'com',
  net: 'nét',
  org: 'o rờ gờ',
  edu: 'e đu',
  info: 'in phô',
  io: 'i o',
  gmail: 'gờ meo',
  yahoo: 'da hu',
  outlook: 'ao lúc',
  zalo: 'da lô',
  facebook: 'phây búc',
  youtube: 'diu túp',
  dichvucong: 'dịch vụ công',
  chinhphu: 'chính phủ',
  baochinhphu: 'báo chính phủ',
};
