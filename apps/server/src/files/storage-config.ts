import type { FileStorageDriver } from './storage.ts';

/** Where the bytes of stored files live, from LANTOA_FILES (to be completed: issue 21). */
export interface FileStorageConfig {
  driver: FileStorageDriver;
}

export function fileStorageConfigFromEnv(_env: NodeJS.ProcessEnv): FileStorageConfig {
  return { driver: 'database' };
}
