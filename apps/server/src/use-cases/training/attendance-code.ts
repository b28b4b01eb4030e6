import { createHmac, timingSafeEqual } from 'node:crypto';
import { appSecret, type Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';

// The QR code shown at a session is `<expiry>.<HMAC of course and expiry>`: no table, nothing to
// clean up. The organiser's screen shows a new one every REFRESH_SECONDS; each stays valid for
// VALID_SECONDS, so a participant whose phone is slow to open the page still gets in, while a photo
// of the code sent to someone at home stops working within two minutes.
export const REFRESH_SECONDS = 30;
const VALID_SECONDS = 120;

const mac = (courseId: string, expires: number, secret: Uint8Array) =>
  createHmac('sha256', secret).update(`${courseId}.${expires}`).digest('base64url');

/** A fresh attendance code for a course, and when it stops working. */
export async function signAttendanceCode(db: Kysely<Database>, courseId: string, now: Date) {
  const expires = Math.floor(now.getTime() / 1000) + VALID_SECONDS;
  const code = `${expires}.${mac(courseId, expires, await appSecret(db, 'attendance-code'))}`;
  return { code, expiresAt: new Date(expires * 1000) };
}

/**
 * Checks a scanned code against the course whose page it was opened on: forged or damaged, made for
 * another course, or expired, each refused in Vietnamese with what to do.
 */
export async function verifyAttendanceCode(db: Kysely<Database>, courseId: string, code: string, now: Date) {
  const [expiresText, given] = code.split('.');
  const expires = Number(expiresText);
  const secret = await appSecret(db, 'attendance-code');
  const valid = (id: string) => {
    if (!given || !Number.isSafeInteger(expires)) return false;
    const expected = Buffer.from(mac(id, expires, secret));
    const sent = Buffer.from(given);
    return expected.length === sent.length && timingSafeEqual(expected, sent);
  };
  if (!valid(courseId)) {
    throw new AppError(
      'invalid_input',
      'Mã QR không hợp lệ hoặc không thuộc lớp này. Hãy quét mã đang chiếu tại chính lớp bạn tham dự.',
      'code',
    );
  }
  if (expires * 1000 < now.getTime()) {
    throw new AppError(
      'invalid_input',
      'Mã QR đã hết hạn. Hãy quét lại mã đang chiếu tại lớp (mã đổi mỗi 30 giây).',
      'code',
    );
  }
}
