// Units and the words a slash binds as "per". Data only; the rules that use them are in
// normalise.ts (a unit after a number) and slashes.ts (a slash after an amount).

/** Units after a number: "5 km" → "năm ki lô mét". Matched case-sensitively. */
export const UNITS: Readonly<Record<string, string>> = {
  'km/h': 'ki lô mét một giờ',
  'km²': 'ki lô mét vuông',
  km2: 'ki lô mét vuông',
  km: 'ki lô mét',
  'm²': 'mét vuông',
  m2: 'mét vuông',
  'm³': 'mét khối',
  m3: 'mét khối',
  cm: 'xăng ti mét',
  mm: 'mi li mét',
  m: 'mét',
  kg: 'ki lô gam',
  ha: 'héc ta',
  đ: 'đồng',
  VNĐ: 'đồng',
  VND: 'đồng',
  GB: 'gi ga bai',
  MB: 'mê ga bai',
  '°C': 'độ xê',
};

/**
 * What a slash after an amount is "per" ("một"): "đồng/tổ/năm" → "đồng một tổ một năm",
 * "15.000đ/kg" → "… đồng một ki lô gam". Written form → spoken form.
 */
export const PER_UNITS: Readonly<Record<string, string>> = {
  năm: 'năm',
  tháng: 'tháng',
  quý: 'quý',
  tuần: 'tuần',
  ngày: 'ngày',
  giờ: 'giờ',
  buổi: 'buổi',
  đợt: 'đợt',
  lần: 'lần',
  lượt: 'lượt',
  khóa: 'khóa',
  khoá: 'khóa',
  kỳ: 'kỳ',
  người: 'người',
  hộ: 'hộ',
  'hộ gia đình': 'hộ gia đình',
  tổ: 'tổ',
  nhóm: 'nhóm',
  đội: 'đội',
  thôn: 'thôn',
  bản: 'bản',
  xã: 'xã',
  phường: 'phường',
  lớp: 'lớp',
  trường: 'trường',
  'đơn vị': 'đơn vị',
  'học viên': 'học viên',
  'học sinh': 'học sinh',
  'thành viên': 'thành viên',
  suất: 'suất',
  con: 'con',
  cây: 'cây',
  cái: 'cái',
  chiếc: 'chiếc',
  bộ: 'bộ',
  trang: 'trang',
  sào: 'sào',
  mẫu: 'mẫu',
  tấn: 'tấn',
  tạ: 'tạ',
  lít: 'lít',
  kg: 'ki lô gam',
  ha: 'héc ta',
  km: 'ki lô mét',
  m2: 'mét vuông',
  'm²': 'mét vuông',
  m3: 'mét khối',
  'm³': 'mét khối',
};

/**
 * Amounts and physical units: a slash after one of them is always "per" ("giá tính bằng đồng/kg"),
 * with or without a number before it.
 */
export const MEASURES: readonly string[] = [
  'đồng',
  'đ',
  'VNĐ',
  'VND',
  '%',
  'kg',
  'tạ',
  'tấn',
  'ha',
  'sào',
  'km',
  'm2',
  'm²',
  'm3',
  'm³',
  'lít',
  'giờ',
];

/**
 * Counted things: a slash after one of them is "per" only right after a number ("35 học sinh/lớp");
 * otherwise the slash offers alternatives ("thôn/tổ dân phố" → "thôn hoặc tổ dân phố").
 */
export const COUNTED_MEASURES: readonly string[] = [
  'người',
  'lượt',
  'lượt người',
  'hộ',
  'học sinh',
  'học viên',
  'thành viên',
  'buổi',
  'lần',
  'tin',
  'bài',
  'tin, bài',
  'cây',
  'con',
  'suất',
  'điểm',
];

/**
 * Words a comparison ("≥", "≤") carries with its number, so that "trở lên" comes after the unit:
 * "≥18 tuổi" → "từ mười tám tuổi trở lên".
 */
export const COMPARED_UNITS: readonly string[] = [
  ...new Set([
    ...Object.keys(UNITS),
    ...MEASURES,
    ...COUNTED_MEASURES,
    'tuổi',
    'năm',
    'tháng',
    'ngày',
    'phút',
    'triệu đồng',
    'nghìn đồng',
    'tỷ đồng',
  ]),
];
