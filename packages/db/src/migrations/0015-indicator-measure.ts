import { type Kysely, sql } from 'kysely';

// An indicator is either a ratio (numerator over denominator, shown as a percentage) or a count
// ("tối thiểu 2 dự án", "không dưới 1.000 lượt người"): a count's value is its one figure, kept in
// `numerator`, with no denominator. Existing indicators are all ratios.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table indicators add column measure text not null default 'ratio'
    constraint indicators_measure_check check (measure in ('ratio','count'))`.execute(db);

  // The checks 0004 declared inline carry PostgreSQL's default names: one column's check is named
  // after it (indicator_values_numerator_check, numerator >= 0, kept as it is); the denominator's
  // check also reads the numerator, and a check over several columns is named after the table alone
  // (indicator_values_check). It is replaced by a named one that lets a count have no denominator.
  await sql`alter table indicator_values alter column denominator drop not null`.execute(db);
  await sql`alter table indicator_values drop constraint indicator_values_check`.execute(db);
  await sql`alter table indicator_values add constraint indicator_values_denominator_check
    check (denominator is null or (denominator > 0 and numerator <= denominator))`.execute(db);
}
