import type { channelInput } from '@lantoa/api-contract/outputs';
import { vietnamToday } from '@lantoa/domain';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadCommunicatingBody } from '../outputs/load-communicating-body.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { channelQuery, channelView } from './channel-view.ts';

export type ChannelInput = z.output<typeof channelInput>;

/** One name per kind of channel in a body: a second "Chuyên mục Chuyển đổi số" of the same portal is a mistake. */
export const channelNameTaken = () =>
  new AppError(
    'conflict',
    'Đơn vị đã có kênh cùng loại với tên này. Hãy đặt tên khác hoặc sửa kênh đã có.',
    'name',
  );

/** A body registers a channel it publishes on: a portal section, a press page or programme, a fanpage, a Zalo OA. */
export async function createChannel(ctx: Context, bodyId: string, input: ChannelInput) {
  const body = await loadCommunicatingBody(ctx, bodyId);
  const created = await insertAudited(ctx.db, {
    table: 'channels',
    values: {
      body_id: body.id,
      kind: input.kind,
      name: input.name,
      url: input.url ?? '',
      feed_url: input.feedUrl ?? null,
      topic_words: input.topicWords ?? [],
      created_by: ctx.actor.userId,
    },
    unique: { columns: ['body_id', 'kind', 'name'], taken: channelNameTaken },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'channel.create',
      entityType: 'channel',
      after: input,
    }),
  });
  const row = await channelQuery(ctx.db).where('c.id', '=', created.id).executeTakeFirstOrThrow();
  return channelView(row, vietnamToday());
}
