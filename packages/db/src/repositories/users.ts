import type { Grant, Role } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../schema.ts';
import { withinScopes } from './scope.ts';

export interface GrantRow {
  role: Role;
  scopeBodyId: string;
  scopeBodyName: string;
  scopePath: string;
}

export async function grantsOf(db: Kysely<Database>, userIds: string[]): Promise<Map<string, GrantRow[]>> {
  const map = new Map<string, GrantRow[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return map;
  const rows = await db
    .selectFrom('role_grants as g')
    .innerJoin('bodies as b', 'b.id', 'g.scope_body_id')
    .select(['g.user_id', 'g.role', 'g.scope_body_id', 'b.name', 'b.path'])
    .where('g.user_id', 'in', userIds)
    .orderBy('g.role')
    .execute();
  for (const r of rows) {
    map
      .get(r.user_id)
      ?.push({ role: r.role, scopeBodyId: r.scope_body_id, scopeBodyName: r.name, scopePath: r.path });
  }
  return map;
}

export const toGrants = (rows: GrantRow[]): Grant[] =>
  rows.map(({ role, scopeBodyId, scopePath }) => ({ role, scopeBodyId, scopePath }));

/** Reads an account without any scope check: callers authorise with the body path returned. */
export function unsafeFindUser(db: Kysely<Database>, where: { id: string } | { username: string }) {
  const query = db
    .selectFrom('users as u')
    .innerJoin('bodies as b', 'b.id', 'u.body_id')
    .selectAll('u')
    .select(['b.name as body_name', 'b.kind as body_kind', 'b.path as body_path']);
  return 'id' in where
    ? query.where('u.id', '=', where.id).executeTakeFirst()
    : query.where('u.username', '=', where.username).executeTakeFirst();
}
export type UserWithBody = NonNullable<Awaited<ReturnType<typeof unsafeFindUser>>>;

/**
 * Accounts lying wholly inside `scopePaths`: their body and the scope of every grant they hold (the
 * accounts an administrator of those scopes manages; the domain's `reachesAccount` in SQL).
 */
export async function listUsers(
  db: Kysely<Database>,
  f: {
    scopePaths: string[];
    bodyPath?: string | undefined;
    text?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  let query = db
    .selectFrom('users as u')
    .innerJoin('bodies as b', 'b.id', 'u.body_id')
    .where((eb) => withinScopes(eb, eb.ref('b.path'), f.scopePaths))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('role_grants as g')
            .innerJoin('bodies as sb', 'sb.id', 'g.scope_body_id')
            .select('g.user_id')
            .whereRef('g.user_id', '=', 'u.id')
            .where((inner) => inner.not(withinScopes(inner, inner.ref('sb.path'), f.scopePaths))),
        ),
      ),
    );
  if (f.bodyPath) query = query.where('b.path', 'like', `${f.bodyPath}%`);
  if (f.text) {
    const like = `%${f.text.toLowerCase().replace(/[%_\\]/g, '')}%`;
    query = query.where((eb) =>
      eb.or([eb('u.username', 'like', like), eb(eb.fn('lower', ['u.full_name']), 'like', like)]),
    );
  }
  const [rows, total] = await Promise.all([
    query
      .selectAll('u')
      .select(['b.name as body_name', 'b.kind as body_kind', 'b.path as body_path'])
      .orderBy('u.username')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as UserWithBody[], total: Number(total.n) };
}

export type { UserRow };
