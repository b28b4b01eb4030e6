import { speechReadiness } from '@lantoa/speech';
import type { Context } from '../../http/context.ts';
import { loadReadableBody } from '../bodies/get-body.ts';
import { asLexicon, bodyLexicon } from './body-lexicon.ts';

/**
 * A text as the speech engine will say it for a body (with the pronunciation list in force there,
 * the list the speech job uses), and the places it may say wrong, each with a suggested reading.
 */
export async function checkSpeechReadiness(ctx: Context, input: { text: string; bodyId: string }) {
  const body = await loadReadableBody(ctx, input.bodyId);
  return speechReadiness(input.text, asLexicon(await bodyLexicon(ctx.db, body.path)));
}
