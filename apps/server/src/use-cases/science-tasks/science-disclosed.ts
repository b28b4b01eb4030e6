import type { Database } from '@lantoa/db';
import { type Kysely, sql } from 'kysely';

/** What decides whether a task counts, as its row holds it now or its audit kept it at a moment. */
interface Standing {
  publishedAt: string | null;
  isSecret: boolean;
  startsOn: string | null;
}

/** A task's standing from an audit entry's `before` (scienceTaskAudit), whichever way the driver gives JSON. */
function standingOf(before: unknown): Standing | null {
  const value = typeof before === 'string' ? (JSON.parse(before) as unknown) : before;
  if (!value || typeof value !== 'object' || !('isSecret' in value)) return null;
  const state = value as { publishedAt?: unknown; isSecret?: unknown; startsOn?: unknown };
  return {
    publishedAt: typeof state.publishedAt === 'string' ? state.publishedAt : null,
    isSecret: state.isSecret === true,
    startsOn: typeof state.startsOn === 'string' ? state.startsOn : null,
  };
}

/**
 * "100% nhiệm vụ khoa học và công nghệ có sử dụng ngân sách nhà nước (trừ những nhiệm vụ liên quan
 * đến bí mật nhà nước) được truyền thông, phổ biến": of the registry's tasks kept by the bodies under
 * `path` that are not secret and had begun by the window's end (or carry no start date), those
 * disclosed on the public pages by then. A closed period (`asOf`) reads each task as it stood at the
 * close: created before it, and published, secret and started as the first change after the close
 * found it (every audit entry of a task keeps those three before the change), so unpublishing, a
 * task made secret or a date corrected later does not move the closed figure.
 */
export async function scienceDisclosed(
  db: Kysely<Database>,
  q: { dataTo: string; path: string; asOf: Date | null },
): Promise<{ numerator: number; denominator: number }> {
  const windowEnd = new Date(Date.parse(`${q.dataTo}T00:00:00+07:00`) + 86_400_000);
  const { asOf } = q;
  if (!asOf) {
    const row = await db
      .selectFrom('science_tasks as t')
      .innerJoin('bodies as b', 'b.id', 't.body_id')
      .select((eb) => [
        eb.fn.countAll<number>().as('denominator'),
        eb.fn
          .count<number>('t.id')
          .filterWhere((f) =>
            f.and([f('t.published_at', 'is not', null), f('t.published_at', '<', windowEnd)]),
          )
          .as('numerator'),
      ])
      .where('b.path', 'like', `${q.path}%`)
      .where('t.is_secret', '=', false)
      .where((w) => w.or([w('t.starts_on', 'is', null), w('t.starts_on', '<=', q.dataTo)]))
      .executeTakeFirstOrThrow();
    return { numerator: Number(row.numerator), denominator: Number(row.denominator) };
  }
  const until = asOf < windowEnd ? asOf : windowEnd;
  const rows = await db
    .selectFrom('science_tasks as t')
    .innerJoin('bodies as b', 'b.id', 't.body_id')
    .select((eb) => [
      't.published_at',
      't.is_secret',
      't.starts_on',
      eb
        .selectFrom('audit_log as entry')
        .select('entry.before')
        .where('entry.entity_type', '=', 'science_task')
        .where(sql<boolean>`entry.entity_id = t.id::text`)
        .where('entry.at', '>=', asOf)
        .where(sql<boolean>`entry.before ->> 'isSecret' is not null`)
        .orderBy('entry.at')
        .orderBy('entry.id')
        .limit(1)
        .as('later'),
    ])
    .where('b.path', 'like', `${q.path}%`)
    .where('t.created_at', '<', asOf)
    .execute();
  let numerator = 0;
  let denominator = 0;
  for (const row of rows) {
    const then: Standing = standingOf(row.later) ?? {
      publishedAt: row.published_at?.toISOString() ?? null,
      isSecret: row.is_secret,
      startsOn: row.starts_on,
    };
    if (then.isSecret || (then.startsOn !== null && then.startsOn > q.dataTo)) continue;
    denominator++;
    if (then.publishedAt !== null && Date.parse(then.publishedAt) < until.getTime()) numerator++;
  }
  return { numerator, denominator };
}
