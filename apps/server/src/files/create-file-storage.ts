import type { Database, DatabaseHandle } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { databaseFileStorage } from './database-file-storage.ts';
import { directoryFileStorage } from './directory-file-storage.ts';
import { s3FileStorage } from './s3-file-storage.ts';
import type { FileStorage } from './storage.ts';
import type { FileStorageConfig } from './storage-config.ts';

/**
 * The storage opened over each database, for the jobs: the worker hands a job its database only
 * (jobs/worker.ts), and a job that stores or reads a file finds the storage the process opened here.
 */
const opened = new WeakMap<Kysely<Database>, FileStorage>();

/** The storage LANTOA_FILES names, over this database (where the database driver keeps the bytes). */
export function createFileStorage(config: FileStorageConfig, handle: DatabaseHandle): FileStorage {
  const storage = storageOf(config, handle);
  opened.set(handle.db, storage);
  return storage;
}

function storageOf(config: FileStorageConfig, handle: DatabaseHandle): FileStorage {
  switch (config.driver) {
    case 'database':
      return databaseFileStorage(handle.db);
    case 'directory':
      return directoryFileStorage(config.path);
    case 's3':
      return s3FileStorage(config);
  }
}

/** The storage {@link createFileStorage} opened over this database, if it did. */
export const openedFileStorageOrNull = (db: Kysely<Database>) => opened.get(db) ?? null;

/** The storage {@link createFileStorage} opened over this database (a job's); an error when none was. */
export function openedFileStorage(db: Kysely<Database>): FileStorage {
  const storage = opened.get(db);
  if (!storage) throw new Error('No file storage was opened over this database (createFileStorage).');
  return storage;
}
