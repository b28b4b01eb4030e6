import { scopePaths } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { pushQuery, pushView } from './push-view.ts';

/**
 * A push and its completeness body by body (not done first), for a reader of the body that pushed
 * it; a body asked sees the push through its to-do list instead.
 */
export async function getPush(ctx: Context, id: string) {
  const scopes = scopePaths(ctx.actor, 'readBody');
  const push = await pushQuery(ctx.db).where('push.id', '=', id).executeTakeFirst();
  if (!push || !scopes.some((scope) => push.sender_path.startsWith(scope)))
    throw notFound('sản phẩm gửi xuống cơ sở');
  const bodies = await ctx.db
    .selectFrom('library_push_bodies as asked')
    .innerJoin('bodies as body', 'body.id', 'asked.body_id')
    .select(['body.id', 'body.name', 'body.kind', 'asked.done_at'])
    .select((eb) =>
      eb
        .selectFrom('outputs as o')
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .whereRef('o.push_id', '=', 'asked.push_id')
        .whereRef('o.body_id', '=', 'asked.body_id')
        .as('outputs'),
    )
    .where('asked.push_id', '=', id)
    .orderBy(({ eb }) => eb('asked.done_at', 'is not', null))
    .orderBy('body.path')
    .execute();
  return {
    ...pushView(push),
    bodies: bodies.map((b) => ({
      body: { id: b.id, name: b.name, kind: b.kind },
      doneAt: b.done_at?.toISOString() ?? null,
      outputs: Number(b.outputs ?? 0),
    })),
  };
}
