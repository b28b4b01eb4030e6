import type { Context } from '../../http/context.ts';
import { publicPath } from '../../public-pages/public-layout.ts';
import { assignsCase, handlesCase, loadVisibleCase, seesContact } from './case-access.ts';
import { presentCaseSummary } from './case-row.ts';
import { defaultHandler } from './case-site.ts';

/**
 * A case as its page shows it: the report, what the verification found, the response (correction,
 * platform, bulletins with their communes) and what the reader may do. The reporter's contact
 * details only to the site's people and the handler.
 */
export async function getMisinformation(ctx: Context, id: string) {
  const row = await loadVisibleCase(ctx, id);
  const now = new Date();
  const [bulletins, site, suggested] = await Promise.all([
    row.bulletin_ids.length
      ? ctx.db
          .selectFrom('bulletins as bulletin')
          .innerJoin('bodies as target', 'target.id', 'bulletin.target_body_id')
          .select([
            'bulletin.id',
            'bulletin.title',
            'bulletin.valid_from',
            'bulletin.valid_until',
            'bulletin.audio_status',
            'target.id as target_id',
            'target.name as target_name',
          ])
          .where('bulletin.id', 'in', row.bulletin_ids)
          .orderBy('target.name')
          .execute()
      : Promise.resolve([]),
    ctx.db.selectFrom('bodies').select('code').where('id', '=', row.site_body_id).executeTakeFirst(),
    defaultHandler(ctx.db, { id: row.site_body_id, name: row.site_name }),
  ]);
  const contact = seesContact(ctx.actor, row)
    ? { name: row.contact_name, phone: row.contact_phone, email: row.contact_email }
    : null;
  return {
    ...presentCaseSummary(row, now),
    link: row.link,
    description: row.description,
    reportedBy: row.reported_by_name ?? null,
    contact,
    verification: row.verification,
    triagedBy: row.triaged_by_name ?? null,
    triagedAt: row.triaged_at?.toISOString() ?? null,
    response: row.response,
    correction: {
      title: row.correction_title,
      text: row.correction_text,
      publishedAt: row.correction_published_at?.toISOString() ?? null,
      publicPath:
        row.correction_published_at && site?.code ? publicPath(site.code, 'misinformation', row.id) : null,
    },
    platformNotifiedAt: row.platform_notified_at?.toISOString() ?? null,
    platformNote: row.platform_note,
    bulletins: bulletins.map((b) => ({
      id: b.id,
      title: b.title,
      target: { id: b.target_id, name: b.target_name },
      validFrom: b.valid_from,
      validUntil: b.valid_until,
      audioStatus: b.audio_status,
    })),
    closedAt: row.closed_at?.toISOString() ?? null,
    can: { assign: assignsCase(ctx.actor, row), handle: handlesCase(ctx.actor, row) },
    suggestedHandler: suggested,
    version: row.version,
  };
}
