import { type BodyRow, type Database, unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';

/** A community digital team (a body of kind digital_team) the actor may read; 404 otherwise. */
export async function loadReadableTeam(ctx: Context, teamId: string) {
  const team = await unsafeFindBody(ctx.db, teamId);
  if (team?.kind !== 'digital_team' || !can(ctx.actor, 'readBody', team.path)) {
    throw notFound('tổ công nghệ số');
  }
  return team;
}

/** A team the actor keeps (`manageTraining` over it); 404 otherwise. */
export async function loadKeptTeam(ctx: Context, teamId: string) {
  const team = await loadReadableTeam(ctx, teamId);
  if (!can(ctx.actor, 'manageTraining', team.path)) throw notFound('tổ công nghệ số');
  return team;
}

/**
 * Where a person of `body`'s roster belongs: the body itself, or one of the digital teams under it
 * (`teamId`), which keeps its members as its own roster.
 */
export async function rosterBodyOf(db: Kysely<Database>, body: BodyRow, teamId: string | null | undefined) {
  if (!teamId) return body;
  const team = await unsafeFindBody(db, teamId);
  if (team?.kind !== 'digital_team' || !team.path.startsWith(body.path)) {
    throw new AppError(
      'invalid_input',
      'Tổ công nghệ số đã chọn không thuộc đơn vị này. Hãy chọn một tổ của đơn vị.',
      'teamId',
    );
  }
  return team;
}

/** The body whose roster a person is on: a team member's is the commune above the team. */
export async function rosterHomeOf(db: Kysely<Database>, body: BodyRow): Promise<BodyRow> {
  if (body.kind !== 'digital_team') return body;
  const home = await db
    .selectFrom('bodies')
    .selectAll()
    .where('kind', '=', 'commune')
    .where(sql<boolean>`${body.path} like path || '%'`)
    .orderBy('depth', 'desc')
    .executeTakeFirst();
  return home ?? body;
}
