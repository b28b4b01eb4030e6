import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DataFolderInUse, openDatabase } from '../src/database.ts';
import { copyTemplateDataDir, MIGRATED } from '../src/testing/test-database.ts';

// The embedded database serves one process: a second one on the same data folder is refused with
// what to do, and a lock left by a killed process does not keep the folder locked. PGlite only, so
// run in the PGlite stage alone.
const root = mkdtempSync(join(tmpdir(), 'lantoa-pglite-lock-'));
const holder = new URL('./pglite-lock-holder.ts', import.meta.url).pathname;
const children: ChildProcess[] = [];

/** A data folder holding the run's migrated database: opened in a second or two, where a new one's initdb takes many. */
function dataFolder(name: string): string {
  const dataDir = join(root, name);
  copyTemplateDataDir(MIGRATED, dataDir);
  return dataDir;
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A child process opening `dataDir`: resolves with its pid once it has the database open, or with its refusal. */
function openInChild(dataDir: string): Promise<{ child: ChildProcess; open: boolean; output: string }> {
  const child = spawn(process.execPath, [holder, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  return new Promise((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('open ')) resolve({ child, open: true, output });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', () => resolve({ child, open: false, output }));
  });
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

describe.skipIf(process.env.LANTOA_TEST_ENGINE === 'postgres')('the embedded database’s data folder', () => {
  it('is refused to a second process while the first has it, with what to do', async () => {
    const dataDir = dataFolder('shared');
    const first = await openInChild(dataDir);
    expect(first.open).toBe(true);
    const refusal = await openDatabase({ dataDir }).then(
      async (handle) => {
        await handle.close();
        return null;
      },
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(DataFolderInUse);
    expect((refusal as Error).message).toContain(`pid ${first.child.pid}`);
    expect((refusal as Error).message).toMatch(/hãy dừng tiến trình kia.*DATABASE_URL.*stop the other one/s);

    // And the other way round: the second process is the one refused, and says why.
    const second = await openInChild(dataDir);
    expect(second.open).toBe(false);
    expect(second.child.exitCode).toBe(3);
    expect(second.output).toContain('Thư mục dữ liệu');
  });

  it('is taken over from a process that was killed, and free again once closed', async () => {
    const dataDir = dataFolder('killed');
    const first = await openInChild(dataDir);
    expect(first.open).toBe(true);
    first.child.kill('SIGKILL');
    await exited(first.child);
    // The killed process could not remove its lock.
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toContain(String(first.child.pid));

    const handle = await openDatabase({ dataDir });
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toContain(String(process.pid));
    await handle.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('is not held by a later process given the pid of the one that wrote the lock', async () => {
    // The lock names a live process (this one's parent) with another start time: after a reboot the
    // pid of the old server may belong to anything.
    const dataDir = dataFolder('reused');
    writeFileSync(`${dataDir}.lock`, `${process.ppid} 1\n`);
    const handle = await openDatabase({ dataDir });
    await handle.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('is refused to a second open in the same process', async () => {
    const dataDir = dataFolder('twice');
    const handle = await openDatabase({ dataDir });
    try {
      await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataFolderInUse);
    } finally {
      await handle.close();
    }
  });
});
