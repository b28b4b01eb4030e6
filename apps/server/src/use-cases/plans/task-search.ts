import { foldVietnamese } from '@lantoa/domain';
import { type Expression, type SqlBool, sql } from 'kysely';
import { searchPatterns } from '../shared/paged-search.ts';

// Tasks have no stored folded column (their text is versioned with the plan), so a search folds
// `ref` and `title` in SQL. The letter map is derived from foldVietnamese itself, so the database
// folds exactly as the query is folded: no diacritics, no tone (so "hoà" and "hòa" meet), đ → d,
// lower case; combining marks of text stored decomposed are dropped after the map.

/** Every precomposed Latin letter (and A–Z) that foldVietnamese turns into one other character. */
function foldMap(): { from: string; to: string } {
  let from = '';
  let to = '';
  const ranges: [number, number][] = [
    [0x41, 0x5a],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [start, end] of ranges) {
    for (let code = start; code <= end; code++) {
      const letter = String.fromCodePoint(code);
      const folded = foldVietnamese(letter);
      if (folded.length === 1 && folded !== letter) {
        from += letter;
        to += folded;
      }
    }
  }
  return { from, to };
}

const FOLD = foldMap();

/** `text` folded in SQL as foldVietnamese folds it (for words, not spacing). */
export const foldedSql = (text: Expression<string>) =>
  sql<string>`regexp_replace(translate(${text}, ${FOLD.from}, ${FOLD.to}), ${'[\u0300-\u036f]'}, '', 'g')`;

/**
 * The task `t` (in the query under that alias) whose reference or title holds every word of `q`, in any order, without diacritics
 * or tone placement ("hoa an" finds "Hoà An"); true for an empty search.
 */
export function taskMatches(q: string | undefined): Expression<SqlBool> {
  const patterns = searchPatterns(q);
  if (patterns.length === 0) return sql<SqlBool>`true`;
  const folded = foldedSql(sql<string>`(${sql.ref('t.ref')} || ' ' || ${sql.ref('t.title')})`);
  return sql<SqlBool>`(${sql.join(
    patterns.map((pattern) => sql`${folded} like ${pattern}`),
    sql` and `,
  )})`;
}
