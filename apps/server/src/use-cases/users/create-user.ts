import { grantsOf, recordAudit, unsafeFindBody, unsafeFindUser } from '@lantoa/db';
import { can } from '@lantoa/domain';
import { hashPassword } from '../../auth/passwords.ts';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { auditUser, presentUser } from '../../presenters/present.ts';
import { assertPasswordAllowed } from './password-rule.ts';
import { type RoleInput, writeGrants } from './role-grants.ts';

export interface CreateUserInput {
  bodyId: string;
  username: string;
  fullName: string;
  email?: string | null | undefined;
  password: string;
  roles: RoleInput[];
}

export async function createUser(ctx: Context, input: CreateUserInput) {
  const body = await unsafeFindBody(ctx.db, input.bodyId);
  if (!body || !can(ctx.actor, 'manageUsers', body.path)) throw notFound('đơn vị');
  const username = input.username.trim().toLowerCase();
  const fullName = input.fullName.trim().normalize('NFC');
  const email = input.email?.trim() || null;
  assertPasswordAllowed(input.password, { username, fullName, email, bodyName: body.name }, 'password');
  const passwordHash = await hashPassword(input.password);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    if (taken) {
      throw new AppError(
        'conflict',
        `Tên đăng nhập «${username}» đã có người dùng. Hãy chọn tên khác.`,
        'username',
      );
    }
    const user = await trx
      .insertInto('users')
      .values({
        body_id: body.id,
        username,
        full_name: fullName,
        email,
        password_hash: passwordHash,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const roles = await writeGrants(trx, ctx, { userId: user.id, bodyPath: body.path }, input.roles);
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: auditUser(user, roles),
    });
    return user.id;
  });
  const created = await unsafeFindUser(ctx.db, { id });
  if (!created) throw notFound('tài khoản');
  return presentUser(created, (await grantsOf(ctx.db, [id])).get(id) ?? []);
}
