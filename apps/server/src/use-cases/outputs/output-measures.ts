import type { Database } from '@lantoa/db';
import { type BodyKind, SECTION_CHANNEL_KINDS, SECTION_HOLDER_KINDS } from '@lantoa/domain';
import type { Kysely } from 'kysely';

/** A period's window at the bodies under `path`, as the computed indicators read it (indicator-values.ts). */
interface Window {
  dataFrom: string;
  dataTo: string;
  path: string;
  /** Null: live. Otherwise what was recorded strictly before that moment (a closed period). */
  asOf: Date | null;
}

interface Ratio {
  numerator: number;
  denominator: number;
}

const ratio = (row: { numerator: unknown; denominator: unknown }): Ratio => ({
  numerator: Number(row.numerator),
  denominator: Number(row.denominator),
});

/** The channel kinds that make a body's own section even when none is registered (its portal, its pages). */
const OWN_UNREGISTERED = SECTION_CHANNEL_KINDS.filter((kind) => kind !== 'press');

/**
 * "Bodies with an active section": of the bodies under `path` that should have one (the indicator's
 * reporting kinds, else departments, press agencies and communes), those with an output in the
 * window on a section of their own — a registered portal section, press page or programme, fanpage
 * or Zalo OA of theirs, or a post they recorded on their own portal or pages without registering it.
 * An article in somebody else's newspaper is not the body's section.
 */
export async function channelsActive(
  db: Kysely<Database>,
  q: Window & { reportedBy: readonly BodyKind[] },
): Promise<Ratio> {
  const kinds = q.reportedBy.length ? q.reportedBy : SECTION_HOLDER_KINDS;
  const row = await db
    .selectFrom('bodies as b')
    .select((eb) => {
      let published = eb
        .selectFrom('outputs as o')
        .leftJoin('channels as c', 'c.id', 'o.channel_id')
        .select('o.id')
        .where('o.published_on', '>=', q.dataFrom)
        .where('o.published_on', '<=', q.dataTo)
        .where((w) =>
          w.or([
            w.and([w('c.body_id', '=', w.ref('b.id')), w('c.kind', 'in', SECTION_CHANNEL_KINDS)]),
            w.and([
              w('o.channel_id', 'is', null),
              w('o.body_id', '=', w.ref('b.id')),
              w('o.channel_kind', 'in', OWN_UNREGISTERED),
            ]),
          ]),
        );
      if (q.asOf) published = published.where('o.created_at', '<', q.asOf);
      return [
        eb.fn.countAll<number>().as('denominator'),
        eb.fn
          .count<number>('b.id')
          .filterWhere((f) => f.exists(published))
          .as('numerator'),
      ];
    })
    .where('b.path', 'like', `${q.path}%`)
    .where('b.kind', 'in', kinds)
    .executeTakeFirstOrThrow();
  return ratio(row);
}

/**
 * The share of the outputs of the bodies under `path` published in the window that are flagged:
 * about local efforts ("tối thiểu 40% các sản phẩm truyền thông về nỗ lực của địa phương"), or
 * commissioned among publications ("xuất bản phẩm … trong chương trình đặt hàng": the denominator is
 * the publications alone, as the plans count them).
 */
export async function outputsFlagged(
  db: Kysely<Database>,
  q: Window & { flag: 'about_local' | 'commissioned' },
): Promise<Ratio> {
  let query = db
    .selectFrom('outputs as o')
    .innerJoin('bodies as b', 'b.id', 'o.body_id')
    .select((eb) => [
      eb.fn.countAll<number>().as('denominator'),
      eb.fn.count<number>('o.id').filterWhere(`o.${q.flag}`, '=', true).as('numerator'),
    ])
    .where('b.path', 'like', `${q.path}%`)
    .where('o.published_on', '>=', q.dataFrom)
    .where('o.published_on', '<=', q.dataTo);
  if (q.flag === 'commissioned') query = query.where('o.kind', '=', 'publication');
  if (q.asOf) query = query.where('o.created_at', '<', q.asOf);
  return ratio(await query.executeTakeFirstOrThrow());
}

/**
 * "Stations that rebroadcast central and provincial products": of the loudspeaker stations under
 * `path`, those that in the window aired a bulletin written above their own body or made from a
 * library item (their broadcast log), or whose body recorded a rebroadcast in the register.
 */
export async function stationsRebroadcast(db: Kysely<Database>, q: Window): Promise<Ratio> {
  const from = new Date(`${q.dataFrom}T00:00:00+07:00`);
  const until = new Date(Date.parse(`${q.dataTo}T00:00:00+07:00`) + 86_400_000);
  const row = await db
    .selectFrom('broadcast_stations as s')
    .innerJoin('bodies as b', 'b.id', 's.body_id')
    .select((eb) => {
      let aired = eb
        .selectFrom('broadcast_log as l')
        .innerJoin('bulletins as bulletin', 'bulletin.id', 'l.bulletin_id')
        .select('l.id')
        .whereRef('l.station_id', '=', 's.id')
        .where('l.aired_at', '>=', from)
        .where('l.aired_at', '<', until)
        .where((w) =>
          w.or([
            w('bulletin.body_id', '<>', w.ref('s.body_id')),
            w('bulletin.source_item_id', 'is not', null),
            w('bulletin.source_bulletin_id', 'is not', null),
          ]),
        );
      let recorded = eb
        .selectFrom('outputs as o')
        .select('o.id')
        .whereRef('o.body_id', '=', 's.body_id')
        .where('o.kind', '=', 'rebroadcast')
        .where('o.published_on', '>=', q.dataFrom)
        .where('o.published_on', '<=', q.dataTo);
      if (q.asOf) {
        aired = aired.where('l.created_at', '<', q.asOf);
        recorded = recorded.where('o.created_at', '<', q.asOf);
      }
      return [
        eb.fn.countAll<number>().as('denominator'),
        eb.fn
          .count<number>('s.id')
          .filterWhere((f) => f.or([f.exists(aired), f.exists(recorded)]))
          .as('numerator'),
      ];
    })
    .where('b.path', 'like', `${q.path}%`)
    .executeTakeFirstOrThrow();
  return ratio(row);
}
