import type { outputInput } from '@lantoa/api-contract/outputs';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { inTransaction } from '../shared/in-transaction.ts';
import { checkOutputReferences } from './check-output-references.ts';
import { insertOutput } from './insert-output.ts';
import { loadCommunicatingBody } from './load-communicating-body.ts';

export type OutputInput = z.output<typeof outputInput>;

/** The refusal of a link the body has already recorded: one output per link. */
export const duplicateLink = () =>
  new AppError(
    'conflict',
    'Đơn vị đã ghi nhận sản phẩm có đường dẫn này. Hãy tìm nó trong danh sách để sửa, không cần ghi lại.',
    'url',
  );

/** A body records something it published (a form on a phone or a desk); a link already recorded is refused. */
export async function createOutput(ctx: Context, bodyId: string, input: OutputInput) {
  const body = await loadCommunicatingBody(ctx, bodyId);
  await checkOutputReferences(ctx, body.id, input, input.channelKind);
  const created = await inTransaction(ctx.db, (trx) =>
    insertOutput(trx, ctx.actor.userId, { ...input, bodyId: body.id, source: 'manual' }),
  );
  if (!created) throw duplicateLink();
  return created;
}
