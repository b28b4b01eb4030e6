import type { Database } from '@lantoa/db';
import type { Role } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';

// Who is told about what: one place for every event that notifies someone. Each recipient is found
// through a role grant whose scope covers the object's body, so the same rule that lets them open it
// (readBody inside their scope, which every role has) picks them: a commune's focal point never hears
// of another commune's report, task or station.

/**
 * Enabled accounts holding one of `roles` over a body (a grant whose scope covers `bodyPath`), the
 * nearest scope only: a commune's focal point, not the province's, for the commune's work.
 */
async function nearestHolders(trx: Kysely<Database>, roles: readonly Role[], bodyPath: string) {
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

/** The focal points of a body: told when its report is returned or accepted and when work is given to it. */
export const focalPointsOf = (trx: Kysely<Database>, bodyPath: string) =>
  nearestHolders(trx, ['focal_point'], bodyPath);

/**
 * Those who review a body's reports on a plan: the coordinators nearest over the plan's issuing body
 * (who may accept or return it), or its administrators where it has no coordinator.
 */
export async function reportReviewersOf(trx: Kysely<Database>, planBodyPath: string) {
  const coordinators = await nearestHolders(trx, ['coordinator'], planBodyPath);
  return coordinators.length ? coordinators : nearestHolders(trx, ['admin'], planBodyPath);
}

/**
 * Those an emergency bulletin must reach at once: for every station under its target (the stations
 * whose programme carries it), the station's broadcasters and its commune's focal points.
 */
export async function emergencyRecipientsOf(trx: Kysely<Database>, targetPath: string) {
  const stations = await trx
    .selectFrom('broadcast_stations as s')
    .innerJoin('bodies as b', 'b.id', 's.body_id')
    .select('b.path')
    .distinct()
    .where('b.path', 'like', `${targetPath}%`)
    .execute();
  const users = new Set<string>();
  for (const station of stations) {
    for (const id of await nearestHolders(trx, ['broadcaster'], station.path)) users.add(id);
    for (const id of await focalPointsOf(trx, station.path)) users.add(id);
  }
  return [...users];
}

/**
 * The people who act for a body on a citizen's feedback: its nearest coordinators or focal points (a
 * commune's focal point for an item routed to the commune, not every coordinator of the province;
 * the province's coordinators for an item sent to the province's page), else administrators.
 */
export async function feedbackPeopleOf(trx: Kysely<Database>, bodyPath: string): Promise<string[]> {
  const acting = await nearestHolders(trx, ['coordinator', 'focal_point'], bodyPath);
  return acting.length ? acting : nearestHolders(trx, ['admin'], bodyPath);
}
