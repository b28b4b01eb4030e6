import { sql } from 'kysely';

// What the roster's queries share: whose people a body's roster holds, and who counts as trained.

/**
 * Whether the person in the column `personRef` is "trained": present at a course of kind training.
 * One home for what the roster, the teams and the measures call trained.
 */
export const attendedTraining = (personRef: string) =>
  sql<boolean>`exists (select 1 from course_participants participant
    join courses course on course.id = participant.course_id
    where participant.person_id = ${sql.ref(personRef)} and participant.attended_at is not null
      and course.kind = 'training')`;

/**
 * Whether the person's body (joined as `home`) puts them on `body`'s roster: the body's own people,
 * and the members of the digital teams under it (a team is a body whose roster is its members).
 */
export const onRosterOf = (body: { id: string; path: string }) =>
  sql<boolean>`(home.id = ${body.id} or (home.kind = 'digital_team' and home.path like ${`${body.path}%`}))`;
