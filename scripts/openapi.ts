// The API's OpenAPI document, generated from the routes the app registers (their zod request and
// response schemas, through @fastify/swagger), without listening on a port or opening a real
// database. `node scripts/openapi.ts` writes docs/openapi.json (formatted as Biome formats JSON);
// `--stdout` prints it instead. apps/server/test/openapi.test.ts fails when the committed file and
// the routes drift apart.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@lantoa/db';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';

const root = new URL('../', import.meta.url);
/** Where the committed document lives. */
export const OPENAPI_FILE = fileURLToPath(new URL('docs/openapi.json', root));

/** The document the app serves at /api/docs/json, as a plain object. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
  // Routes only touch the database when called: an empty in-memory one is enough to register them.
  const handle = await openDatabase({ dataDir: 'memory://' });
  try {
    // The defaults, not this machine's environment; no web build, so no static files route.
    const config = { ...loadConfig({}), webDist: '/nonexistent' };
    const app = await buildApp({ handle, config, version });
    try {
      await app.ready();
      return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
  }
}

/** The document as the committed file holds it: JSON formatted by Biome, so `biome check` passes. */
export function formatDocument(document: unknown): string {
  const biome = fileURLToPath(new URL('node_modules/.bin/biome', root));
  return execFileSync(biome, ['format', `--stdin-file-path=${OPENAPI_FILE}`], {
    input: JSON.stringify(document, null, 2),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

if (import.meta.main) {
  const text = formatDocument(await openApiDocument());
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else {
    writeFileSync(OPENAPI_FILE, text);
    console.log(`Wrote ${OPENAPI_FILE}`);
  }
}
