// Abbreviations and codes: what each is said as. Data only; the rules are in normalise.ts and
// symbols.ts. Keys are matched case-sensitively as whole tokens, so "TT&TT" in a heading expands
// while an ordinary lower-case word never does. Ambiguous short forms (CN: chủ nhật or công nhân,
// TT: thông tư or thị trấn, KH: kế hoạch or khách hàng, AI) are left for the writer to spell out.

export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  MTTQ: 'Mặt trận Tổ quốc',
  MTTQVN: 'Mặt trận Tổ quốc Việt Nam',
  BCH: 'Ban Chấp hành',
  BCĐ: 'Ban Chỉ đạo',
  BTV: 'Ban Thường vụ',
  'KH&CN': 'khoa học và công nghệ',
  KHCN: 'khoa học và công nghệ',
  'KH,CN': 'khoa học, công nghệ',
  ĐMST: 'đổi mới sáng tạo',
  CĐS: 'chuyển đổi số',
  CNTT: 'công nghệ thông tin',
  CSDL: 'cơ sở dữ liệu',
  'TT&TT': 'thông tin và truyền thông',
  TTTT: 'thông tin và truyền thông',
  'VH,TT&DL': 'văn hóa, thể thao và du lịch',
  'VHTT&DL': 'văn hóa, thể thao và du lịch',
  VHTTDL: 'văn hóa, thể thao và du lịch',
  'GD&ĐT': 'giáo dục và đào tạo',
  GDĐT: 'giáo dục và đào tạo',
  'NN&PTNT': 'nông nghiệp và phát triển nông thôn',
  'TN&MT': 'tài nguyên và môi trường',
  'KT-XH': 'kinh tế - xã hội',
  THCS: 'trung học cơ sở',
  THPT: 'trung học phổ thông',
  HTX: 'hợp tác xã',
  ĐTN: 'Đoàn Thanh niên',
  ĐVTN: 'đoàn viên thanh niên',
  TNCS: 'Thanh niên Cộng sản',
  LHPN: 'Liên hiệp Phụ nữ',
  HLHPN: 'Hội Liên hiệp Phụ nữ',
  HND: 'Hội Nông dân',
  HCCB: 'Hội Cựu chiến binh',
  CCB: 'cựu chiến binh',
  ĐBQH: 'đại biểu Quốc hội',
  CAND: 'Công an nhân dân',
  QĐND: 'Quân đội nhân dân',
  PCCC: 'phòng cháy, chữa cháy',
  ATGT: 'an toàn giao thông',
  ATTP: 'an toàn thực phẩm',
  BHYT: 'bảo hiểm y tế',
  BHXH: 'bảo hiểm xã hội',
  CBCCVC: 'cán bộ, công chức, viên chức',
  CBCC: 'cán bộ, công chức',
  ĐVHC: 'đơn vị hành chính',
  NQ: 'nghị quyết',
  QĐ: 'quyết định',
  TW: 'Trung ương',
  TƯ: 'Trung ương',
  'TP.': 'thành phố',
  'Tp.': 'thành phố',
  VNĐ: 'đồng',
  'v.v.': 'vân vân',
  'v.v': 'vân vân',
  // Found in bulletins and plans (issue 20's review).
  CNSCĐ: 'công nghệ số cộng đồng',
  SĐT: 'số điện thoại',
  ĐT: 'điện thoại',
  DVC: 'dịch vụ công',
  DVCTT: 'dịch vụ công trực tuyến',
  DVCQG: 'dịch vụ công quốc gia',
  TTHC: 'thủ tục hành chính',
  CCHC: 'cải cách hành chính',
  CCCD: 'căn cước công dân',
  CMND: 'chứng minh nhân dân',
  NTM: 'nông thôn mới',
  TDP: 'tổ dân phố',
  NVH: 'nhà văn hóa',
  PCT: 'Phó Chủ tịch',
  CVP: 'Chánh Văn phòng',
  VHXH: 'văn hóa - xã hội',
  // The signature block: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" (only with the full stop: "KT"
  // alone is as often "kinh tế").
  'TM.': 'thay mặt',
  'KT.': 'ký thay',
  VP: 'Văn phòng',
  PTTH: 'phát thanh, truyền hình',
  'CT-XH': 'chính trị - xã hội',
  'Đ/c': 'đồng chí',
  'đ/c': 'đồng chí',
  'Đ/C': 'đồng chí',
  'b/c': 'báo cáo',
  'và/hoặc': 'và hoặc',
};

