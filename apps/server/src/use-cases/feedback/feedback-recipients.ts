import type { Database } from '@lantoa/db';
import type { Role } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';

// Who hears of a citizen's feedback: the people who communicate for a body (coordinators and focal
// points, administrators only where the body has neither), the nearest scope only — a commune's
// focal point for an item routed to the commune, not every coordinator of the province; the
// province's coordinators for an item sent to the province's page.

const ACTING: readonly Role[] = ['coordinator', 'focal_point'];

async function nearestWith(trx: Kysely<Database>, roles: readonly Role[], bodyPath: string) {
  const rows = await trx
    .selectFrom('role_grants as g')
    .innerJoin('bodies as scope', 'scope.id', 'g.scope_body_id')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select(['u.id', 'scope.depth'])
    .where('g.role', 'in', [...roles])
    .where('u.disabled', '=', false)
    .where(sql<boolean>`${bodyPath} like scope.path || '%'`)
    .execute();
  const deepest = Math.max(-1, ...rows.map((r) => r.depth));
  return [...new Set(rows.filter((r) => r.depth === deepest).map((r) => r.id))];
}

/** The people who act for a body on feedback: its nearest coordinators or focal points, else administrators. */
export async function feedbackPeopleOf(trx: Kysely<Database>, bodyPath: string): Promise<string[]> {
  const acting = await nearestWith(trx, ACTING, bodyPath);
  return acting.length ? acting : nearestWith(trx, ['admin'], bodyPath);
}
