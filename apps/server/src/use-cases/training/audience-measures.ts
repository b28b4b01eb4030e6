import type { Database } from '@lantoa/db';
import { type Audience, addDays } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import { withoutJit } from '../shared/without-jit.ts';

/** The people of one audience under a body, and how many of them were trained and informed. */
export interface AudienceMeasure {
  audience: Audience;
  /** People who count: each body's head-count of the year where it gave one, else its named roster. */
  denominator: number;
  trained: number;
  informed: number;
}

/**
 * The training and briefing records of the bodies under `path`, measured at the day `to` (and, for a
 * closed period, as recorded before `asOf`), per audience. For each body:
 * - the people who count are its head-count for `to`'s year if it gave one, otherwise the people on
 *   its roster then (joined by `to`, not left by it);
 * - trained: its present named people who attended a training by `to`, or, where people were only
 *   counted (a platform's completions, a course recorded by numbers), the largest count of one
 *   training: counts cannot tell whether two sessions had the same people, so they are never added;
 * - informed: likewise over every course (training or briefing) held in `to`'s year;
 * each capped at the body's people, then summed (Σ/Σ, so a body of 500 weighs more than one of 5).
 */
export async function audienceMeasures(
  db: Kysely<Database>,
  q: { path: string; to: string; audience?: Audience | undefined; asOf?: Date | null | undefined },
): Promise<AudienceMeasure[]> {
  const year = Number(q.to.slice(0, 4));
  const yearStart = `${year}-01-01`;
  const endOfTo = new Date(`${addDays(q.to, 1)}T00:00:00+07:00`);
  const until = q.asOf && q.asOf < endOfTo ? q.asOf : endOfTo;
  const oneAudience = q.audience ? sql`and audience = ${q.audience}` : sql``;
  const { rows } = await withoutJit(db, (read) =>
    sql<{ audience: Audience; denominator: string; trained: string; informed: string }>`
    with scope as (select id from bodies where path like ${`${q.path}%`}),
    people as (
      select person.id, person.body_id, person.audience from roster_people person
      join scope on scope.id = person.body_id
      where (person.joined_on is null or person.joined_on <= ${q.to})
        and (person.left_on is null or person.left_on > ${q.to}) ${oneAudience}
    ),
    -- Each present person's attendance, once: joined, not asked per person (a national roster is
    -- hundreds of thousands of people).
    attended as (
      select participant.person_id,
        bool_or(course.kind = 'training') as trained,
        bool_or(participant.attended_at >= ${new Date(`${yearStart}T00:00:00+07:00`)}) as informed
      from course_participants participant
      join people on people.id = participant.person_id
      join courses course on course.id = participant.course_id
      where participant.attended_at < ${until}
      group by participant.person_id
    ),
    named as (
      select people.body_id, people.audience, count(*) as people,
        count(*) filter (where attended.trained) as trained,
        count(*) filter (where attended.informed) as informed
      from people left join attended on attended.person_id = people.id
      group by people.body_id, people.audience
    ),
    counted as (
      select tally.body_id, tally.audience,
        max(tally.attended) filter (where course.kind = 'training') as trained,
        max(tally.attended) filter (where course.ends_on >= ${yearStart}) as informed
      from course_attendance_counts tally
      join courses course on course.id = tally.course_id
      join scope on scope.id = tally.body_id
      where course.ends_on <= ${q.to} and tally.updated_at < ${until} ${oneAudience}
      group by tally.body_id, tally.audience
    ),
    heads as (
      select body_id, audience, headcount from audience_headcounts
      join scope on scope.id = audience_headcounts.body_id
      where year = ${year} ${oneAudience}
    ),
    per_body as (
      select audience, coalesce(heads.headcount, named.people, 0) as people,
        greatest(coalesce(named.trained, 0), coalesce(counted.trained, 0)) as trained,
        greatest(coalesce(named.informed, 0), coalesce(counted.informed, 0)) as informed
      from named full join heads using (body_id, audience) full join counted using (body_id, audience)
    )
    select audience, sum(people) as denominator, sum(least(trained, people)) as trained,
      sum(least(informed, people)) as informed
    from per_body group by audience`.execute(read),
  );
  return rows.map((row) => ({
    audience: row.audience,
    denominator: Number(row.denominator),
    trained: Number(row.trained),
    informed: Number(row.informed),
  }));
}
