import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProgram, type Program, RunError, type RunFailure, runProgram } from '../src/index.ts';

let scratch: string;
let bin: string;
let elsewhere: string;

/** Writes an executable shell script (or, with `mode`, a plain file). */
function script(dir: string, name: string, body: string, mode = 0o755): string {
  const file = join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, mode);
  return file;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'lantoa-exec-test-'));
  bin = join(scratch, 'bin');
  elsewhere = join(scratch, 'opt');
  mkdirSync(bin);
  mkdirSync(elsewhere);
  script(bin, 'tool', 'echo tool');
  script(bin, 'second-name', 'echo second');
  script(bin, 'not-executable', 'echo no', 0o644);
  script(elsewhere, 'tool', 'echo elsewhere');
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const program = (names: [string, ...string[]], directories?: string[]): Program => ({
  names,
  variable: 'LANTOA_TEST_TOOL_COMMAND',
  ...(directories ? { directories } : {}),
});

describe('findProgram', () => {
  it('finds the first of its names on the search path', async () => {
    expect(await findProgram(program(['tool']), { searchPath: bin, env: {} })).toBe(join(bin, 'tool'));
    expect(await findProgram(program(['absent', 'second-name']), { searchPath: bin, env: {} })).toBe(
      join(bin, 'second-name'),
    );
  });

  it('is null for a program that is missing or not executable', async () => {
    expect(await findProgram(program(['absent']), { searchPath: bin, env: {} })).toBeNull();
    expect(await findProgram(program(['not-executable']), { searchPath: bin, env: {} })).toBeNull();
    expect(
      await findProgram(program(['tool']), { searchPath: join(scratch, 'nowhere'), env: {} }),
    ).toBeNull();
  });

  it('never looks in the current directory through an empty search-path entry', async () => {
    const cwd = process.cwd();
    process.chdir(bin);
    try {
      expect(await findProgram(program(['tool']), { searchPath: '', env: {} })).toBeNull();
      expect(await findProgram(program(['tool']), { searchPath: `:${elsewhere}:`, env: {} })).toBe(
        join(elsewhere, 'tool'),
      );
    } finally {
      process.chdir(cwd);
    }
  });

  it('takes the environment variable over the names, and the caller’s command over both', async () => {
    const env = { LANTOA_TEST_TOOL_COMMAND: join(elsewhere, 'tool') };
    expect(await findProgram(program(['tool']), { searchPath: bin, env })).toBe(join(elsewhere, 'tool'));
    expect(
      await findProgram(program(['tool']), {
        searchPath: bin,
        env: { LANTOA_TEST_TOOL_COMMAND: 'second-name' },
      }),
    ).toBe(join(bin, 'second-name'));
    expect(
      await findProgram(program(['tool']), { command: join(bin, 'second-name'), searchPath: bin, env }),
    ).toBe(join(bin, 'second-name'));
    // A variable naming something that is not there means "not installed", not "use the default".
    expect(
      await findProgram(program(['tool']), {
        searchPath: bin,
        env: { LANTOA_TEST_TOOL_COMMAND: join(scratch, 'nowhere', 'tool') },
      }),
    ).toBeNull();
  });

  it('searches PATH, then Debian’s directories, then the program’s own, unless told where', async () => {
    expect(await findProgram(program(['tool'], [elsewhere]), { env: { PATH: bin } })).toBe(join(bin, 'tool'));
    expect(await findProgram(program(['tool'], [elsewhere]), { env: { PATH: '' } })).toBe(
      join(elsewhere, 'tool'),
    );
    // sh is in /usr/bin or /bin on every Debian system, whatever PATH says.
    expect(await findProgram(program(['sh']), { env: {} })).toMatch(/^(\/usr)?\/bin\/sh$/);
    expect(await findProgram(program(['tool'], [elsewhere]), { searchPath: bin, env: {} })).toBe(
      join(bin, 'tool'),
    );
  });
});

/** The failure a run rejects with. */
async function failure(run: Promise<unknown>): Promise<RunFailure> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RunError);
  return (error as RunError).failure;
}

/** Whether a process is gone (or a zombie waiting for whoever adopted it to reap it). */
function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

describe('runProgram', () => {
  it('passes arguments as they are, feeds stdin and returns stdout and stderr', async () => {
    const echoed = await runProgram('printf', ['%s|', 'a b', '$HOME', '; rm -rf /'], { timeoutMs: 5000 });
    expect(new TextDecoder().decode(echoed.stdout)).toBe('a b|$HOME|; rm -rf /|');
    const bytes = new Uint8Array([0, 1, 2, 255]);
    expect((await runProgram('cat', [], { input: bytes, timeoutMs: 5000 })).stdout).toEqual(bytes);
    const text = await runProgram('sh', ['-c', 'cat; echo note >&2'], { input: 'Xin chào', timeoutMs: 5000 });
    expect(new TextDecoder().decode(text.stdout)).toBe('Xin chào');
    expect(text.stderr).toBe('note\n');
  });

  it('fails as not installed when the program does not exist', async () => {
    expect(await failure(runProgram(join(scratch, 'absent'), [], { timeoutMs: 5000 }))).toEqual({
      kind: 'not_installed',
    });
  });

  it('fails with the exit status and what the program said', async () => {
    const failed = await failure(
      runProgram('sh', ['-c', 'echo "cannot read input" >&2; exit 3'], { timeoutMs: 5000 }),
    );
    expect(failed).toEqual({ kind: 'failed', exitCode: 3, detail: 'exit 3: cannot read input' });
    const notExecutable = await failure(runProgram(join(bin, 'not-executable'), [], { timeoutMs: 5000 }));
    expect(notExecutable).toMatchObject({ kind: 'failed', exitCode: null });
  });

  it('kills a program past its time limit', async () => {
    const started = Date.now();
    expect(await failure(runProgram('sleep', ['10'], { timeoutMs: 100 }))).toEqual({
      kind: 'timed_out',
      timeoutMs: 100,
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('kills a program when aborted, and never starts one already aborted', async () => {
    const controller = new AbortController();
    const run = runProgram('sleep', ['10'], { timeoutMs: 10_000, signal: controller.signal });
    setTimeout(() => controller.abort('closed by the user'), 50);
    expect(await failure(run)).toEqual({ kind: 'aborted', reason: 'closed by the user' });
    const marker = join(scratch, 'started');
    const never = runProgram('touch', [marker], { timeoutMs: 5000, signal: AbortSignal.abort('early') });
    expect(await failure(never)).toEqual({ kind: 'aborted', reason: 'early' });
    expect(() => readFileSync(marker)).toThrow();
  });

  it('kills a program whose output passes the cap', async () => {
    const flood = runProgram('head', ['-c', '10000000', '/dev/zero'], {
      timeoutMs: 5000,
      maxOutputBytes: 1000,
    });
    expect(await failure(flood)).toEqual({ kind: 'output_too_large', maxOutputBytes: 1000 });
  });

  it('ends the helpers a program started too, when asked to kill its process group', async () => {
    const pidFile = join(scratch, 'helper.pid');
    const run = runProgram('sh', ['-c', 'sleep 30 & echo $! > "$1"; wait', 'sh', pidFile], {
      timeoutMs: 300,
      killGroup: true,
    });
    expect((await failure(run)).kind).toBe('timed_out');
    const helper = Number(readFileSync(pidFile, 'utf8'));
    expect(helper).toBeGreaterThan(0);
    for (let i = 0; i < 40 && !gone(helper); i++) await new Promise((r) => setTimeout(r, 50));
    expect(gone(helper)).toBe(true);
  });
});
