import type { RosterPeopleTable } from '@lantoa/db';
import type { BodyKind } from '@lantoa/domain';
import type { Selectable } from 'kysely';

/**
 * A person on a roster as the API answers it (the phone as stored, E.164); a digital team's member
 * names the team (their body) as `teamId`.
 */
export const presentRosterPerson = (p: Selectable<RosterPeopleTable> & { body_kind: BodyKind }) => ({
  id: p.id,
  bodyId: p.body_id,
  audience: p.audience,
  fullName: p.full_name,
  roleTitle: p.role_title,
  phone: p.phone,
  village: p.village,
  teamId: p.body_kind === 'digital_team' ? p.body_id : null,
  leadsTeam: p.leads_team,
  joinedOn: p.joined_on,
  leftOn: p.left_on,
  version: p.version,
});
