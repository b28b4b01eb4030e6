import type { channelUpdate } from '@lantoa/api-contract/outputs';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { channelViewById } from './channel-view.ts';
import { channelColumns, channelNameTaken } from './create-channel.ts';
import { loadEditableChannel } from './load-editable-channel.ts';

/** Renames a channel, changes its links or topic words (optimistic on version). */
export async function updateChannel(ctx: Context, id: string, input: z.output<typeof channelUpdate>) {
  const before = await loadEditableChannel(ctx, id);
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
    set: channelColumns(input),
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
  return channelViewById(ctx.db, id);
}
