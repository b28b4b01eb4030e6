import type { AppDeps } from '../http/context.ts';
import { createFileStorage, openedFileStorageOrNull } from './create-file-storage.ts';
import type { FileStorage } from './storage.ts';

/** The app's file storage: the one it was given, or the one its configuration names (opened once). */
export function filesOf(deps: AppDeps): FileStorage {
  return (
    deps.files ??
    openedFileStorageOrNull(deps.handle.db) ??
    createFileStorage(deps.config.fileStorage, deps.handle)
  );
}
