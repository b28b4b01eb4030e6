import type { Database } from '@lantoa/db';
import { foldVietnamese } from '@lantoa/domain';
import type { PlanExtract } from '@lantoa/plan-parser';
import type { Kysely } from 'kysely';

const normaliseNumber = (n: string) => n.replace(/\s+/g, '').toUpperCase().normalize('NFC');

/**
 * The published plan this one is based on, among plans issued by a body above it: a basis entry
 * with the same number, or (for a plan published as a draft without its number) the same date
 * and an issuer naming that body.
 */
export async function findParentPlan(trx: Kysely<Database>, basis: PlanExtract['basis'], bodyPath: string) {
  if (basis.length === 0) return null;
  const ancestors = bodyPath.split('/').filter(Boolean).slice(0, -1);
  if (ancestors.length === 0) return null;
  const candidates = await trx
    .selectFrom('plans as p')
    .innerJoin('bodies as b', 'b.id', 'p.body_id')
    .select(['p.id', 'p.number', 'p.issued_on', 'b.short_names', 'b.name'])
    .where('p.body_id', 'in', ancestors)
    .orderBy('p.created_at', 'desc')
    .execute();
  for (const entry of basis) {
    const byNumber = candidates.find(
      (c) => c.number && normaliseNumber(c.number) === normaliseNumber(entry.number),
    );
    if (byNumber) return byNumber.id;
    const byDate = candidates.find(
      (c) =>
        entry.date &&
        c.issued_on === entry.date &&
        [c.name, ...c.short_names].some((n) =>
          foldVietnamese(entry.issuer ?? '').includes(foldVietnamese(n)),
        ),
    );
    if (byDate) return byDate.id;
  }
  return null;
}
