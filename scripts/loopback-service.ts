// A program from Debian run in the foreground for tests and benchmarks (HAProxy, redis-server): its
// output kept (the last 20 KB) to explain a failed start, and a start that waits until it answers.
import { type ChildProcess, spawn } from 'node:child_process';

export interface LoopbackService {
  /** Stops the program (SIGTERM, SIGKILL after `killAfterMs`); resolved once it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts `command` and resolves once `ready()` answers true (polled every 50 ms for 10 s); throws with
 * the program's output if it exits first or never gets ready.
 */
export async function startLoopbackService(options: {
  name: string;
  command: string;
  args: string[];
  ready: () => Promise<boolean>;
  /** 0: SIGKILL at once (a throw-away server with nothing to keep). */
  killAfterMs: number;
}): Promise<LoopbackService> {
  const child: ChildProcess = spawn(options.command, options.args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const stop = async () => {
    if (exited) return;
    child.kill(options.killAfterMs > 0 ? 'SIGTERM' : 'SIGKILL');
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    await exit;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${options.name} exited at start:\n${log}`);
    if (await options.ready()) return { stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`${options.name} did not get ready in time:\n${log}`);
}
