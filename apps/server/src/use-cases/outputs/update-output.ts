import type { outputUpdate } from '@lantoa/api-contract/outputs';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { outputQuery, outputView } from '../../rows/output.ts';
import { inTransaction } from '../shared/in-transaction.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { checkOutputReferences } from './check-output-references.ts';
import { duplicateLink } from './create-output.ts';
import { outputSearchText } from './insert-output.ts';
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
  await inTransaction(ctx.db, (trx) =>
    updateVersioned(trx, {
      table: 'outputs',
      id,
      version: input.version,
      what: 'Sản phẩm',
      set: {
        kind: input.kind,
        title: input.title,
        published_on: input.publishedOn,
        channel_kind: input.channelKind,
        channel_id: input.channelId ?? null,
        channel_name: input.channelName ?? '',
        url: input.url ?? '',
        image_url: input.imageUrl ?? '',
        topics: input.topics ?? [],
        about_local: input.aboutLocal ?? false,
        commissioned: input.commissioned ?? false,
        is_public: input.isPublic ?? false,
        library_item_id: input.libraryItemId ?? null,
        press_release_id: input.pressReleaseId ?? null,
        task_id: input.taskId ?? null,
        search_text: outputSearchText(input),
      },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: before.body_id,
        action: 'output.update',
        entityType: 'output',
        before: outputView(before),
        after: input,
      }),
    }),
  );
  return outputView(await outputQuery(ctx.db).where('o.id', '=', id).executeTakeFirstOrThrow());
}
