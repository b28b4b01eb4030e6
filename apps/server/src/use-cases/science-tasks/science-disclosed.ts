import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/**
 * "100% nhiệm vụ khoa học và công nghệ có sử dụng ngân sách nhà nước (trừ những nhiệm vụ liên quan
 * đến bí mật nhà nước) được truyền thông, phổ biến": of the registry's tasks kept by the bodies under
 * `path` that are not secret and had begun by the window's end (or carry no start date), those
 * disclosed on the public pages by then. A closed period (`asOf`) counts only what was recorded and
 * disclosed before it closed, so its figure does not move afterwards.
 */
export async function scienceDisclosed(
  db: Kysely<Database>,
  q: { dataTo: string; path: string; asOf: Date | null },
): Promise<{ numerator: number; denominator: number }> {
  const windowEnd = new Date(Date.parse(`${q.dataTo}T00:00:00+07:00`) + 86_400_000);
  const until = q.asOf && q.asOf < windowEnd ? q.asOf : windowEnd;
  let query = db
    .selectFrom('science_tasks as t')
    .innerJoin('bodies as b', 'b.id', 't.body_id')
    .select((eb) => [
      eb.fn.countAll<number>().as('denominator'),
      eb.fn
        .count<number>('t.id')
        .filterWhere((f) => f.and([f('t.published_at', 'is not', null), f('t.published_at', '<', until)]))
        .as('numerator'),
    ])
    .where('b.path', 'like', `${q.path}%`)
    .where('t.is_secret', '=', false)
    .where((w) => w.or([w('t.starts_on', 'is', null), w('t.starts_on', '<=', q.dataTo)]));
  if (q.asOf) query = query.where('t.created_at', '<', q.asOf);
  const row = await query.executeTakeFirstOrThrow();
  return { numerator: Number(row.numerator), denominator: Number(row.denominator) };
}
