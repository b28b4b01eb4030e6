import type { Readable } from 'node:stream';
import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

/** Where the bytes of stored files live (LANTOA_FILES): the database (default), a folder, or S3. */
export type FileStorageDriver = 'database' | 'directory' | 's3';

/** A byte range of a stored file, both ends included (as HTTP Range counts them). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * The one interface to the bytes of stored files; the `files` table keeps their metadata (name, media
 * type, size, sha-256, owning body). Streamed both ways: nothing here needs a file whole in memory.
 * A key is a file's id (a UUID); the database driver keeps the bytes under the `files` row itself.
 */
export interface FileStorage {
  readonly driver: FileStorageDriver;
  /** Writes a file's bytes under its key (the file's id), replacing any there. */
  put(key: string, content: Readable): Promise<void>;
  /**
   * A file's bytes, or the range asked for (within the file: the `files` row knows its size). Rejects
   * with {@link StoredBytesMissing} before any byte is streamed when nothing is stored under the key.
   */
  get(key: string, range?: ByteRange): Promise<Readable>;
  /** Removes a file's bytes; no error when none are there. */
  delete(key: string): Promise<void>;
  /** Every key stored (for backups and `lantoa files migrate`). */
  keys(): AsyncIterable<string>;
  /**
   * This storage as a transaction writes to it: the database driver writes its chunks in `trx` (so
   * the bytes and the row they belong to commit together, and PGlite's single connection is not
   * asked for twice); the others are the same storage, their writes outside any transaction.
   */
  within(trx: Kysely<Database>): FileStorage;
}

/** Nothing is stored under a key that should have bytes (a file lost from its folder or bucket). */
export class StoredBytesMissing extends Error {
  readonly key: string;
  constructor(key: string) {
    super(`No bytes are stored for file ${key}`);
    this.name = 'StoredBytesMissing';
    this.key = key;
  }
}
