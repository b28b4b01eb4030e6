import { type Database, unsafeFindBody } from '@lantoa/db';
import { can } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';

/** A team the actor may read (its commune within the actor's scope), with its commune; 404 otherwise. */
export async function loadReadableTeam(ctx: Context, teamId: string) {
  const team = await ctx.db
    .selectFrom('digital_teams')
    .selectAll()
    .where('id', '=', teamId)
    .executeTakeFirst();
  const body = team && (await unsafeFindBody(ctx.db, team.body_id));
  if (!team || !body || !can(ctx.actor, 'readBody', body.path)) throw notFound('tổ công nghệ số');
  return { team, body };
}

/** A team the actor keeps (`manageTraining` over its commune); 404 otherwise. */
export async function loadKeptTeam(ctx: Context, teamId: string) {
  const found = await loadReadableTeam(ctx, teamId);
  if (!can(ctx.actor, 'manageTraining', found.body.path)) throw notFound('tổ công nghệ số');
  return found;
}

/** A person joins only a team of their own body. */
export async function assertTeamOfBody(db: Kysely<Database>, teamId: string, bodyId: string) {
  const team = await db
    .selectFrom('digital_teams')
    .select('body_id')
    .where('id', '=', teamId)
    .executeTakeFirst();
  if (team?.body_id !== bodyId) {
    throw new AppError(
      'invalid_input',
      'Tổ công nghệ số đã chọn không thuộc đơn vị này. Hãy chọn một tổ của đơn vị.',
      'teamId',
    );
  }
}
