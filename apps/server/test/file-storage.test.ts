// The file storage drivers on their own (database on both engines, a folder) and LANTOA_FILES.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createTestDatabase, insertCountryBody, type TestDatabase } from '@lantoa/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileStorage, FILE_CHUNK_BYTES } from '../src/files/database-file-storage.ts';
import { directoryFileStorage } from '../src/files/directory-file-storage.ts';
import { type FileStorage, StoredBytesMissing } from '../src/files/storage.ts';
import { fileStorageConfigFromEnv, fileStorageTarget } from '../src/files/storage-config.ts';
import { storeFile } from '../src/use-cases/files/store-file.ts';

let handle: TestDatabase;
let bodyId: string;
const folder = mkdtempSync(join(tmpdir(), 'lantoa-files-'));

beforeAll(async () => {
  handle = await createTestDatabase();
  bodyId = await insertCountryBody(handle.db);
});
afterAll(async () => {
  await handle.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Pieces of odd sizes, as a network delivers them: the drivers must re-cut them. */
const inPieces = (bytes: Uint8Array) =>
  Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += 100_003) yield Buffer.from(bytes.subarray(at, at + 100_003));
    })(),
  );

const read = async (storage: FileStorage, key: string, range?: { start: number; end: number }) =>
  new Uint8Array(await buffer(await storage.get(key, range)));

/** A `files` row for the database driver's chunks to belong to. */
async function fileRow(size: number) {
  const row = await handle.db
    .insertInto('files')
    .values({ body_id: bodyId, name: 'x.bin', media_type: 'application/octet-stream', size, sha256: '-' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe.each([
  ['database', () => databaseFileStorage(handle.db)],
  ['directory', () => directoryFileStorage(folder)],
] as const)('the %s driver', (_name, storageOf) => {
  // Three chunks and a bit: ranges inside one chunk, across a boundary, to the end.
  const size = FILE_CHUNK_BYTES * 3 + 1234;
  const bytes = new Uint8Array(randomBytes(size));

  it('streams a file in and reads back the whole of it and any range', async () => {
    const storage = storageOf();
    const key = await fileRow(size);
    await storage.put(key, inPieces(bytes));
    expect(Buffer.compare(await read(storage, key), bytes)).toBe(0);
    for (const [start, end] of [
      [0, 0],
      [10, 99],
      [FILE_CHUNK_BYTES - 5, FILE_CHUNK_BYTES + 4],
      [FILE_CHUNK_BYTES, 2 * FILE_CHUNK_BYTES - 1],
      [FILE_CHUNK_BYTES * 2 - 1, size - 1],
      [size - 1, size - 1],
    ] as const) {
      const part = await read(storage, key, { start, end });
      expect(Buffer.compare(part, bytes.subarray(start, end + 1)), `${start}-${end}`).toBe(0);
    }
  });

  it('replaces a file, keeps an empty one, lists and deletes them', async () => {
    const storage = storageOf();
    const key = await fileRow(3);
    await storage.put(key, inPieces(bytes));
    await storage.put(key, Readable.from([Buffer.from('abc')]));
    expect(Buffer.from(await read(storage, key)).toString()).toBe('abc');
    const empty = await fileRow(0);
    await storage.put(empty, Readable.from([]));
    expect((await read(storage, empty)).length).toBe(0);
    const keys: string[] = [];
    for await (const k of storage.keys()) keys.push(k);
    expect(keys).toEqual(expect.arrayContaining([key, empty]));
    await storage.delete(key);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredBytesMissing);
    await expect(storage.get(randomUUID())).rejects.toBeInstanceOf(StoredBytesMissing);
  });
});

describe('the directory driver', () => {
  it('never writes outside its folder, and a failed write leaves no file behind', async () => {
    const storage = directoryFileStorage(folder);
    for (const key of ['../evil', '.hidden', 'a/b', ''])
      await expect(storage.put(key, Readable.from([Buffer.from('x')]))).rejects.toThrow(
        /Not a storable file key/,
      );
    const key = randomUUID();
    const failing = Readable.from(
      (async function* () {
        yield Buffer.from('half');
        throw new Error('connection lost');
      })(),
    );
    await expect(storage.put(key, failing)).rejects.toThrow('connection lost');
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredBytesMissing);
    expect(readdirSync(join(folder, '.tmp'))).toEqual([]);
  });
});

describe('storeFile with the database driver', () => {
  it('writes the chunks in the transaction of the row: a rollback leaves neither', async () => {
    const storage = databaseFileStorage(handle.db);
    let id = '';
    await expect(
      handle.db.transaction().execute(async (trx) => {
        const stored = await storeFile(trx, storage, bodyId, null, {
          name: 'a.txt',
          mediaType: 'text/plain',
          bytes: new TextEncoder().encode('abc'),
        });
        id = stored.id;
        throw new Error('refused later');
      }),
    ).rejects.toThrow('refused later');
    const chunks = await handle.db.selectFrom('file_chunks').select('n').where('file_id', '=', id).execute();
    expect(chunks).toEqual([]);
  });
});

describe('LANTOA_FILES', () => {
  it('reads the three storages and names them back', () => {
    expect(fileStorageConfigFromEnv({})).toEqual({ driver: 'database' });
    expect(fileStorageConfigFromEnv({ LANTOA_FILES: 'dir:/srv/lantoa/files' })).toEqual({
      driver: 'directory',
      path: '/srv/lantoa/files',
    });
    const s3 = fileStorageConfigFromEnv({
      LANTOA_FILES:
        's3://lantoa-files/tinh-08?endpoint=http://127.0.0.1:9000&region=ap-southeast-1&forcePathStyle=1',
      LANTOA_S3_ACCESS_KEY_ID: 'id',
      LANTOA_S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(s3).toEqual({
      driver: 's3',
      bucket: 'lantoa-files',
      prefix: 'tinh-08/',
      endpoint: 'http://127.0.0.1:9000',
      region: 'ap-southeast-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
    });
    expect(fileStorageConfigFromEnv({ LANTOA_FILES: fileStorageTarget(s3) })).toEqual({
      ...s3,
      credentials: undefined,
    });
  });

  it('refuses a wrong value saying what to write', () => {
    for (const value of ['ftp://x', 'dir:', 'dir:relative/path', 's3://A_B', 's3://bucket?acl=public'])
      expect(() => fileStorageConfigFromEnv({ LANTOA_FILES: value }), value).toThrow(
        /^LANTOA_FILES=".*" không hợp lệ: .* Hãy dùng một trong các dạng: database, dir:/,
      );
    expect(() =>
      fileStorageConfigFromEnv({ LANTOA_FILES: 's3://bucket', LANTOA_S3_ACCESS_KEY_ID: 'only-the-id' }),
    ).toThrow(/LANTOA_S3_SECRET_ACCESS_KEY/);
  });
});
