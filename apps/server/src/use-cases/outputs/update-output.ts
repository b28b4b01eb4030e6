import type { outputUpdate } from '@lantoa/api-contract/outputs';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { outputQuery, outputView } from '../../rows/output.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { checkOutputReferences } from './check-output-references.ts';
import { duplicateLink } from './create-output.ts';
import { outputColumns } from './insert-output.ts';
import { loadEditableOutput } from './load-editable-output.ts';

/** Corrects an output (optimistic on version); its source and feed identity stay what they were. */
export async function updateOutput(ctx: Context, id: string, input: z.output<typeof outputUpdate>) {
  const before = await loadEditableOutput(ctx, id);
  await checkOutputReferences(ctx, before.body_id, input, input.channelKind);
  if (input.url) {
    const taken = await ctx.db
      .selectFrom('outputs')
      .select('id')
      .where('body_id', '=', before.body_id)
      .where('url', '=', input.url)
      .where('id', '<>', id)
      .executeTakeFirst();
    if (taken) throw duplicateLink();
  }
  await updateVersioned(ctx.db, {
    table: 'outputs',
    id,
    version: input.version,
    what: 'Sản phẩm',
    set: outputColumns(input),
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: before.body_id,
      action: 'output.update',
      entityType: 'output',
      before: outputView(before),
      after: input,
    }),
  });
  return outputView(await outputQuery(ctx.db).where('o.id', '=', id).executeTakeFirstOrThrow());
}
