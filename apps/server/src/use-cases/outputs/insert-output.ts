import type { Database } from '@lantoa/db';
import { recordAudit } from '@lantoa/db';
import { type ChannelKind, foldVietnamese, type OutputKind, type OutputSource } from '@lantoa/domain';
import type { Kysely } from 'kysely';

/** An output as every way of recording one gives it: a form, an Excel row, a feed's item, a pushed item ticked. */
export interface NewOutput {
  bodyId: string;
  kind: OutputKind;
  title: string;
  publishedOn: string;
  channelKind: ChannelKind;
  channelId?: string | null | undefined;
  channelName?: string | undefined;
  url?: string | undefined;
  imageUrl?: string | undefined;
  topics?: string[] | undefined;
  aboutLocal?: boolean | undefined;
  commissioned?: boolean | undefined;
  isPublic?: boolean | undefined;
  libraryItemId?: string | null | undefined;
  pressReleaseId?: string | null | undefined;
  pushId?: string | null | undefined;
  taskId?: string | null | undefined;
  source: OutputSource;
  /** A feed item's id (its guid, else its link): what keeps it from being recorded twice. */
  externalId?: string | null | undefined;
}

/** The folded text the register's search box looks in. */
const outputSearchText = (o: {
  title: string;
  channelName?: string | undefined;
  topics?: string[] | undefined;
}) => foldVietnamese([o.title, o.channelName ?? '', (o.topics ?? []).join(' ')].join(' '));

/**
 * The columns of an output as a form, an Excel row or a feed's item gives it (absent: none), written
 * alike when it is recorded and when it is corrected; its source, feed identity and push stay as recorded.
 */
export const outputColumns = (o: Omit<NewOutput, 'bodyId' | 'source' | 'pushId' | 'externalId'>) => ({
  kind: o.kind,
  title: o.title,
  published_on: o.publishedOn,
  channel_kind: o.channelKind,
  channel_id: o.channelId ?? null,
  channel_name: o.channelName ?? '',
  url: o.url ?? '',
  image_url: o.imageUrl ?? '',
  topics: o.topics ?? [],
  about_local: o.aboutLocal ?? false,
  commissioned: o.commissioned ?? false,
  is_public: o.isPublic ?? false,
  library_item_id: o.libraryItemId ?? null,
  press_release_id: o.pressReleaseId ?? null,
  task_id: o.taskId ?? null,
  search_text: outputSearchText(o),
});

/**
 * The one place an output is written, with its audit entry in the same transaction (run it in one).
 * Null when the output is already there: the same link recorded by the body, or the same feed item
 * of the channel (`on conflict do nothing` on both keys, so two readers at once record it once).
 */
export async function insertOutput(
  trx: Kysely<Database>,
  actorId: string | null,
  o: NewOutput,
  action: 'output.create' | 'output.import' = 'output.create',
): Promise<{ id: string } | null> {
  const inserted = await trx
    .insertInto('outputs')
    .values({
      ...outputColumns(o),
      body_id: o.bodyId,
      push_id: o.pushId ?? null,
      source: o.source,
      external_id: o.externalId ?? null,
      created_by: actorId,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return null;
  await recordAudit(trx, {
    actorId,
    bodyId: o.bodyId,
    action,
    entityType: 'output',
    entityId: inserted.id,
    after: {
      kind: o.kind,
      title: o.title,
      publishedOn: o.publishedOn,
      channelKind: o.channelKind,
      url: o.url ?? '',
      source: o.source,
      pressReleaseId: o.pressReleaseId ?? null,
      pushId: o.pushId ?? null,
    },
  });
  return inserted;
}
