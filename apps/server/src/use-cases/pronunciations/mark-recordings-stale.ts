import type { Database } from '@lantoa/db';
import { findPronunciations } from '@lantoa/speech';
import { type Kysely, sql } from 'kysely';
import { spokenBulletin } from '../../rows/bulletin.ts';

/**
 * A changed pronunciation makes the recordings that say the word stale: those of bulletins written
 * by the body or a body below it (a bulletin is read with its author's list) whose title or text
 * holds the written form. Their `audio_text_hash` is cleared, which every reader of it
 * (rows/bulletin.ts audioIsStale, the station pack, the programme) takes as "made from another
 * reading": the screen offers to read it again and the station pack leaves the old recording out.
 * A bulletin where a nearer body's own entry overrides the changed one is marked too (read again,
 * it says the same): rare, and cheaper than loading every list below.
 */
export async function markRecordingsStale(
  trx: Kysely<Database>,
  bodyPath: string,
  written: string,
): Promise<number> {
  // strpos is exact, so the prefilter looks for the forms a text writes (as typed, lower case,
  // capitals as in a heading); the normaliser's own matching then decides.
  const forms = [...new Set([written, written.toLowerCase(), written.toUpperCase()])];
  const candidates = await trx
    .selectFrom('bulletins as bulletin')
    .innerJoin('bodies as body', 'body.id', 'bulletin.body_id')
    .select(['bulletin.id', 'bulletin.title', 'bulletin.text'])
    .where('bulletin.audio_status', '=', 'ready')
    .where('bulletin.audio_text_hash', 'is not', null)
    .where(sql<boolean>`body.path like ${bodyPath} || '%'`)
    .where((eb) =>
      eb.or(
        forms.map(
          (form) =>
            sql<boolean>`strpos(${eb.ref('bulletin.title')} || ${'\n'} || ${eb.ref('bulletin.text')}, ${form}) > 0`,
        ),
      ),
    )
    .execute();
  const lexicon = [{ written, spoken: written }];
  const stale = candidates
    .filter((b) => findPronunciations(spokenBulletin(b).normalize('NFC'), lexicon).length > 0)
    .map((b) => b.id);
  if (stale.length === 0) return 0;
  await trx.updateTable('bulletins').set({ audio_text_hash: null }).where('id', 'in', stale).execute();
  return stale.length;
}
