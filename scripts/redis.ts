// A throw-away Redis server from Debian (/usr/bin/redis-server) on a loopback port, for the tests of
// the rate limits' Redis store: nothing saved to disk, gone when stopped.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { freePort } from './server-process.ts';

export const REDIS_SERVER_COMMAND = process.env.LANTOA_REDIS_SERVER_COMMAND ?? '/usr/bin/redis-server';

export interface RunningRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export const hasRedisServer = (): boolean => existsSync(REDIS_SERVER_COMMAND);

/** Starts redis-server on 127.0.0.1 (a free port unless given) and waits until it answers PING. */
export async function startRedis(options: { port?: number } = {}): Promise<RunningRedis> {
  if (!hasRedisServer())
    throw new Error(`redis-server not found at ${REDIS_SERVER_COMMAND}: apt-get install redis-server`);
  const port = options.port ?? (await freePort());
  const child: ChildProcess = spawn(
    REDIS_SERVER_COMMAND,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
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
    child.kill('SIGKILL');
    await exit;
  };
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`redis-server exited at start:\n${log}`);
    if (await answersPing(port)) return { url: `redis://127.0.0.1:${port}`, port, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`redis-server did not answer on port ${port} in time:\n${log}`);
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });
}
