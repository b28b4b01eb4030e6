import {
  type Database,
  importAdministrativeUnits,
  importStandardProvincialBodies,
  recordAudit,
} from '@lantoa/db';
import { passwordProblem } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.ts';

export interface FirstAdministrator {
  username: string;
  fullName: string;
  password: string;
}

/** Why the first administrator could not be created, in words for the person starting the server. */
export class FirstAdministratorRefused extends Error {}

/** True when nobody can sign in yet: the server must create its first administrator before serving. */
export async function needsFirstAdministrator(db: Kysely<Database>): Promise<boolean> {
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return !anyUser;
}

/**
 * Creates the first account of an installation without demo data: a country-wide administrator with
 * the password the operator chose (never a password shipped with the software), after loading the
 * administrative units it administers and every province's standard departments. Refuses a password the policy refuses; does nothing once any
 * account exists. The creation is audited like any other.
 */
export async function createFirstAdministrator(
  db: Kysely<Database>,
  admin: FirstAdministrator,
): Promise<'created' | 'exists'> {
  const problem = passwordProblem(admin.password, { username: admin.username, fullName: admin.fullName });
  if (problem) throw new FirstAdministratorRefused(problem.message);
  if (!(await needsFirstAdministrator(db))) return 'exists';
  await importAdministrativeUnits(db);
  // Every province's standard departments too, so the first plan imported maps its bodies.
  await importStandardProvincialBodies(db);
  const passwordHash = await hashPassword(admin.password);
  return db.transaction().execute(async (trx) => {
    // Checked again inside the transaction: two servers starting on one database create one account.
    await trx.selectFrom('bodies').select('id').where('kind', '=', 'country').forUpdate().execute();
    if (await trx.selectFrom('users').select('id').limit(1).executeTakeFirst()) return 'exists';
    const country = await trx
      .selectFrom('bodies')
      .select('id')
      .where('kind', '=', 'country')
      .executeTakeFirstOrThrow();
    const user = await trx
      .insertInto('users')
      .values({
        body_id: country.id,
        username: admin.username,
        full_name: admin.fullName,
        password_hash: passwordHash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('role_grants')
      .values({ user_id: user.id, role: 'admin', scope_body_id: country.id })
      .execute();
    await recordAudit(trx, {
      actorId: null,
      bodyId: country.id,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: { username: admin.username, fullName: admin.fullName, roles: ['admin'], source: 'first-start' },
    });
    return 'created';
  });
}
