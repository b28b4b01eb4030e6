import { createHmac, timingSafeEqual } from 'node:crypto';
import { appSecret, type Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';

// A participant proves who they are with `<participant id>.<HMAC of it>`: no account, no session
// table. The phone keeps it; on another phone the participant gets the same token back by
// registering again with their citizen ID and the phone number they registered with.
const sign = (id: string, secret: Uint8Array) => createHmac('sha256', secret).update(id).digest('base64url');

export async function participantToken(db: Kysely<Database>, participantId: string) {
  return `${participantId}.${sign(participantId, await appSecret(db, 'participant-token'))}`;
}

/** The participant id of a valid token; 401 in Vietnamese otherwise. */
export async function verifyParticipantToken(
  db: Kysely<Database>,
  token: string | undefined,
): Promise<string> {
  const [id, mac] = (token ?? '').split('.');
  if (id && mac) {
    const expected = Buffer.from(sign(id, await appSecret(db, 'participant-token')));
    const given = Buffer.from(mac);
    if (expected.length === given.length && timingSafeEqual(expected, given)) return id;
  }
  throw new AppError(
    'unauthenticated',
    'Bạn chưa đăng ký dự thi trên thiết bị này. Hãy đăng ký; nếu đã đăng ký trên máy khác, hãy đăng ký lại với đúng số CCCD và số điện thoại đã khai.',
  );
}
