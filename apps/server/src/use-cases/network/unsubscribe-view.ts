import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors.ts';

/** "n***@vidu.vn": enough for the person to know the address, not for whoever the link was forwarded to. */
const maskedAddress = (email: string | null) => {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  return at <= 0 ? null : `${email.charAt(0)}***${email.slice(at)}`;
};

/**
 * What the public unsubscribe page shows the holder of a contact's link (its token, the only key):
 * who writes to them, which address, and whether they already withdrew. Reading it changes nothing:
 * mail scanners open every link of a message.
 */
export async function unsubscribeView(db: Kysely<Database>, token: string) {
  const row = await db
    .selectFrom('network_contacts as contact')
    .innerJoin('bodies as owner', 'owner.id', 'contact.owner_body_id')
    .select(['contact.name', 'contact.email', 'contact.unsubscribed_at', 'owner.name as owner_name'])
    .where('contact.unsubscribe_token', '=', token)
    .executeTakeFirst();
  if (!row) throw notFound('đăng ký nhận tin');
  return {
    token,
    name: row.name,
    ownerName: row.owner_name,
    address: maskedAddress(row.email),
    unsubscribedAt: row.unsubscribed_at,
  };
}
export type UnsubscribeView = Awaited<ReturnType<typeof unsubscribeView>>;
