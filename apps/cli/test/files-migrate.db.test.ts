// `lantoa files migrate`: every stored file from the database to a folder and back, checksums equal,
// an interrupted run continued; and the command itself, as an operator runs it.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, insertCountryBody, type TestDatabase } from '@lantoa/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileStorage } from '../../server/src/files/database-file-storage.ts';
import { directoryFileStorage } from '../../server/src/files/directory-file-storage.ts';
import { migrateFiles } from '../../server/src/files/migrate-files.ts';
import type { FileStorage } from '../../server/src/files/storage.ts';
import { storeFile } from '../../server/src/use-cases/files/store-file.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'lantoa-files-migrate-'));
let handle: TestDatabase;
let stored: { id: string; sha256: string }[] = [];

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const checksums = async (storage: FileStorage) =>
  Promise.all(stored.map(async (f) => sha256(await buffer(await storage.get(f.id)))));

beforeAll(async () => {
  handle = await createTestDatabase();
  const bodyId = await insertCountryBody(handle.db);
  const contents = [
    new Uint8Array(),
    new TextEncoder().encode('Kế hoạch'),
    new Uint8Array(randomBytes(1_300_000)),
  ];
  const database = databaseFileStorage(handle.db);
  const rows = await handle.db.transaction().execute(async (trx) => {
    const rows = [];
    for (const [i, bytes] of contents.entries())
      rows.push(
        await storeFile(trx, database, bodyId, null, {
          name: `tep-${i}`,
          mediaType: 'application/octet-stream',
          bytes,
        }),
      );
    return rows;
  });
  stored = rows.map((row, i) => ({ id: row.id, sha256: sha256(contents[i] as Uint8Array) }));
});
afterAll(async () => {
  await handle.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('migrating stored files', () => {
  it('moves them to a folder and back to the database, every checksum kept', async () => {
    const database = databaseFileStorage(handle.db);
    const directory = directoryFileStorage(folder);
    expect(await migrateFiles(handle.db, database, directory, { removeSource: true })).toEqual({
      copied: 3,
      alreadyThere: 0,
      missing: [],
      mismatched: [],
    });
    expect(await handle.db.selectFrom('file_chunks').select('file_id').execute()).toEqual([]);
    expect(await checksums(directory)).toEqual(stored.map((f) => f.sha256));

    // Interrupted after one file: run again, it copies only the others.
    const [first] = stored;
    await migrateFiles(handle.db, directory, database, { removeSource: false });
    await database.delete(stored[1]?.id ?? '');
    await database.delete(stored[2]?.id ?? '');
    expect(first).toBeDefined();
    expect(await migrateFiles(handle.db, directory, database)).toMatchObject({ copied: 2, alreadyThere: 1 });
    expect(await checksums(database)).toEqual(stored.map((f) => f.sha256));
  });

  // The command itself only for a refusal: a run on a fresh database would spend most of a minute
  // creating it, to test what migrateFiles above already shows.
  it('refuses a target it cannot read, saying which forms it takes', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LANTOA_LOG: '0' };
    delete env.LANTOA_FILES;
    const wrong = spawnSync(
      process.execPath,
      [join(repo, 'apps/cli/bin/lantoa.js'), 'files', 'migrate', '--to', 'ftp://x'],
      { env, encoding: 'utf8', timeout: 60_000 },
    );
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(
      /--to="ftp:\/\/x" không hợp lệ: .* Hãy dùng một trong các dạng: database, dir:/,
    );
  });
});
