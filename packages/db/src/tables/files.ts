import type { Generated } from 'kysely';
import type { CreatedAt } from './columns.ts';

/** Stored files' metadata; their bytes are in the configured storage (apps/server/src/files). */
export interface FilesTable {
  /** Also the file's key in the storage. */
  id: Generated<string>;
  body_id: string;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  created_by: string | null;
  created_at: CreatedAt;
}

/** The bytes of a file with the database driver: chunk `n` starts at n × 512 KiB (migration 0030). */
export interface FileChunksTable {
  file_id: string;
  n: number;
  data: Uint8Array;
}

export interface FileTables {
  files: FilesTable;
  file_chunks: FileChunksTable;
}
