import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, opendir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type FileStorage, StoredBytesMissing } from './storage.ts';

/** What a key may be (a file's id is a UUID): never a path, never hidden, never `..`. */
const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** Half-written files, on the same filesystem as the stored ones so that the final rename is atomic. */
const TEMP_FOLDER = '.tmp';

function checkedKey(key: string) {
  if (!SAFE_KEY.test(key)) throw new Error(`Not a storable file key: ${JSON.stringify(key)}`);
  return key;
}

/** Makes a rename or removal in a folder durable (its entry, not only the file's bytes). */
async function syncFolder(path: string) {
  const folder = await open(path, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/**
 * Bytes as plain files in a folder (LANTOA_FILES=dir:/path), e.g. a volume several servers share:
 * `<root>/<first two characters of the key>/<key>`, so that no folder grows past a few thousand
 * entries. A file is written under a temporary name, flushed to disk, then renamed into place: a
 * reader never sees half a file, and a crash leaves only a stray temporary file behind.
 */
export function directoryFileStorage(root: string): FileStorage {
  const pathOf = (key: string) => join(root, checkedKey(key).slice(0, 2), key);
  const storage: FileStorage = {
    driver: 'directory',
    async put(key, content: Readable) {
      const target = pathOf(key);
      const folder = join(root, key.slice(0, 2));
      const temp = join(root, TEMP_FOLDER, `${key}.${randomBytes(6).toString('hex')}`);
      await mkdir(join(root, TEMP_FOLDER), { recursive: true });
      await mkdir(folder, { recursive: true });
      try {
        await pipeline(content, createWriteStream(temp, { flush: true }));
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      await syncFolder(folder);
    },
    async get(key, range) {
      const path = pathOf(key);
      // Opened before the stream is handed out: a missing file is an error, not an empty body.
      const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT' ? new StoredBytesMissing(key) : error;
      });
      return handle.createReadStream({ ...(range ?? {}), autoClose: true });
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async *keys() {
      const top = await opendir(root).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (!top) return;
      for await (const shard of top) {
        if (!shard.isDirectory() || shard.name === TEMP_FOLDER) continue;
        for await (const entry of await opendir(join(root, shard.name)))
          if (entry.isFile() && SAFE_KEY.test(entry.name)) yield entry.name;
      }
    },
    within: () => storage,
  };
  return storage;
}
