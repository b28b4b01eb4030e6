import { createHmac, timingSafeEqual } from 'node:crypto';
import { appSecret, type Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { AppError } from '../http/errors.ts';
import { escapeHtml } from './html.ts';

// Spam on the public forms is held back without tracking anyone and without a third-party captcha:
// the rate limit per address (routes), a honeypot field a person never sees nor fills, and a signed
// "form opened at" stamp: a form sent back within seconds of being served is a script, one kept
// open for more than a day is sent again from a fresh page. Nothing is stored.
const SECRET = 'public-form';
const MIN_SECONDS = 3;
const MAX_SECONDS = 24 * 3600;
/** The honeypot's name: a field a browser's autofill and a spam script both like to fill. */
export const HONEYPOT = 'website';
export const STAMP = 'dau_thoi_gian';

const mac = (issued: number, secret: Uint8Array) =>
  createHmac('sha256', secret).update(`form.${issued}`).digest('base64url');

/** The hidden fields a public form carries (put them inside its `<form>`). */
export async function formGuardFields(db: Kysely<Database>, now: Date): Promise<string> {
  const issued = Math.floor(now.getTime() / 1000);
  const stamp = `${issued}.${mac(issued, await appSecret(db, SECRET))}`;
  return `<input type="hidden" name="${STAMP}" value="${escapeHtml(stamp)}">
<div class="trap" aria-hidden="true"><label for="${HONEYPOT}">Để trống ô này</label><input id="${HONEYPOT}" name="${HONEYPOT}" tabindex="-1" autocomplete="off"></div>`;
}

/** Refuses a form filled by a script or sent from a page too old; a Vietnamese reason says what to do. */
export async function checkFormGuard(
  db: Kysely<Database>,
  fields: Record<string, string | undefined>,
  now: Date,
): Promise<void> {
  const [issuedText, given] = String(fields[STAMP] ?? '').split('.');
  const issued = Number(issuedText);
  const secret = await appSecret(db, SECRET);
  const genuine =
    given !== undefined &&
    Number.isSafeInteger(issued) &&
    Buffer.byteLength(given) === Buffer.byteLength(mac(issued, secret)) &&
    timingSafeEqual(Buffer.from(given), Buffer.from(mac(issued, secret)));
  const age = now.getTime() / 1000 - issued;
  if (!genuine || (fields[HONEYPOT] ?? '') !== '' || age > MAX_SECONDS || age < -60) {
    throw new AppError(
      'invalid_input',
      'Biểu mẫu này đã cũ hoặc không hợp lệ. Hãy tải lại trang, nhập lại rồi gửi.',
    );
  }
  if (age < MIN_SECONDS) {
    throw new AppError(
      'invalid_input',
      'Bạn gửi quá nhanh. Hãy kiểm tra lại nội dung, đợi vài giây rồi gửi lại.',
    );
  }
}
