import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

// A station's API key is `<station id>.<secret>`, shown once when issued; only its SHA-256 is kept,
// so a lost key is replaced, never recovered.

/** A new key for the station. */
export const newStationKey = (stationId: string) => `${stationId}.${randomBytes(24).toString('base64url')}`;

/** What is stored of a key (hex). */
export const hashStationKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** The station a key names, or null when it names none (then no lookup is needed to refuse it). */
export function stationIdOfKey(key: string): string | null {
  const [id] = key.split('.');
  return id && z.uuid().safeParse(id).success ? id : null;
}

/** Whether `key` is the one whose hash is stored, compared in constant time. */
export function stationKeyMatches(key: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  const stored = Buffer.from(storedHash, 'hex');
  const given = createHash('sha256').update(key).digest();
  return stored.length === given.length && timingSafeEqual(stored, given);
}
