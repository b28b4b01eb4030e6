import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
// Text formats only: pictures and fonts are compressed already.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;
// Below this, the headers cost more than the saving.
const MIN_BYTES = 1024;

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** Writes the .br and .gz copies of one file (brotli's highest quality: most of the build's time). */
async function compressFile(path: string): Promise<void> {
  if (!COMPRESSIBLE.test(path) || (await stat(path)).size < MIN_BYTES) return;
  const content = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzipAsync(content, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
}

/**
 * Writes a brotli (.br, highest quality) and a gzip (.gz) copy beside every text file of the build,
 * once, at build time: the server sends the copy the browser accepts (`@fastify/static`'s
 * `preCompressed`), so a commune's slow connection downloads about a quarter of the bytes and the
 * server spends no CPU compressing the same files on every request.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'lantoa-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      // As many files at a time as there are cores (zlib compresses on libuv's threads): the province
      // maps alone are ~8 MB, about 20 s of brotli on one core of the CI machine.
      const paths: string[] = [];
      for await (const path of filesUnder(outDir)) paths.push(path);
      const next = async (): Promise<void> => {
        for (let path = paths.pop(); path !== undefined; path = paths.pop()) await compressFile(path);
      };
      await Promise.all(Array.from({ length: Math.min(availableParallelism(), 4) }, next));
    },
  };
}
