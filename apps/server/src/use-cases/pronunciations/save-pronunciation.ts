import type { pronunciationInput } from '@lantoa/api-contract/pronunciations';
import type { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { inTransaction } from '../shared/in-transaction.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { writtenKey } from './body-lexicon.ts';
import { loadBroadcastingBody } from './load-speech-body.ts';
import { markRecordingsStale } from './mark-recordings-stale.ts';

const view = (row: { written: string; spoken: string }) => ({ written: row.written, spoken: row.spoken });

/**
 * Adds a word to a body's pronunciation list, or says an entry of the same written form anew (one
 * entry per written form: "Nà Pò" and "nà pò" are one). The recordings that say the word the old
 * way become stale in the same transaction.
 */
export async function savePronunciation(
  ctx: Context,
  bodyId: string,
  input: z.output<typeof pronunciationInput>,
) {
  const body = await loadBroadcastingBody(ctx, bodyId);
  const written = input.written.split(/\s+/).join(' ');
  const spoken = input.spoken.split(/\s+/).join(' ');
  const own = await ctx.db.selectFrom('pronunciations').selectAll().where('body_id', '=', body.id).execute();
  const existing = own.find((row) => writtenKey(row.written) === writtenKey(written));
  return inTransaction(ctx.db, async (trx) => {
    const audit = { actorId: ctx.actor.userId, bodyId: body.id, entityType: 'pronunciation' as const };
    const saved = existing
      ? await updateVersioned(trx, {
          table: 'pronunciations',
          id: existing.id,
          version: existing.version,
          what: 'Cách đọc',
          set: { written, spoken },
          audit: (row) => ({
            ...audit,
            action: 'pronunciation.save',
            before: view(existing),
            after: view(row),
          }),
        })
      : await insertAudited(trx, {
          table: 'pronunciations',
          values: { body_id: body.id, written, spoken, created_by: ctx.actor.userId },
          unique: {
            columns: ['body_id', 'written'],
            taken: () =>
              new AppError(
                'conflict',
                `«${written}» vừa được người khác thêm vào danh sách. Hãy tải lại trang.`,
              ),
          },
          audit: (row) => ({ ...audit, action: 'pronunciation.save', after: view(row) }),
        });
    const staleRecordings = await markRecordingsStale(trx, body.path, written);
    return {
      pronunciation: {
        id: saved.id,
        written: saved.written,
        spoken: saved.spoken,
        version: saved.version,
        body: { id: body.id, name: body.name },
        own: true,
      },
      staleRecordings,
    };
  });
}
