import { can } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { loadReadableBody } from '../bodies/get-body.ts';
import { bodyLexicon, presentPronunciation } from './body-lexicon.ts';

/** The pronunciation list in force for a body the actor reads: its own entries and those above. */
export async function listPronunciations(ctx: Context, bodyId: string) {
  const body = await loadReadableBody(ctx, bodyId);
  const rows = await bodyLexicon(ctx.db, body.path);
  return {
    items: rows.map((row) => presentPronunciation(row, body.id)),
    canChange: can(ctx.actor, 'broadcast', body.path),
  };
}
