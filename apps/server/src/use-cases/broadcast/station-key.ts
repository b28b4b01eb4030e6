import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { stationQuery } from './station-query.ts';

// A station's API key is `<station id>.<secret>`; only its SHA-256 is kept (issueStationKey).

export const hashStationKey = (key: string) => createHash('sha256').update(key).digest();

/** The station a key belongs to (compared in constant time), or 401 in Vietnamese. */
export async function findStationByKey(db: Context['db'], apiKey: string | undefined) {
  const [id] = (apiKey ?? '').split('.');
  const refuse = () =>
    new AppError(
      'unauthenticated',
      'Khóa API của đài không đúng. Hãy tạo khóa mới trong trang cài đặt của đài.',
    );
  if (!apiKey || !id || !z.uuid().safeParse(id).success) throw refuse();
  const row = await stationQuery(db).where('station.id', '=', id).executeTakeFirst();
  const stored = row?.api_key_hash ? Buffer.from(row.api_key_hash, 'hex') : null;
  if (!row || !stored || !timingSafeEqual(stored, hashStationKey(apiKey))) throw refuse();
  return row;
}
