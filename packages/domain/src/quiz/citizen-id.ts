// The 12-digit Vietnamese personal identification number (số định danh cá nhân, printed on the
// citizen identity card, CCCD). Structure per Decree 137/2015/NĐ-CP art. 7 and Circular
// 07/2016/TT-BCA, as amended by Circular 59/2021/TT-BCA:
//   digits 1–3  code of the province where the birth was registered (list below);
//   digit  4    gender and century of birth: 0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s,
//               6/7 = 2200s, 8/9 = 2300s;
//   digits 5–6  last two digits of the year of birth;
//   digits 7–12 random.
// There is no check digit, so a number that passes here can still be someone else's: the check only
// catches typing mistakes and invented numbers.
//
// Privacy: the full number is never stored. The database keeps citizenIdLookupKey() (a keyed hash,
// to recognise a returning participant) and maskCitizenId() (for display); the number itself lives
// only in the request that registers it.

import { createHmac } from 'node:crypto';

/**
 * Province codes in use, from Appendix 1 of Circular 07/2016/TT-BCA ("Danh mục mã tỉnh, thành phố
 * trực thuộc trung ương nơi công dân đăng ký khai sinh"), the 63 provinces of 2016. Numbers already
 * issued keep their code after the 2025 province mergers, so all 63 stay valid.
 */
export const CITIZEN_ID_PROVINCE_CODES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
};

/** Oldest plausible age: a birth year further back than this is a typing mistake. */
export const CITIZEN_ID_MAX_AGE_YEARS = 120;

export type CitizenIdErrorReason = 'format' | 'province' | 'century' | 'birth_year';

export type CitizenIdValidation =
  | { ok: true; value: string }
  | { ok: false; reason: CitizenIdErrorReason; message: string };

// Spaces (any kind) and dots are how people group the digits when they copy them from the card.
const SEPARATORS = /[\s.]/g;

function stripSeparators(raw: string): string {
  return raw.replace(SEPARATORS, '');
}

/**
 * Checks a citizen ID number typed by a participant. `today` is an ISO date ('2026-06-01'): the
 * caller supplies it so the check stays pure and testable.
 */
export function validateCitizenId(raw: string, today: string): CitizenIdValidation {
  const value = stripSeparators(raw);
  if (!/^\d{12}$/.test(value)) {
    return {
      ok: false,
      reason: 'format',
      message:
        'Số định danh cá nhân (số CCCD) phải gồm đúng 12 chữ số. Hãy nhập lại, chỉ gồm chữ số, không có chữ cái hay ký hiệu.',
    };
  }

  const province = value.slice(0, 3);
  if (!Object.hasOwn(CITIZEN_ID_PROVINCE_CODES, province)) {
    return {
      ok: false,
      reason: 'province',
      message: `Ba chữ số đầu (${province}) không phải mã tỉnh, thành phố nơi đăng ký khai sinh. Hãy đối chiếu lại với thẻ căn cước.`,
    };
  }

  const currentYear = yearOf(today);
  const centuryDigit = Number(value[3]);
  const centuryStart = 1900 + Math.floor(centuryDigit / 2) * 100;
  if (centuryStart > currentYear) {
    return {
      ok: false,
      reason: 'century',
      message: `Chữ số thứ tư (${centuryDigit}) chỉ giới tính và thế kỷ sinh, ứng với năm sinh từ ${centuryStart} trở đi, là không thể. Hãy đối chiếu lại với thẻ căn cước.`,
    };
  }

  const birthYear = centuryStart + Number(value.slice(4, 6));
  if (birthYear > currentYear) {
    return {
      ok: false,
      reason: 'birth_year',
      message: `Chữ số thứ tư đến thứ sáu cho năm sinh ${birthYear}, sau năm hiện tại. Hãy đối chiếu lại với thẻ căn cước.`,
    };
  }
  if (birthYear < currentYear - CITIZEN_ID_MAX_AGE_YEARS) {
    return {
      ok: false,
      reason: 'birth_year',
      message: `Chữ số thứ tư đến thứ sáu cho năm sinh ${birthYear}, cách đây hơn ${CITIZEN_ID_MAX_AGE_YEARS} năm. Hãy đối chiếu lại với thẻ căn cước.`,
    };
  }

  return { ok: true, value };
}

function yearOf(isoDate: string): number {
  const match = /^(\d{4})-\d{2}-\d{2}/.exec(isoDate);
  if (!match) throw new RangeError(`today must be an ISO date (YYYY-MM-DD), got "${isoDate}"`);
  return Number(match[1]);
}

function requireTwelveDigits(value: string): string {
  const digits = stripSeparators(value);
  // The number itself stays out of the message: it must not end up in logs.
  if (!/^\d{12}$/.test(digits)) throw new RangeError('A citizen ID number must be 12 digits');
  return digits;
}

/**
 * Display form: the province code and the last two digits, the rest hidden ('001•••••••89').
 * Enough for a participant to recognise their own number, not enough to reconstruct it.
 */
export function maskCitizenId(value: string): string {
  const digits = requireTwelveDigits(value);
  return `${digits.slice(0, 3)}${'•'.repeat(7)}${digits.slice(10)}`;
}

/** Shortest secret accepted: the key is only as strong as the secret (the numbers are guessable). */
export const CITIZEN_ID_MIN_SECRET_BYTES = 16;

/**
 * HMAC-SHA-256 of the number under a server-side secret, as lower-case hex. Stored instead of the
 * number so a returning participant can be matched. A plain hash would not do: 12-digit numbers
 * with a known structure can be enumerated, so the secret must never leave the server. Changing the
 * secret changes every key.
 */
export async function citizenIdLookupKey(value: string, secret: Uint8Array): Promise<string> {
  const digits = requireTwelveDigits(value);
  if (secret.byteLength < CITIZEN_ID_MIN_SECRET_BYTES) {
    throw new RangeError(`The lookup secret must be at least ${CITIZEN_ID_MIN_SECRET_BYTES} bytes`);
  }
  // node:crypto, not WebCrypto: computed at once, where each WebCrypto call is a job queued on the
  // thread pool and a return through a busy event loop (hundreds of milliseconds per registration in
  // a rush, measured by bench/quiz.ts).
  return createHmac('sha256', secret).update(digits).digest('hex');
}
