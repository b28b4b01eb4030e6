// An installation without demo data starts with no account: the server creates the first
// administrator from the password its operator gives (never one shipped with the software), and
// stops with a clear message when none is given. Also: the server listens on this machine only
// unless HOST says otherwise.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@lantoa/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../../../scripts/server-process.ts';
import { verifyPassword } from '../src/auth/passwords.ts';
import { loadConfig } from '../src/config.ts';
import { createFirstAdministrator, FirstAdministratorRefused } from '../src/setup/first-administrator.ts';

const STRONG = 'Ruộng-bậc-thang-Hoàng-Su-Phì-2026';
const dirs: string[] = [];
const databases: TestDatabase[] = [];

afterAll(async () => {
  for (const database of databases) await database.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  databases.push(database);
  return database;
}

describe('the first administrator', () => {
  it('is refused a guessable password, and nothing is created', async () => {
    const { db } = await emptyDatabase();
    for (const password of ['LanToa@2026', 'admin-admin-admin', 'ngắn']) {
      await expect(
        createFirstAdministrator(db, { username: 'admin', fullName: 'Quản trị hệ thống', password }),
      ).rejects.toBeInstanceOf(FirstAdministratorRefused);
    }
    expect(await db.selectFrom('users').select('id').execute()).toEqual([]);
  });

  it('is created once, country-wide, with the chosen password, and audited', async () => {
    const { db } = await emptyDatabase();
    const admin = { username: 'quantri', fullName: 'Quản trị hệ thống', password: STRONG };
    expect(await createFirstAdministrator(db, admin)).toBe('created');
    expect(await createFirstAdministrator(db, { ...admin, username: 'another' })).toBe('exists');
    const users = await db
      .selectFrom('users')
      .innerJoin('role_grants', 'role_grants.user_id', 'users.id')
      .innerJoin('bodies', 'bodies.id', 'role_grants.scope_body_id')
      .select(['users.id', 'users.username', 'users.password_hash', 'role_grants.role', 'bodies.kind'])
      .execute();
    expect(users.map(({ username, role, kind }) => ({ username, role, kind }))).toEqual([
      { username: 'quantri', role: 'admin', kind: 'country' },
    ]);
    expect(await verifyPassword(users[0]?.password_hash ?? '', STRONG)).toBe(true);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity_type', '=', 'user')
      .execute();
    expect(audit).toEqual([{ action: 'user.create', entity_id: users[0]?.id }]);
    // The administrative units it administers are there.
    const provinces = await db.selectFrom('bodies').select('id').where('kind', '=', 'province').execute();
    expect(provinces.length).toBe(34);
    const departments = await db
      .selectFrom('bodies')
      .select('id')
      .where('name', '=', 'Sở Khoa học và Công nghệ')
      .execute();
    expect(departments.length).toBe(34);
  });
});

// The server process runs on its own embedded database whatever the engine of the run: once is enough.
describe.skipIf(process.env.LANTOA_TEST_ENGINE === 'postgres')('a production start without demo data', () => {
  // One data directory for both starts, as an operator would see it: the first start migrates it.
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-first-admin-'));
  dirs.push(dir);
  const start = (env: Record<string, string>) =>
    startServerProcess({
      LANTOA_LOG: '0',
      LANTOA_WEB_DIST: '/nonexistent',
      LANTOA_DATA_DIR: dir,
      DATABASE_URL: '',
      LANTOA_SEED_DEMO: '0',
      ...env,
    });

  it('stops and says how to give the password when none is given', async () => {
    const failure = await start({ LANTOA_ADMIN_PASSWORD: '' }).then(
      () => new Error('the server started without an administrator'),
      (error: unknown) => error,
    );
    expect(String(failure)).toContain('exited before answering');
    expect(String(failure)).toContain('LANTOA_ADMIN_PASSWORD');
  });

  it('creates the administrator from LANTOA_ADMIN_PASSWORD, who can then sign in', async () => {
    const server = await start({ LANTOA_ADMIN_PASSWORD: STRONG, LANTOA_ADMIN_USERNAME: 'quantri' });
    try {
      const signIn = (username: string, password: string) =>
        fetch(`${server.baseUrl}/api/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password }),
        });
      expect((await signIn('admin', 'LanToa@2026')).status).toBe(401);
      expect((await signIn('quantri', STRONG)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe('the address the server listens on', () => {
  it('is this machine only unless HOST is set', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });
});
