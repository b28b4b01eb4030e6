import type { RosterPeopleTable } from '@lantoa/db';
import type { Selectable } from 'kysely';

/** A person on a roster as the API answers it (the phone as stored, E.164). */
export const presentRosterPerson = (p: Selectable<RosterPeopleTable>) => ({
  id: p.id,
  bodyId: p.body_id,
  audience: p.audience,
  fullName: p.full_name,
  roleTitle: p.role_title,
  phone: p.phone,
  village: p.village,
  teamId: p.team_id,
  joinedOn: p.joined_on,
  leftOn: p.left_on,
  version: p.version,
});
