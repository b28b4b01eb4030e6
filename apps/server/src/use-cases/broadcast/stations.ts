import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { recordAudit, unsafeFindBody, withinScopes } from '@lantoa/db';
import {
  can,
  DEFAULT_SESSION_MAX_MINUTES,
  type SessionTemplate,
  scopePaths,
  validateSessionTemplates,
} from '@lantoa/domain';
import { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError, notFound, staleVersion } from '../../http/errors.ts';

export interface StationInput {
  name: string;
  listeners: number;
  sessions: { start: string; maxMinutes: number }[];
}

/** Two sessions a day, 15 minutes each: what most communes air (Circular 39/2020 leaves it to them). */
export const DEFAULT_SESSIONS = [
  { start: '06:00', maxMinutes: DEFAULT_SESSION_MAX_MINUTES },
  { start: '17:00', maxMinutes: DEFAULT_SESSION_MAX_MINUTES },
];

const stationQuery = (db: Context['db']) =>
  db
    .selectFrom('broadcast_stations as st')
    .innerJoin('bodies as b', 'b.id', 'st.body_id')
    .selectAll('st')
    .select(['b.name as body_name', 'b.path as body_path']);

type StationRow = Awaited<ReturnType<ReturnType<typeof stationQuery>['executeTakeFirstOrThrow']>>;

export const presentStation = (s: StationRow) => ({
  id: s.id,
  name: s.name,
  body: { id: s.body_id, name: s.body_name },
  listeners: s.listeners,
  sessions: s.sessions as StationInput['sessions'],
  apiKeyHint: s.api_key_hint,
  version: s.version,
});

/** A station the actor sees (its body in their scope); `ability: 'broadcast'` for changes. */
export async function loadStation(ctx: Context, id: string, ability: 'readBody' | 'broadcast' = 'readBody') {
  const row = await stationQuery(ctx.db).where('st.id', '=', id).executeTakeFirst();
  if (!row || !can(ctx.actor, ability, row.body_path)) throw notFound('đài truyền thanh');
  return row;
}

export async function listStations(ctx: Context) {
  const rows = await stationQuery(ctx.db)
    .where((eb) => withinScopes(eb, eb.ref('b.path'), scopePaths(ctx.actor, 'readBody')))
    .orderBy('b.name')
    .orderBy('st.name')
    .execute();
  return rows.map(presentStation);
}

function checkSessions(sessions: SessionTemplate[]) {
  const issues = validateSessionTemplates(sessions);
  if (issues[0]) throw new AppError('invalid_input', issues[0].message, 'sessions');
}

const cleanInput = (input: StationInput) => ({
  name: input.name.normalize('NFC').trim(),
  listeners: input.listeners,
  sessions: [...input.sessions].sort((a, b) => a.start.localeCompare(b.start)),
});

/**
 * Keeps what the station covered until now, so the reach of a period that closed before this moment
 * is read with the listeners of its time (`broadcastReach` as of a close).
 */
const recordListenersUntil = (trx: Context['db'], stationId: string, listeners: number) =>
  trx
    .insertInto('station_listener_history')
    .values({ station_id: stationId, listeners, valid_until: new Date() })
    .execute();

export async function createStation(ctx: Context, input: StationInput & { bodyId: string }) {
  const body = await unsafeFindBody(ctx.db, input.bodyId);
  if (!body || !can(ctx.actor, 'broadcast', body.path)) throw notFound('xã, phường của đài');
  const values = cleanInput(input);
  checkSessions(values.sessions);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('broadcast_stations')
      .values({ body_id: body.id, ...values, sessions: JSON.stringify(values.sessions) })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Periods closed before today saw no such station: it covered nobody until now.
    await recordListenersUntil(trx, row.id, 0);
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'station.create',
      entityType: 'broadcast_station',
      entityId: row.id,
      after: values,
    });
    return row.id;
  });
  return presentStation(await loadStation(ctx, id));
}

export async function updateStation(
  ctx: Context,
  id: string,
  change: Partial<StationInput> & { version: number },
) {
  const station = await loadStation(ctx, id, 'broadcast');
  // The row just read must be the one replaced: its listeners are kept as they were until now.
  if (station.version !== change.version) throw staleVersion('Đài');
  const before: StationInput = {
    name: station.name,
    listeners: station.listeners,
    sessions: station.sessions as StationInput['sessions'],
  };
  // A partial change: what is not sent stays as it is.
  const values = cleanInput({ ...before, ...change });
  checkSessions(values.sessions);
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('broadcast_stations')
      .set({ ...values, sessions: JSON.stringify(values.sessions), version: change.version + 1 })
      .where('id', '=', id)
      .where('version', '=', change.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw staleVersion('Đài');
    // Closed periods keep the listeners of their time; the new figure counts from now on.
    if (values.listeners !== before.listeners) await recordListenersUntil(trx, id, before.listeners);
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: station.body_id,
      action: 'station.update',
      entityType: 'broadcast_station',
      entityId: id,
      before,
      after: values,
    });
  });
  return presentStation(await loadStation(ctx, id));
}

const hashKey = (key: string) => createHash('sha256').update(key).digest();

/**
 * A new API key for the station's loudspeaker system, shown once: `<station id>.<secret>`; only its
 * SHA-256 is kept, so a lost key is replaced, never recovered.
 */
export async function issueStationKey(ctx: Context, id: string) {
  const station = await loadStation(ctx, id, 'broadcast');
  const apiKey = `${station.id}.${randomBytes(24).toString('base64url')}`;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('broadcast_stations')
      .set({ api_key_hash: hashKey(apiKey).toString('hex'), api_key_hint: apiKey.slice(-4) })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: station.body_id,
      action: 'station.api_key',
      entityType: 'broadcast_station',
      entityId: id,
      before: { hint: station.api_key_hint },
      after: { hint: apiKey.slice(-4) },
    });
  });
  return apiKey;
}

/** The station a key belongs to, or 401 in Vietnamese. */
export async function stationByKey(db: Context['db'], apiKey: string | undefined) {
  const [id] = (apiKey ?? '').split('.');
  const refuse = () =>
    new AppError(
      'unauthenticated',
      'Khóa API của đài không đúng. Hãy tạo khóa mới trong trang cài đặt của đài.',
    );
  if (!apiKey || !id || !z.uuid().safeParse(id).success) throw refuse();
  const row = await stationQuery(db).where('st.id', '=', id).executeTakeFirst();
  const stored = row?.api_key_hash ? Buffer.from(row.api_key_hash, 'hex') : null;
  if (!row || !stored || !timingSafeEqual(stored, hashKey(apiKey))) throw refuse();
  return row;
}
