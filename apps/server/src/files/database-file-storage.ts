import { Readable } from 'node:stream';
import type { Database } from '@lantoa/db';
import { type Kysely, sql } from 'kysely';
import { type ByteRange, type FileStorage, StoredBytesMissing } from './storage.ts';

/**
 * The size of a stored chunk (the last one of a file is shorter; an empty file has one empty chunk).
 * Migration 0030 cut the files stored before it the same way, and a Range finds its chunks by dividing
 * by it: changing it needs a migration that re-cuts every file. Half a MiB keeps a query's memory small
 * on both engines while a 100 MB recording is still only 200 rows.
 */
export const FILE_CHUNK_BYTES = 512 * 1024;

/** Keys listed per query by keys(). */
const KEYS_PAGE = 1000;

const asBuffer = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

// Chunks cross the wire as hex text, turned into bytes by the server (decode/encode) and by Node's own
// Buffer: PGlite's bytea conversion goes byte by byte through JavaScript strings, about 2 s a MiB on a
// busy machine, where this takes milliseconds; PostgreSQL's pg driver gains nothing from bytea either.

/** Writes a stream into a file's chunks, as it arrives: at most one chunk is held. */
async function putChunks(trx: Kysely<Database>, key: string, content: Readable) {
  await trx.deleteFrom('file_chunks').where('file_id', '=', key).execute();
  // One buffer, reused: an insert has sent its parameter before the next piece is copied in.
  const chunk = Buffer.allocUnsafe(FILE_CHUNK_BYTES);
  let filled = 0;
  let n = 0;
  const flush = async () => {
    await trx
      .insertInto('file_chunks')
      .values({ file_id: key, n, data: sql<Uint8Array>`decode(${chunk.toString('hex', 0, filled)}, 'hex')` })
      .execute();
    n += 1;
    filled = 0;
  };
  for await (const piece of content) {
    const bytes: Buffer = typeof piece === 'string' ? Buffer.from(piece) : asBuffer(piece as Uint8Array);
    let at = 0;
    while (at < bytes.length) {
      const taken = bytes.copy(chunk, filled, at, Math.min(bytes.length, at + FILE_CHUNK_BYTES - filled));
      filled += taken;
      at += taken;
      if (filled === FILE_CHUNK_BYTES) await flush();
    }
  }
  if (filled > 0 || n === 0) await flush();
}

/** The part of chunk `n` a range covers, as substring() counts (from 1), or the whole chunk. */
function sliceOf(n: number, range: ByteRange | undefined) {
  const chunkStart = n * FILE_CHUNK_BYTES;
  const from = range ? Math.max(range.start, chunkStart) - chunkStart : 0;
  const to = range ? Math.min(range.end + 1, chunkStart + FILE_CHUNK_BYTES) - chunkStart : FILE_CHUNK_BYTES;
  return { from: from + 1, length: to - from };
}

/**
 * Bytes in the `file_chunks` table (the default storage): written chunk by chunk as they stream in, read
 * one chunk per query, a Range reading only its chunks (and of its first and last only the part it
 * covers, which PostgreSQL fetches without reading the rest, the column being stored uncompressed).
 * The chunks belong to their `files` row (deleted with it): the row is inserted first.
 */
export function databaseFileStorage(db: Kysely<Database>): FileStorage {
  const readChunk = async (key: string, n: number, range: ByteRange | undefined) => {
    const { from, length } = sliceOf(n, range);
    const row = await db
      .selectFrom('file_chunks')
      .select(sql<string>`encode(substring(data from ${from} for ${length}), 'hex')`.as('hex'))
      .where('file_id', '=', key)
      .where('n', '=', n)
      .executeTakeFirst();
    return row ? Buffer.from(row.hex, 'hex') : null;
  };
  return {
    driver: 'database',
    put: (key, content) =>
      db.isTransaction
        ? putChunks(db, key, content)
        : db.transaction().execute((trx) => putChunks(trx, key, content)),
    async get(key, range) {
      const firstN = range ? Math.floor(range.start / FILE_CHUNK_BYTES) : 0;
      const lastN = range ? Math.floor(range.end / FILE_CHUNK_BYTES) : Number.POSITIVE_INFINITY;
      // The first chunk is read before the stream is handed out: a missing file is an error, not an empty body.
      const first = await readChunk(key, firstN, range);
      if (!first) throw new StoredBytesMissing(key);
      async function* chunks() {
        yield first;
        for (let n = firstN + 1; n <= lastN; n++) {
          const next = await readChunk(key, n, range);
          if (!next) {
            if (range) throw new StoredBytesMissing(key);
            return;
          }
          yield next;
        }
      }
      return Readable.from(chunks(), { objectMode: false, highWaterMark: 64 * 1024 });
    },
    async delete(key) {
      await db.deleteFrom('file_chunks').where('file_id', '=', key).execute();
    },
    async *keys() {
      let after: string | null = null;
      for (;;) {
        let query = db.selectFrom('file_chunks').select('file_id').where('n', '=', 0);
        if (after !== null) query = query.where('file_id', '>', after);
        const page = await query.orderBy('file_id').limit(KEYS_PAGE).execute();
        for (const row of page) yield row.file_id;
        if (page.length < KEYS_PAGE) return;
        after = page[page.length - 1]?.file_id ?? null;
      }
    },
    within: (trx) => databaseFileStorage(trx),
  };
}
