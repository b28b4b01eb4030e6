import type { Database } from '@lantoa/db';
import { percent, vietnamToday } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import { activeOccurrences } from '../../rows/assignments.ts';
import type { PublicSite } from './load-public-site.ts';

/** A commune of a province's map: of the province's plans' work due there by today, how much is done. */
export interface CommuneShare {
  /** The 5-digit commune code the map's features carry. */
  code: string;
  name: string;
  due: number;
  done: number;
  /** done ÷ due in percent (one decimal), null when nothing was due there yet. */
  share: number | null;
}

/**
 * For each commune right under a province, the work of the plans the province issued that fell due
 * by today in the commune's subtree (its own assignments and its offices'), and how much of it was
 * done, on time or late: the share the public map shades. One grouped query: each assignee's path
 * gives the province's child it lies under, whatever its depth.
 */
export async function readCommuneShares(
  db: Kysely<Database>,
  site: PublicSite,
  today = vietnamToday(),
): Promise<CommuneShare[]> {
  const child = sql<string>`split_part(substr(b.path, ${site.path.length + 1}), '/', 1)`;
  const [communes, counts] = await Promise.all([
    db
      .selectFrom('bodies')
      .select(['id', 'code', 'name'])
      .where('parent_id', '=', site.bodyId)
      .where('kind', '=', 'commune')
      .where('code', 'is not', null)
      .orderBy('name')
      .execute(),
    activeOccurrences(db)
      .select((eb) => [
        child.as('child_id'),
        eb.fn.countAll<number>().as('due'),
        eb.fn.count<number>('o.id').filterWhere('o.completed_on', 'is not', null).as('done'),
      ])
      .where('p.body_id', '=', site.bodyId)
      .where('o.due_on', '<=', today)
      .where('b.path', 'like', `${site.path}%`)
      .where('b.path', '<>', site.path)
      // By position: the expression's bound parameter would make it another expression to PostgreSQL.
      .groupBy(sql`1`)
      .execute(),
  ]);
  const byChild = new Map(counts.map((c) => [c.child_id, { due: Number(c.due), done: Number(c.done) }]));
  return communes.map((c) => {
    const { due, done } = byChild.get(c.id) ?? { due: 0, done: 0 };
    return { code: c.code ?? '', name: c.name, due, done, share: percent(done, due) };
  });
}
