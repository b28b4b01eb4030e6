import type { Generated } from 'kysely';
import type { CreatedAt } from './columns.ts';

/** Stored files' metadata and (database driver) bytes. */
export interface FilesTable {
  id: Generated<string>;
  body_id: string;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  content: Uint8Array;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface FileTables {
  files: FilesTable;
}
