import type { Readable } from 'node:stream';

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
 */
export interface FileStorage {
  readonly driver: FileStorageDriver;
  /** Writes a file's bytes under its key (the file's id), replacing any there. */
  put(key: string, content: Readable): Promise<void>;
  /** A file's bytes, or the range asked for. */
  get(key: string, range?: ByteRange): Promise<Readable>;
  /** Removes a file's bytes; no error when none are there. */
  delete(key: string): Promise<void>;
  /** Every key stored (for backups and `lantoa files migrate`). */
  keys(): AsyncIterable<string>;
}
