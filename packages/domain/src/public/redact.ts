// Personal data removed from a text before it is published (issue 17): a citizen often types their
// phone number or e-mail into the body of a question ("gọi cho tôi theo số 0912 345 678"), and a
// published question and answer must not carry it. What goes: Vietnamese phone numbers (mobile and
// landline, national or with +84/0084/84, written with spaces, dots, dashes or a bracketed prefix),
// e-mail addresses, 12-digit citizen identity numbers (CCCD) and 9-digit identity card numbers
// (CMND). What stays: years, amounts written the Vietnamese way ("1.250.000"), document symbols
// ("57-NQ/TW"), dates ("05/03/2026", "03.05.2026") and ordinary counts. A phone number written with
// a typo (11 digits for a mobile) is not recognised; the coordinator reviews the texts before they
// are published, so this is the first pass, not the only one.

export const PERSONAL_DATA_MARK = '[đã ẩn]';

// One optional separator between two digits of a phone number: a space (also no-break), a dot, a
// dash, or the ")" closing a bracketed prefix ("(024) 3823 4567").
const SEP = String.raw`(?:[ .\-\u00a0]|\) ?)?`;

// A number never starts in the middle of another: not after a digit, nor after a digit and a dot,
// comma or dash (the tail of "1.250.000", "57-0912…").
const START = String.raw`(?<![\p{N}_])(?<!\d[.,\-])`;
// …and never stops in the middle of one: not before a digit, nor before a dot, comma or dash and a
// digit. A space then a digit is fine: "0912 345 678 2 lần" is a phone number and a count.
const END = String.raw`(?![\p{N}_])(?![.,\-]\d)`;
// Letters may touch a phone or CCCD number ("SĐT0912345678"), whose shapes are distinctive, but not
// a 9-digit CMND number, which could be part of a code.
const WORD_START = String.raw`(?<![\p{L}\p{N}_])(?<!\d[.,\-])`;
const WORD_END = String.raw`(?![\p{L}\p{N}_])(?![.,\-]\d)`;

// A date "dd.mm.yyyy" or "dd-mm-yyyy" followed by another number reads like a phone number when its
// separators are taken as a phone's ("03.05.2026 12" has ten digits starting with 03).
const NOT_A_DATE = String.raw`(?!\d{1,2}[./\-]\d{1,2}[./\-]\d{4}(?!\d))`;

// Digits following a national prefix: a mobile number (3, 5, 7, 8 or 9 then 8 digits) or a landline
// (2 then 9 digits: area code 2xx or 2xxx and the subscriber's number; 11 digits in all since 2017).
const SUBSCRIBER = String.raw`(?:[35789](?:${SEP}\d){8}|2(?:${SEP}\d){9})`;

// "(" is taken only when it opens a bracketed prefix that closes right after it, so that
// "(0912345678)" keeps its own brackets around the mark.
const OPEN = String.raw`(?:\((?=(?:\+84|0084|0\d{2,3})\)))?`;

// "84" without "+" or "00" is taken only when the whole number is written without separators:
// "84.912.345.678" is an amount.
const PHONE = new RegExp(
  String.raw`${START}${NOT_A_DATE}${OPEN}(?:(?:\+|00)84${SEP}(?:\(0\)${SEP})?${SUBSCRIBER}|0${SEP}${SUBSCRIBER}|84(?:[35789]\d{8}|2\d{9}))${END}`,
  'gu',
);

// A 12-digit citizen identity number starts with the province code 001–096; it is written whole or
// in groups of three ("001 085 012 345"). A bare 12-digit run is taken too (a bank account number is no less
// personal).
const CCCD = new RegExp(String.raw`${START}(?:0\d{2}(?:[ .]?\d{3}){3}|\d{12})${END}`, 'gu');

// A 9-digit identity card number, written whole. Amounts of nine digits are written with dots
// ("250.000.000"), which do not match.
const CMND = new RegExp(String.raw`${WORD_START}\d{9}${WORD_END}`, 'gu');

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** The text with phone numbers, e-mail addresses and identity numbers replaced by "[đã ẩn]". */
export function redactPersonalData(text: string): string {
  // E-mails first (an address may hold digits that read like a phone number), then the longest
  // numbers first, so that a 12-digit number is not cut into a phone number and a rest.
  return text
    .replace(EMAIL, PERSONAL_DATA_MARK)
    .replace(CCCD, PERSONAL_DATA_MARK)
    .replace(PHONE, PERSONAL_DATA_MARK)
    .replace(CMND, PERSONAL_DATA_MARK);
}
