import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

// Secrets never change once created: read each one once per database, not on every request.
const cache = new WeakMap<Kysely<Database>, Map<string, Promise<Uint8Array>>>();

/** A named server secret, created (32 random bytes) the first time it is asked for. */
export function appSecret(db: Kysely<Database>, name: string): Promise<Uint8Array> {
  let secrets = cache.get(db);
  if (!secrets) {
    secrets = new Map();
    cache.set(db, secrets);
  }
  let secret = secrets.get(name);
  if (!secret) {
    secret = readOrCreate(db, name);
    // A failed read is not cached: the next request tries again.
    secret.catch(() => secrets?.delete(name));
    secrets.set(name, secret);
  }
  return secret;
}

async function readOrCreate(db: Kysely<Database>, name: string): Promise<Uint8Array> {
  await db
    .insertInto('app_secrets')
    .values({ name, value: randomBytes(32) })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return new Uint8Array(row.value);
}
