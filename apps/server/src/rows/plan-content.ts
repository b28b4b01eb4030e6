import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

// A plan's targets and its tasks in force, in the plan's order, as plain queries: showing a plan,
// printing it, comparing it with the plan it is based on and drafting from it all read them.

/** Rows of one plan (an id) or of several (a list of ids). */
type Plans = string | readonly string[];

/** The targets of one or several plans, each plan's in their order. */
export const targetsOf = (db: Kysely<Database>, plans: Plans) =>
  db
    .selectFrom('targets')
    .selectAll()
    .where((eb) => (typeof plans === 'string' ? eb('plan_id', '=', plans) : eb('plan_id', 'in', plans)))
    .orderBy('position')
    .execute();

/** The tasks still in force (none an amendment removed) of one or several plans, in their order. */
export const tasksInForce = (db: Kysely<Database>, plans: Plans) =>
  db
    .selectFrom('tasks')
    .where((eb) => (typeof plans === 'string' ? eb('plan_id', '=', plans) : eb('plan_id', 'in', plans)))
    .where('removed_in_version', 'is', null)
    .orderBy('position');
