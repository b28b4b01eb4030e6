import { type Kysely, sql } from 'kysely';

// A province's plan is carried out by every commune and ward issuing its own plan based on it
// (`plans.parent_plan_id`). A third computed indicator follows how many have: the share of the
// communes and wards under a body with a plan issued on the parent by the period's end. The check
// 0008 named (indicators_computed_kind_check) is widened, and the cascade view and the indicator look
// child plans up by their parent.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table indicators drop constraint indicators_computed_kind_check`.execute(db);
  await sql`alter table indicators add constraint indicators_computed_kind_check
    check (computed_kind in ('tasks_on_time','broadcast_reach','plans_issued'))`.execute(db);
  await sql`create index plans_parent_idx on plans (parent_plan_id) where parent_plan_id is not null`.execute(
    db,
  );

  // Plans published before whose issuer has communes or wards below: the indicator new ones get
  // (set-up-reporting.ts), after their other indicators.
  await sql`
    insert into indicators (plan_id, position, name, numerator_label, denominator_label, source, computed_kind)
    select p.id, (select max(i.position) + 1 from indicators i where i.plan_id = p.id),
      'Tỷ lệ xã, phường đã ban hành kế hoạch',
      'Số xã, phường đã ban hành kế hoạch thực hiện đến hết kỳ',
      'Tổng số xã, phường',
      'computed', 'plans_issued'
    from plans p join bodies issuer on issuer.id = p.body_id
    where issuer.kind <> 'commune'
      and exists (select 1 from indicators i where i.plan_id = p.id and i.computed_kind = 'tasks_on_time')
      and exists (
        select 1 from bodies c where c.kind = 'commune' and c.path like issuer.path || '%' and c.id <> issuer.id
      )`.execute(db);
}