/**
 * Kinds of document that open a symbol ("57-NQ/TW", "178/KH-UBND", "NĐ-CP"): a code starting with
 * one of these and joined by "/" or "-" is a symbol, spelled, even with its number missing.
 */
export const DOCUMENT_KINDS: readonly string[] = [
  'NQ',
  'NĐ',
  'QĐ',
  'KH',
  'CT',
  'CTr',
  'TT',
  'TTLT',
  'TB',
  'BC',
  'CV',
  'HD',
  'KL',
  'QC',
  'ĐA',
  'PA',
  'TTr',
];

/** "NQ57", "QĐ 1169": a kind written before the number, read as the word it stands for. */
export const DOCUMENT_SHORT_NAMES: Readonly<Record<string, string>> = {
  NQ: 'nghị quyết',
  NĐ: 'nghị định',
  QĐ: 'quyết định',
};

/** Roads, "QL2", "ĐT.176": the road's kind before its number ("ĐT" alone is "điện thoại"). */
export const ROADS: Readonly<Record<string, string>> = {
  QL: 'quốc lộ',
  ĐT: 'đường tỉnh',
  ĐH: 'đường huyện',
  TL: 'tỉnh lộ',
};

/**
 * Codes said as letters the way Vietnamese speakers say them, not as the Vietnamese alphabet spells
 * them: espeak-ng would read "VNeID" half in its English voice and "QR" as "quy e rờ".
 * - VNeID: "vê en e ai đi", the letters of "VN" as in ".vn" and "ID" as everyone says it; the
 *   bulletins already say "ứng dụng VNeID" or "tài khoản định danh điện tử VNeID", so the name is
 *   not expanded (that would say it twice).
 * - QR: "cu a", as announcers and sellers say "mã QR"; the alphabet's "quy e rờ" is a spelling
 *   lesson no listener connects with the square code.
 * - OA (Zalo Official Account): "ô a", as Zalo's own staff say it.
 */
export const SPOKEN_CODES: Readonly<Record<string, string>> = {
  VNeID: 'vê en e ai đi',
  QR: 'cu a',
  OA: 'ô a',
  OTP: 'ô tê pê',
  OCOP: 'ô cốp',
  OK: 'ô kê',
  KOL: 'cây âu eo',
  KOLs: 'cây âu eo',
  STEM: 'xtem',
  COVID: 'cô vít',
  'COVID-19': 'cô vít mười chín',
};

/** Letter names for spelling codes ("NQ" → "en quờ"), as announcers read them. */
export const LETTER_NAMES: Readonly<Record<string, string>> = {
  A: 'a',
  Ă: 'á',
  Â: 'ớ',
  B: 'bê',
  C: 'xê',
  D: 'dê',
  Đ: 'đê',
  E: 'e',
  Ê: 'ê',
  F: 'ép',
  G: 'giê',
  H: 'hát',
  I: 'i',
  J: 'gi',
  K: 'ca',
  L: 'lờ',
  M: 'mờ',
  N: 'en',
  O: 'o',
  Ô: 'ô',
  Ơ: 'ơ',
  P: 'pê',
  Q: 'quờ',
  R: 'rờ',
  S: 'ét',
  T: 'tê',
  U: 'u',
  Ư: 'ư',
  V: 'vê',
  W: 'vê kép',
  X: 'ích',
  Y: 'i dài',
  Z: 'dét',
};

/** Codes whose spoken spelling is not letter by letter. */
export const SPELLING_OVERRIDES: Readonly<Record<string, string>> = {
  TW: 'tê vê',
  TTg: 'tê tê gờ',
};
