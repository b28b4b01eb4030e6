// A throw-away Redis server from Debian (/usr/bin/redis-server) on a loopback port, for the tests of
// the rate limits' Redis store: nothing saved to disk, gone when stopped.
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { startLoopbackService } from './loopback-service.ts';
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
  const service = await startLoopbackService({
    name: 'redis-server',
    command: REDIS_SERVER_COMMAND,
    args: [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
    ],
    ready: () => answersPing(port),
    killAfterMs: 0,
  });
  return { url: `redis://127.0.0.1:${port}`, port, stop: service.stop };
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
