// Vietnamese number reading (Northern usage): mốt, lăm, tư after "mươi", "linh" for a missing ten,
// "không trăm" inside a larger number, nghìn / triệu / tỷ.

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

const digit = (d: number): string => DIGITS[d] ?? '';

/** 0–999; `full` when a higher group precedes it ("không trăm", "linh"). */
function readGroup(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(digit(hundreds), 'trăm');
  if (tens >= 2) {
    words.push(digit(tens), 'mươi');
    if (units === 1) words.push('mốt');
    else if (units === 4) words.push('tư');
    else if (units === 5) words.push('lăm');
    else if (units > 0) words.push(digit(units));
  } else if (tens === 1) {
    words.push('mười');
    if (units === 5) words.push('lăm');
    else if (units > 0) words.push(digit(units));
  } else if (units > 0) {
    if (words.length > 0) words.push('linh');
    words.push(digit(units));
  }
  return words;
}

// Below a billion: groups of three digits with nghìn, triệu. `full` when a higher part precedes.
function readBelowBillion(digits: string, full: boolean): string[] {
  const groups: number[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    groups.unshift(Number(digits.slice(Math.max(0, end - 3), end)));
  const words: string[] = [];
  groups.forEach((group, index) => {
    if (group === 0) return;
    words.push(...readGroup(group, full || words.length > 0));
    const name = ['', 'nghìn', 'triệu'][groups.length - 1 - index];
    if (name) words.push(name);
  });
  return words;
}

// Billions nest: 1.200.000.000.000 is "một nghìn hai trăm tỷ", the part above tỷ read as a number.
function readWords(digits: string, full: boolean): string[] {
  if (digits.length <= 9) return readBelowBillion(digits, full);
  const high = digits.slice(0, -9).replace(/^0+/, '');
  const low = digits.slice(-9);
  const words = high ? [...readWords(high, full), 'tỷ'] : [];
  return [...words, ...readBelowBillion(low, full || words.length > 0)];
}

/** Longer digit strings (phone, account numbers) are read digit by digit. */
export const MAX_NUMBER_DIGITS = 15;

/** Reads a digit string as an integer: "2026" → "hai nghìn không trăm hai mươi sáu". */
export function readInteger(digits: string): string {
  const clean = digits.replace(/^0+(?=\d)/, '');
  if (!/^\d+$/.test(clean)) throw new Error(`not a digit string: ${digits}`);
  if (clean.length > MAX_NUMBER_DIGITS) return readDigits(clean);
  if (clean === '0') return 'không';
  return readWords(clean, false).join(' ');
}

/** "0912" → "không chín một hai". */
export function readDigits(digits: string): string {
  return [...digits].map((d) => digit(Number(d))).join(' ');
}

/**
 * A number as written in Vietnamese: "." groups thousands, "," marks decimals.
 * "1.250" → "một nghìn hai trăm năm mươi"; "2,5" → "hai phẩy năm"; "2,05" → "hai phẩy không năm".
 */
export function readNumber(written: string): string {
  const [whole = '', fraction] = written.split(',');
  const integer = readIntegerPart(whole.replaceAll('.', ''));
  if (fraction === undefined || fraction === '') return integer;
  const zeros = /^0*/.exec(fraction)?.[0].length ?? 0;
  const rest = fraction.slice(zeros);
  const words = [...Array<string>(zeros).fill('không')];
  if (rest) words.push(rest.length <= 3 ? readInteger(rest) : readDigits(rest));
  return `${integer} phẩy ${words.join(' ')}`;
}

// "05 đồng chí" is five; "0912345678" is a phone number, read digit by digit.
function readIntegerPart(digits: string): string {
  return digits.length >= 4 && digits.startsWith('0') ? readDigits(digits) : readInteger(digits);
}

/** Ordinals: 1 → "nhất", 4 → "tư", else the number ("thứ 2" → "thứ hai"). */
export function readOrdinal(n: number): string {
  if (n === 1) return 'nhất';
  if (n === 4) return 'tư';
  return readInteger(String(n));
}

/** Months: 4 → "tư" ("tháng tư"), else the number. */
export function readMonth(n: number): string {
  return n === 4 ? 'tư' : readInteger(String(n));
}

const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** "XIII" → 13; null when the text is not a well-formed Roman numeral. */
export function parseRoman(text: string): number | null {
  if (!text || !ROMAN.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES[text[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
