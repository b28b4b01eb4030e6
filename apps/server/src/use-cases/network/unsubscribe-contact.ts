import { type Database, recordAudit } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { unsubscribeView } from './unsubscribe-view.ts';

/**
 * The holder of a contact's unsubscribe link withdraws their consent: no press release is sent to
 * them again (send-press-release skips them), whatever an editor or an import later does. No session:
 * the link's token is the only key. Done once; a second time answers the same page.
 */
export async function unsubscribeContact(db: Kysely<Database>, token: string) {
  await db.transaction().execute(async (trx) => {
    const withdrawn = await trx
      .updateTable('network_contacts')
      .set({ unsubscribed_at: new Date() })
      .where('unsubscribe_token', '=', token)
      .where('unsubscribed_at', 'is', null)
      .returning(['id', 'owner_body_id'])
      .executeTakeFirst();
    if (withdrawn) {
      await recordAudit(trx, {
        actorId: null,
        bodyId: withdrawn.owner_body_id,
        action: 'contact.unsubscribe',
        entityType: 'network_contact',
        entityId: withdrawn.id,
        after: { unsubscribed: true },
      });
    }
  });
  return unsubscribeView(db, token);
}
