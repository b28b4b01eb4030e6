import type { Database } from '@lantoa/db';
import { type Kysely, sql } from 'kysely';

/**
 * An emergency bulletin is aired at once: every broadcaster whose commune it reaches is told in the
 * app (and in the next e-mail digest), once per bulletin.
 */
export async function alertBroadcasters(
  trx: Kysely<Database>,
  bulletin: { id: string; title: string },
  target: { path: string },
) {
  const users = await trx
    .selectFrom('role_grants as role_grant')
    .innerJoin('bodies as scope', 'scope.id', 'role_grant.scope_body_id')
    .innerJoin('users as broadcaster', 'broadcaster.id', 'role_grant.user_id')
    .select('role_grant.user_id')
    .distinct()
    .where('role_grant.role', '=', 'broadcaster')
    .where('broadcaster.disabled', '=', false)
    // Broadcasters in the target's subtree, and those above it (a district-wide station).
    .where((eb) =>
      eb.or([
        eb('scope.path', 'like', `${target.path}%`),
        sql<boolean>`${target.path} like scope.path || '%'`,
      ]),
    )
    .execute();
  if (users.length === 0) return;
  await trx
    .insertInto('notifications')
    .values(
      users.map((user) => ({
        user_id: user.user_id,
        kind: 'emergency_bulletin',
        title: `Bản tin khẩn cấp: ${bulletin.title}`,
        body: 'Hãy phát ngay trên hệ thống truyền thanh và ghi nhật ký phát.',
        link: `/broadcast/bulletins/${bulletin.id}`,
        dedupe_key: `emergency:${bulletin.id}`,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}
