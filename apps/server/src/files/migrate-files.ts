import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { type FileStorage, StoredBytesMissing } from './storage.ts';

/** Files read per query while migrating. */
const PAGE = 500;

export interface FilesMigration {
  /** Copied and verified in this run. */
  copied: number;
  /** Already in the target with the right checksum (an earlier, interrupted run copied them). */
  alreadyThere: number;
  /** Ids of files whose bytes the source does not have (nothing to copy). */
  missing: string[];
  /** Ids of files whose copy did not match its recorded size and sha-256 (left for another run). */
  mismatched: string[];
}

async function digest(stream: Readable) {
  const hash = createHash('sha256');
  let size = 0;
  for await (const piece of stream) {
    size += (piece as Buffer).length;
    hash.update(piece as Buffer);
  }
  return { size, sha256: hash.digest('hex') };
}

/** Whether `storage` holds the file's bytes as recorded (its size and sha-256). */
async function holds(storage: FileStorage, file: { id: string; size: number; sha256: string }) {
  try {
    const found = await digest(await storage.get(file.id));
    return found.size === file.size && found.sha256 === file.sha256;
  } catch (error) {
    if (error instanceof StoredBytesMissing) return false;
    throw error;
  }
}

/**
 * Copies every stored file's bytes from one storage to another (`lantoa files migrate`), each checked
 * against the sha-256 and size its `files` row recorded once copied. Idempotent: a file the target
 * already holds as recorded is not copied again, so an interrupted run is simply run again. With
 * `removeSource`, a file's bytes leave the source once its copy is verified. One file is in flight at
 * a time, streamed: memory stays small whatever the files weigh.
 */
export async function migrateFiles(
  db: Kysely<Database>,
  from: FileStorage,
  to: FileStorage,
  options: { removeSource?: boolean; onFile?: (done: number) => void } = {},
): Promise<FilesMigration> {
  const result: FilesMigration = { copied: 0, alreadyThere: 0, missing: [], mismatched: [] };
  let after: string | null = null;
  let done = 0;
  for (;;) {
    let query = db.selectFrom('files').select(['id', 'size', 'sha256']);
    if (after !== null) query = query.where('id', '>', after);
    const page = await query.orderBy('id').limit(PAGE).execute();
    for (const file of page) {
      if (await holds(to, file)) result.alreadyThere += 1;
      else {
        let source: Readable;
        try {
          source = await from.get(file.id);
        } catch (error) {
          if (!(error instanceof StoredBytesMissing)) throw error;
          result.missing.push(file.id);
          continue;
        }
        await to.put(file.id, source);
        if (!(await holds(to, file))) {
          result.mismatched.push(file.id);
          continue;
        }
        result.copied += 1;
      }
      if (options.removeSource) await from.delete(file.id);
      done += 1;
      options.onFile?.(done);
    }
    if (page.length < PAGE) return result;
    after = page[page.length - 1]?.id ?? null;
  }
}
