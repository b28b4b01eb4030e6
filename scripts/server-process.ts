// Runs the real server (`apps/server/src/main.ts`) as a child process on a free loopback port, for
// the browser tests, the durability test and the benchmarks.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** Everything the server printed so far, for failure messages. */
  output: () => string;
  /** SIGTERM, then SIGKILL after 10 s; resolves once the process has exited. */
  stop: () => Promise<void>;
  /** Resolves when the process has exited (however it ended). */
  exited: Promise<void>;
}

/**
 * Starts the server with `env` added to this process's environment (PORT and HOST are set here)
 * and waits until `/api/health` answers. With `clock`, the server's time starts at that instant
 * (scripts/pinned-clock.ts), so what it computes does not depend on the day the tests run.
 */
export async function startServerProcess(
  env: Record<string, string>,
  options: {
    timeoutMs?: number;
    /** Run the server's clock from this instant (ISO 8601). */
    clock?: string;
  } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const pinned = options.clock ? ['--import', './scripts/pinned-clock.ts'] : [];
  if (options.clock) env = { ...env, LANTOA_TEST_CLOCK: options.clock };
  const child = spawn(process.execPath, [...pinned, 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const append = (chunk: Buffer) => {
    log += chunk.toString();
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  let done = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      done = true;
      resolve();
    }),
  );
  const stop = async () => {
    if (done) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (done) throw new Error(`The server exited before answering /api/health:\n${log}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok)
        return { baseUrl, port, child, output: () => log, stop, exited };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`The server did not answer /api/health in time:\n${log}`);
}
