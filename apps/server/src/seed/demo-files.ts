import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { openedFileStorageOrNull } from '../files/create-file-storage.ts';
import { databaseFileStorage } from '../files/database-file-storage.ts';

/**
 * Where the demo's files go: the storage the process opened over this database (the server's, a test
 * app's), or the database itself where none was opened (a test template seeded before any app).
 */
export const demoFiles = (db: Kysely<Database>) => openedFileStorageOrNull(db) ?? databaseFileStorage(db);
