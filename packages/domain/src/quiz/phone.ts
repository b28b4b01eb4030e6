// Vietnamese mobile numbers: 10 digits nationally, starting 03, 05, 07, 08 or 09 (the prefixes
// since the 2018 renumbering from 11 to 10 digits). Landlines (02x) are refused: the contest
// contacts winners by phone and SMS.

export type PhoneValidation =
  | { ok: true; value: string }
  | { ok: false; reason: 'format' | 'prefix'; message: string };

const MOBILE_SUBSCRIBER = /^[35789]/;

/** Normalises '0912 345 678', '+84 912.345.678', '84-912-345-678' to E.164 ('+84912345678'). */
export function normalizeVietnamesePhone(raw: string): PhoneValidation {
  const compact = raw.replace(/[\s.-]/g, '');
  let subscriber: string;
  if (compact.startsWith('+84')) subscriber = compact.slice(3);
  else if (compact.startsWith('84')) subscriber = compact.slice(2);
  else if (compact.startsWith('0')) subscriber = compact.slice(1);
  else return formatError();
  // The trunk 0 is dropped after the country code, but '+84 0912…' is common enough to accept.
  if (!compact.startsWith('0') && subscriber.startsWith('0')) subscriber = subscriber.slice(1);
  if (!/^\d{9}$/.test(subscriber)) return formatError();
  if (!MOBILE_SUBSCRIBER.test(subscriber)) {
    return {
      ok: false,
      reason: 'prefix',
      message:
        'Số điện thoại phải là số di động bắt đầu bằng 03, 05, 07, 08 hoặc 09. Hãy nhập số di động của bạn.',
    };
  }
  return { ok: true, value: `+84${subscriber}` };
}

function formatError(): PhoneValidation {
  return {
    ok: false,
    reason: 'format',
    message:
      'Số điện thoại di động phải gồm 10 chữ số (ví dụ 0912 345 678), có thể bắt đầu bằng +84. Hãy nhập lại.',
  };
}
