import type { DatabaseHandle } from '@lantoa/db';
import { findBodyByCode } from '@lantoa/db';
import type { BodyKind } from '@lantoa/domain';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { createFileStorage } from '../../src/files/create-file-storage.ts';
import type { FileStorage } from '../../src/files/storage.ts';
import { jobDefinitions } from '../../src/jobs/definitions.ts';
import { startWorker, type Worker } from '../../src/jobs/worker.ts';
import { DEMO_PASSWORD } from '../../src/seed/demo-data.ts';
import { demoDatabase } from './demo-database.ts';

export interface TestApp {
  app: FastifyInstance;
  handle: DatabaseHandle;
  config: Config;
  /** Where the app keeps stored files' bytes (the database unless `overrides.fileStorage` says otherwise). */
  files: FileStorage;
  /** Every route registered, as "METHOD /url", to check that suites cover them all. */
  routes: string[];
  worker: Worker;
  close(): Promise<void>;
}

/** A real app on a fresh database (PGlite or PostgreSQL per LANTOA_TEST_ENGINE) with the demo data. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const handle = await demoDatabase();
  const config = { ...loadConfig({}), webDist: '/nonexistent', ...overrides };
  const files = createFileStorage(config.fileStorage, handle);
  const worker = startWorker(handle.db, jobDefinitions(config), 200);
  const app = await buildApp({ handle, config, version: 'test', files, worker });
  await app.ready();
  const routes = app.registeredRoutes.filter((r) => !r.includes('/api/docs') && !r.startsWith('HEAD'));
  return {
    app,
    handle,
    config,
    files,
    routes,
    worker,
    close: async () => {
      await app.close();
      await worker.stop();
      await handle.close();
    },
  };
}

type Response = Awaited<ReturnType<FastifyInstance['inject']>>;

export interface Agent {
  csrfToken: string;
  /** The session as a Cookie header, for a request over a real socket to the app listening. */
  cookie: string;
  request(options: InjectOptions): Promise<Response>;
  get(url: string): Promise<Response>;
  post(url: string, payload?: object): Promise<Response>;
  patch(url: string, payload?: object): Promise<Response>;
}

/** Signs in through the API and returns a client that sends the session cookie and CSRF token. */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Agent> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'lantoa_session');
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = res.json().csrfToken as string;
  const request = (options: InjectOptions) =>
    app.inject({
      ...options,
      cookies: { lantoa_session: cookie.value },
      headers: { 'x-csrf-token': csrfToken, ...(options.headers ?? {}) },
    });
  return {
    csrfToken,
    cookie: `${cookie.name}=${cookie.value}`,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, ...(payload ? { payload } : {}) }),
    patch: (url, payload) => request({ method: 'PATCH', url, ...(payload ? { payload } : {}) }),
  };
}

/**
 * A test app (see {@link createTestApp}) with a session for each actor: the names the test gives its
 * agents, each to the username of the demo data it signs in as.
 */
export async function signedInApp<const Actors extends Record<string, string> & { t?: never }>(
  actors: Actors,
  overrides: Partial<Config> = {},
): Promise<{ t: TestApp } & Record<keyof Actors, Agent>> {
  const t = await createTestApp(overrides);
  const agents: Record<string, Agent> = {};
  for (const [name, username] of Object.entries<string>(actors)) agents[name] = await signIn(t.app, username);
  return { t, ...(agents as Record<keyof Actors, Agent>) };
}

export async function bodyIdByCode(handle: DatabaseHandle, code: string): Promise<string> {
  const body = await findBodyByCode(handle.db, code);
  if (!body) throw new Error(`no body with code ${code}`);
  return body.id;
}

/** The first body of a kind right under a parent (a province's press agency, say). */
export async function childBodyId(handle: DatabaseHandle, parentId: string, kind: BodyKind): Promise<string> {
  const body = await handle.db
    .selectFrom('bodies')
    .select('id')
    .where('parent_id', '=', parentId)
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow();
  return body.id;
}

/** A few communes of a province other than the one a story follows, by name: its neighbours. */
export const neighbourCommunes = (
  handle: DatabaseHandle,
  provinceId: string,
  communeId: string,
  count: number,
) =>
  handle.db
    .selectFrom('bodies')
    .select(['id', 'name'])
    .where('parent_id', '=', provinceId)
    .where('kind', '=', 'commune')
    .where('id', '<>', communeId)
    .orderBy('name')
    .limit(count)
    .execute();

export async function bodyIdByName(
  handle: DatabaseHandle,
  name: string,
  parentCode?: string,
): Promise<string> {
  let query = handle.db.selectFrom('bodies as b').select('b.id').where('b.name', '=', name);
  if (parentCode) {
    const parent = await bodyIdByCode(handle, parentCode);
    query = query.where('b.parent_id', '=', parent);
  }
  const row = await query.executeTakeFirst();
  if (!row) throw new Error(`no body named ${name}`);
  return row.id;
}

export async function userIdByName(handle: DatabaseHandle, username: string): Promise<string> {
  const row = await handle.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A multipart/form-data body: text fields first, then one file, as the web app sends it. */
export function multipart(
  fields: Record<string, string>,
  file: { name: string; type: string; content: Uint8Array },
) {
  const boundary = `----lantoa${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    Buffer.from(file.content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
