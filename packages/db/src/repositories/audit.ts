import type { AuditAction, AuditEntityType } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { withinScopes } from './scope.ts';

export interface AuditEntry {
  actorId: string | null;
  bodyId: string | null;
  /** One of the closed list (so the audit screen can name it in Vietnamese). */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes an audit row; call it with the transaction that makes the change. Its time is the server's,
 * like every other date the change writes: closed periods compare the two.
 */
export async function recordAudit(trx: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at: new Date(),
      actor_id: entry.actorId,
      body_id: entry.bodyId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

export interface AuditFilter {
  scopePaths: string[];
  /** Entries without a body (system-wide) are visible only to those who see the whole tree. */
  includeUnscoped: boolean;
  bodyPath?: string | undefined;
  actorId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

export async function listAudit(db: Kysely<Database>, f: AuditFilter) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('bodies as b', 'b.id', 'a.body_id')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .where((eb) => {
      const scoped = withinScopes(eb, eb.ref('b.path'), f.scopePaths);
      return f.includeUnscoped ? eb.or([scoped, eb('a.body_id', 'is', null)]) : scoped;
    });
  if (f.bodyPath) query = query.where('b.path', 'like', `${f.bodyPath}%`);
  if (f.actorId) query = query.where('a.actor_id', '=', f.actorId);
  if (f.from) query = query.where('a.at', '>=', new Date(`${f.from}T00:00:00+07:00`));
  if (f.to)
    query = query.where('a.at', '<', new Date(new Date(`${f.to}T00:00:00+07:00`).getTime() + 86_400_000));
  const [rows, total] = await Promise.all([
    query
      .select([
        'a.id',
        'a.at',
        'a.action',
        'a.entity_type',
        'a.entity_id',
        'a.before',
        'a.after',
        'a.actor_id',
        'u.username',
        'u.full_name',
        'a.body_id',
        'b.name as body_name',
        'b.kind as body_kind',
      ])
      .orderBy('a.id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
