import { type Kysely, sql } from 'kysely';

// A plan drafted from the plan above it (a commune's from the province's) names that plan from the
// start, so publishing links the two even when the parent has no number to cite yet.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table plan_imports add column parent_plan_id uuid references plans(id)`.execute(db);
}
