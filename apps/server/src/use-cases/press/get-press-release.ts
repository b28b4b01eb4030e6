import { withinScopes } from '@lantoa/db';
import { can, scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { outputQuery, outputView } from '../../rows/output.ts';
import { loadVisiblePressRelease } from './load-press-release.ts';
import { presentPressReleaseSummary, trackedUrl } from './press-release-row.ts';
import { attachedItems } from './release-items.ts';

/**
 * A release with its items, who it was sent to (to readers of the releasing body only: the others
 * see a sent release as its public page does) and the articles that followed it among the outputs
 * the actor reads.
 */
export async function getPressRelease(ctx: Context, id: string, publicUrl: string) {
  const release = await loadVisiblePressRelease(ctx, id);
  const seesRecipients = can(ctx.actor, 'readBody', release.body_path);
  const [items, recipients, articles] = await Promise.all([
    attachedItems(ctx.db, release.id),
    seesRecipients
      ? ctx.db
          .selectFrom('press_release_recipients as recipient')
          .innerJoin('network_contacts as contact', 'contact.id', 'recipient.contact_id')
          .select([
            'recipient.contact_id',
            'contact.name',
            'recipient.email',
            'recipient.sent_at',
            'recipient.error',
          ])
          .where('recipient.release_id', '=', release.id)
          .orderBy('contact.name')
          .orderBy('recipient.contact_id')
          .execute()
      : Promise.resolve([]),
    outputQuery(ctx.db)
      .where('o.press_release_id', '=', release.id)
      .where((eb) => withinScopes(eb, eb.ref('body.path'), scopePaths(ctx.actor, 'readBody')))
      .orderBy('o.published_on', 'desc')
      .orderBy('o.id')
      .execute(),
  ]);
  return {
    ...presentPressReleaseSummary(release),
    text: release.body,
    topics: release.topics,
    trackedUrl: trackedUrl(publicUrl, release.code),
    items,
    recipientList: recipients.map((r) => ({
      contactId: r.contact_id,
      name: r.name,
      email: r.email,
      sentAt: r.sent_at?.toISOString() ?? null,
      error: r.error,
    })),
    articles: articles.map(outputView),
    version: release.version,
  };
}
