import type { channelInput } from '@lantoa/api-contract/outputs';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadCommunicatingBody } from '../outputs/load-communicating-body.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { channelViewById } from './channel-view.ts';

export type ChannelInput = z.output<typeof channelInput>;

/** The stored columns of a channel as the form gives it (absent: none), on creation and on change alike. */
export const channelColumns = (input: ChannelInput) => ({
  kind: input.kind,
  name: input.name,
  url: input.url ?? '',
  feed_url: input.feedUrl ?? null,
  topic_words: input.topicWords ?? [],
});

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
    values: { ...channelColumns(input), body_id: body.id, created_by: ctx.actor.userId },
    unique: { columns: ['body_id', 'kind', 'name'], taken: channelNameTaken },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'channel.create',
      entityType: 'channel',
      after: input,
    }),
  });
  return channelViewById(ctx.db, created.id);
}
