// A text field of a request, as people type it: the request schemas here (library metadata…) and
// the server's routes (through apps/server/src/routes/schemas.ts) build their texts from it. NFC so
// that a name typed with combining marks (NFD, as some keyboards send) equals the same name typed
// precomposed; no control characters; no bidirectional overrides, embeddings or isolates, which
// make a name display as something else ("Trojan Source"); and something visible, so a name cannot
// be made only of zero-width spaces, fillers or combining marks.
import { z } from 'zod';

const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINES = /(?![\t\n\r])\p{Cc}/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{M}\p{Z}\s\u2800]/gu;
const VISIBLE = /[\p{L}\p{N}\p{S}\p{P}]/u;

/** Whether `value` shows at least one letter, digit, symbol or punctuation mark. */
export const hasVisibleText = (value: string) => VISIBLE.test(value.replace(INVISIBLE, ''));

/**
 * A trimmed, NFC-normalised text field of at most `max` characters. Single-line by default (names,
 * titles): no control characters at all; `multiline` allows line breaks and tabs (notes, bodies of
 * text). Required texts must show something visible; `optional: true` allows the empty string.
 */
export const text = (max: number, options: { multiline?: boolean; optional?: boolean } = {}) => {
  const control = options.multiline ? CONTROL_EXCEPT_LINES : CONTROL;
  const base = z
    .string()
    .normalize('NFC')
    .trim()
    .max(max, { error: `Tối đa ${max} ký tự. Hãy rút gọn nội dung.` })
    .refine((value) => value.isWellFormed(), {
      error: 'Có ký tự Unicode hỏng. Hãy gõ lại nội dung.',
      abort: true,
    })
    .refine((value) => !control.test(value), {
      error: options.multiline
        ? 'Có ký tự điều khiển không in được. Hãy xóa chúng rồi gửi lại.'
        : 'Có ký tự điều khiển (xuống dòng, tab…) không được phép ở đây. Hãy nhập trên một dòng.',
    })
    .refine((value) => !BIDI_CONTROL.test(value), {
      error: 'Có ký tự đảo chiều hiển thị (bidi). Hãy xóa chúng rồi gửi lại.',
    });
  if (options.optional) return base;
  return base.refine(hasVisibleText, {
    error: 'Chưa có nội dung: hãy nhập chữ hoặc số (không chỉ dấu cách hay ký tự vô hình).',
  });
};
