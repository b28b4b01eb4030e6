import type { Database } from '@lantoa/db';
import { isCapitalsOnly, type Lexicon } from '@lantoa/speech';
import { type Kysely, sql } from 'kysely';

/**
 * The pronunciation list in force for a body: its own entries, then those of the bodies above it,
 * nearest first (a province may give one for all its communes; the commune's own wins on the same
 * written form). Written forms compare as the speech normaliser matches them: capitals exactly,
 * other forms ignoring case.
 */
export async function bodyLexicon(db: Kysely<Database>, bodyPath: string) {
  const rows = await db
    .selectFrom('pronunciations as pronunciation')
    .innerJoin('bodies as body', 'body.id', 'pronunciation.body_id')
    .select([
      'pronunciation.id',
      'pronunciation.written',
      'pronunciation.spoken',
      'pronunciation.version',
      'body.id as body_id',
      'body.name as body_name',
      'body.path as body_path',
    ])
    .where(sql<boolean>`${bodyPath} like body.path || '%'`)
    .orderBy(sql`length(body.path)`, 'desc')
    .orderBy('pronunciation.written')
    .execute();
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = writtenKey(row.written);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type LexiconRow = Awaited<ReturnType<typeof bodyLexicon>>[number];

/** What makes two written forms the same entry: "Nà Pò" and "nà pò" are; "KT" and "Kt" are not. */
export const writtenKey = (written: string): string =>
  isCapitalsOnly(written) ? written : written.toLowerCase();

export const asLexicon = (rows: readonly LexiconRow[]): Lexicon =>
  rows.map(({ written, spoken }) => ({ written, spoken }));

/** The list as the web shows it: each entry with the body whose list holds it. */
export const presentPronunciation = (row: LexiconRow, bodyId: string) => ({
  id: row.id,
  written: row.written,
  spoken: row.spoken,
  version: row.version,
  body: { id: row.body_id, name: row.body_name },
  own: row.body_id === bodyId,
});
