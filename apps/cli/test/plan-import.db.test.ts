import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@lantoa/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real command in a child process, on PGlite in a temporary folder or on a fresh PostgreSQL
// database, as an operator would run it.
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const samples = join(repo, 'samples', 'plans');
const dir = mkdtempSync(join(tmpdir(), 'lantoa-cli-'));
let env: NodeJS.ProcessEnv;
let closeDb = async () => {};

const lantoa = (...args: string[]) =>
  spawnSync(process.execPath, [join(repo, 'apps/cli/bin/lantoa.js'), ...args], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });

beforeAll(async () => {
  env = { ...process.env, LANTOA_DATA_DIR: dir, LANTOA_LOG: '0' };
  delete env.DATABASE_URL;
  if (process.env.LANTOA_TEST_ENGINE === 'postgres') {
    const db = await createTestDatabase();
    await db.db.destroy();
    env.DATABASE_URL = db.url;
    closeDb = db.close;
  }
  const seeded = lantoa('seed', 'demo');
  expect(seeded.status, seeded.stderr).toBe(0);
});
afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

describe('lantoa plan import', () => {
  it('refuses a plan already imported for the same body, and says so', () => {
    const res = lantoa('plan', 'import', '--province', '08', join(samples, 'hoa-an-2026.txt'));
    expect(res.stdout).toMatch(/hoa-an-2026\.txt: lỗi — Tài liệu này đã được nhập và công bố/);
    expect(res.status).toBe(1);
  });

  it('leaves a plan whose leads it cannot place for review, and reports an unreadable file', () => {
    const corrupt = join(dir, 'hong.docx');
    writeFileSync(corrupt, Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]));
    const res = lantoa(
      'plan',
      'import',
      '--body',
      '00700',
      '--publish',
      join(samples, 'hoa-an-2026.txt'),
      corrupt,
    );
    expect(res.stdout).toMatch(
      /hoa-an-2026\.txt: đã đọc \(6 nhiệm vụ, 5 chỉ tiêu\), chờ rà soát \/plan-imports\/[0-9a-f-]+; cần rà soát: /,
    );
    // A corrupt document is refused at upload, before any reading: nothing is kept for review.
    expect(res.stdout).toMatch(/hong\.docx: lỗi — Tệp Word bị hỏng/);
    expect(res.stdout).toMatch(/Xong 2 tệp, 1 lỗi\./);
    expect(res.status).toBe(1);
  });

  it('explains its usage when the body is missing', () => {
    const res = lantoa('plan', 'import', join(samples, 'hoa-an-2026.txt'));
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/Cách dùng: lantoa plan import/);
  });
});
