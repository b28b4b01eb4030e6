// The backup archive, format 1: a POSIX tar (`tar -tvf` lists it) holding, in this order,
//   manifest.json       what the backup is (below), written first so a restore refuses early
//   database.pgdump     PostgreSQL: pg_dump's custom format (-Fc, compressed by pg_dump)
//   or database.pglite.tar.gz   PGlite: its own dump of the data folder (dumpDataDir('gzip'))
//   files/<key>         each stored file's bytes, when they live outside the database (LANTOA_FILES)
//   SHA256SUMS          the sha-256 of every entry above, as `sha256sum -c` reads it; written last,
//                       so an archive cut short lacks it
import { readFileSync } from 'node:fs';
import type { Engine } from '@lantoa/db';
import { z } from 'zod';
import type { FileStorageDriver } from '../files/storage.ts';

export const BACKUP_FORMAT = 'lantoa-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const MANIFEST_ENTRY = 'manifest.json';
export const SUMS_ENTRY = 'SHA256SUMS';
export const FILES_PREFIX = 'files/';
export const DATABASE_ENTRY: Record<Engine, string> = {
  postgres: 'database.pgdump',
  pglite: 'database.pglite.tar.gz',
};

const tableChecksum = z.object({ table: z.string(), rows: z.number().int(), checksum: z.string() });

export const backupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  appVersion: z.string(),
  engine: z.enum(['pglite', 'postgres']),
  /** ISO instant the snapshot was taken. */
  createdAt: z.string(),
  /** PostgreSQL's version (server_version) of the database backed up. */
  serverVersion: z.string(),
  /** The migrations applied in the backed-up database, in order. */
  migrations: z.array(z.string()),
  /** Every table of the public schema at the snapshot: rows and checksum (tableChecksums). */
  tables: z.array(tableChecksum),
  files: z.object({
    /** Where the files' bytes lived; 'database': inside the dump, no files/ entries. */
    driver: z.enum(['database', 'directory', 's3']),
    /** files/<key> entries in the archive, and their bytes. */
    count: z.number().int(),
    bytes: z.number(),
  }),
});
export type BackupManifest = z.infer<typeof backupManifest>;

export interface BackupFilesSummary {
  driver: FileStorageDriver;
  count: number;
  bytes: number;
}

/** The version of Lan Tỏa running (the repository's package.json), recorded in each backup. */
export function appVersion(): string {
  const url = new URL('../../../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

/** SHA256SUMS as `sha256sum` writes it: "<hex>  <name>" per line. */
export const formatSums = (sums: ReadonlyMap<string, string>): string =>
  [...sums].map(([name, sum]) => `${sum}  ${name}\n`).join('');

export function parseSums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match) sums.set(match[2] as string, match[1] as string);
  }
  return sums;
}
