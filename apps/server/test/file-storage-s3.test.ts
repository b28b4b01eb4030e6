// The S3 driver against a real S3-compatible server: s3rver (npm, objects kept on disk) on a loopback
// port, reached through the AWS SDK exactly as a deployment reaches MinIO, Ceph or a provider.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3_PART_BYTES, s3Client, s3FileStorage } from '../src/files/s3-file-storage.ts';
import { type FileStorage, StoredBytesMissing } from '../src/files/storage.ts';
import { parseFileStorageTarget } from '../src/files/storage-config.ts';

const folder = mkdtempSync(join(tmpdir(), 'lantoa-s3rver-'));
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: folder,
  configureBuckets: [{ name: 'lantoa-files', configs: [] }],
});
let storage: FileStorage;
/** The commands the client sent, by name: a multipart upload shows as its parts. */
const sent: string[] = [];

beforeAll(async () => {
  const { port } = await server.run();
  const config = parseFileStorageTarget(
    `s3://lantoa-files/tinh-08?endpoint=http://127.0.0.1:${port}&region=us-east-1&forcePathStyle=1`,
    // s3rver's own well-known key pair.
    { LANTOA_S3_ACCESS_KEY_ID: 'S3RVER', LANTOA_S3_SECRET_ACCESS_KEY: 'S3RVER' },
  );
  if (config.driver !== 's3') throw new Error('not an S3 target');
  const client = s3Client(config);
  client.middlewareStack.add(
    (next, context) => (args) => {
      sent.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  storage = s3FileStorage(config, client);
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

const read = async (key: string, range?: { start: number; end: number }) =>
  new Uint8Array(await buffer(await storage.get(key, range)));

describe('the S3 driver', () => {
  it('uploads a file larger than a part as a multipart upload, streamed, and reads it back', async () => {
    const bytes = new Uint8Array(randomBytes(S3_PART_BYTES * 2 + 12_345));
    const key = randomUUID();
    sent.length = 0;
    await storage.put(
      key,
      Readable.from(
        (function* () {
          for (let at = 0; at < bytes.length; at += 64 * 1024)
            yield Buffer.from(bytes.subarray(at, at + 64 * 1024));
        })(),
      ),
    );
    expect(sent.filter((name) => name === 'UploadPartCommand')).toHaveLength(3);
    expect(sent).toContain('CompleteMultipartUploadCommand');
    expect(Buffer.compare(await read(key), bytes)).toBe(0);
    const [start, end] = [S3_PART_BYTES - 10, S3_PART_BYTES + 9];
    expect(Buffer.compare(await read(key, { start, end }), bytes.subarray(start, end + 1))).toBe(0);
  });

  it('stores a small file in one request, lists keys under its prefix, deletes them', async () => {
    const key = randomUUID();
    sent.length = 0;
    await storage.put(key, Readable.from([Buffer.from('xin chào')]));
    expect(sent).not.toContain('UploadPartCommand');
    expect(Buffer.from(await read(key, { start: 4, end: 7 })).toString()).toBe('chà');
    const keys: string[] = [];
    for await (const k of storage.keys()) keys.push(k);
    expect(keys).toContain(key);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredBytesMissing);
    await storage.delete(key);
  });
});
