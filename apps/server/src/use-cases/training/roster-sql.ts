import { sql } from 'kysely';

// What the roster's queries share: whose people a body's roster holds. (Who is trained is a column,
// roster_people.trained_at, kept by the database: see migration 0019.)

/**
 * Whether the person's body (joined as `home`) puts them on `body`'s roster: the body's own people,
 * and the members of the digital teams under it (a team is a body whose roster is its members).
 */
export const onRosterOf = (body: { id: string; path: string }) =>
  sql<boolean>`(home.id = ${body.id} or (home.kind = 'digital_team' and home.path like ${`${body.path}%`}))`;
