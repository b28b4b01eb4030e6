import type { channelUpdate } from '@lantoa/api-contract/outputs';
import { can, vietnamToday } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { channelQuery, channelView } from './channel-view.ts';
import { channelNameTaken } from './create-channel.ts';

/** Renames a channel, changes its links or topic words (optimistic on version). */
export async function updateChannel(ctx: Context, id: string, input: z.output<typeof channelUpdate>) {
  const before = await channelQuery(ctx.db).where('c.id', '=', id).executeTakeFirst();
  if (!before || !can(ctx.actor, 'communicate', before.body_path)) throw notFound('kênh');
  const taken = await ctx.db
    .selectFrom('channels')
    .select('id')
    .where('body_id', '=', before.body_id)
    .where('kind', '=', input.kind)
    .where('name', '=', input.name)
    .where('id', '<>', id)
    .executeTakeFirst();
  if (taken) throw channelNameTaken();
  await updateVersioned(ctx.db, {
    table: 'channels',
    id,
    version: input.version,
    what: 'Kênh',
    set: {
      kind: input.kind,
      name: input.name,
      url: input.url ?? '',
      feed_url: input.feedUrl ?? null,
      topic_words: input.topicWords ?? [],
    },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: before.body_id,
      action: 'channel.update',
      entityType: 'channel',
      before: {
        kind: before.kind,
        name: before.name,
        url: before.url,
        feedUrl: before.feed_url,
        topicWords: before.topic_words,
      },
      after: input,
    }),
  });
  const row = await channelQuery(ctx.db).where('c.id', '=', id).executeTakeFirstOrThrow();
  return channelView(row, vietnamToday());
}
