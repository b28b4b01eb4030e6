import { foldVietnamese } from '@lantoa/domain';
import { type Expression, type SqlBool, sql } from 'kysely';
import { searchPatterns } from '../shared/paged-search.ts';

// Tasks have no stored folded column (their text is versioned with the plan), so a search folds
// the text in SQL. The letter map is derived from foldVietnamese itself, so the database folds as the
// query is folded: no diacritics, no tone (so "hoà" and "hòa" meet), đ → d, lower case; combining
// marks of text stored decomposed are dropped after the map. The map holds only Vietnamese letters
// and A–Z: PostgreSQL's translate() scans it for every character, so its length is the search's cost.

/** Every Vietnamese letter with a diacritic or tone, đ and A–Z, each with what foldVietnamese makes it. */
function foldMap(): { from: string; to: string } {
  const vowels = 'aăâeêioôơuưy';
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const letters = new Set<string>(['đ', 'Đ']);
  for (const vowel of [...vowels, ...vowels.toUpperCase()]) {
    for (const tone of tones) letters.add(`${vowel}${tone}`.normalize('NFC'));
  }
  for (let code = 0x41; code <= 0x5a; code++) letters.add(String.fromCharCode(code));
  let from = '';
  let to = '';
  for (const letter of letters) {
    const folded = foldVietnamese(letter);
    if (letter.length === 1 && folded.length === 1 && folded !== letter) {
      from += letter;
      to += folded;
    }
  }
  return { from, to };
}

const FOLD = foldMap();

/** `text` folded in SQL as foldVietnamese folds it (for words, not spacing). */
export const foldedSql = (text: Expression<string>) =>
  sql<string>`regexp_replace(translate(${text}, ${FOLD.from}, ${FOLD.to}), ${'[\u0300-\u036f]'}, '', 'g')`;

/** `text` holds every word of `q`, in any order, folded both sides; true for an empty search. */
export function foldedMatches(text: Expression<string>, q: string | undefined): Expression<SqlBool> {
  const patterns = searchPatterns(q);
  if (patterns.length === 0) return sql<SqlBool>`true`;
  const folded = foldedSql(text);
  return sql<SqlBool>`(${sql.join(
    patterns.map((pattern) => sql`${folded} like ${pattern}`),
    sql` and `,
  )})`;
}

/**
 * The task `t` (in the query under that alias) whose reference or title holds every word of `q`, in
 * any order, without diacritics or tone placement ("hoa an" finds "Hoà An"); true for an empty search.
 */
export const taskMatches = (q: string | undefined): Expression<SqlBool> =>
  foldedMatches(sql<string>`(${sql.ref('t.ref')} || ' ' || ${sql.ref('t.title')})`, q);
