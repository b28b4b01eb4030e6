// HAProxy from Debian (/usr/sbin/haproxy) on loopback in front of several server instances, for the
// multi-instance test (cluster/) and the quiz benchmark through two instances. The configuration it
// writes is the one docs/deploy.md gives operators (cluster/haproxy-config.test.ts keeps them in step).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLoopbackService } from './loopback-service.ts';
import { freePort } from './server-process.ts';

export const HAPROXY_COMMAND = process.env.LANTOA_HAPROXY_COMMAND ?? '/usr/sbin/haproxy';

export interface HaproxyBackend {
  host: string;
  port: number;
}

/**
 * The configuration: round robin over the instances, each checked on GET /api/live every second (a
 * killed instance is out after two failed checks, back after one good one); the client's address in
 * X-Forwarded-For (`option forwardfor`), which the servers believe from this proxy only
 * (LANTOA_TRUSTED_PROXIES). A request whose connection to an instance fails (refused: the instance is
 * down but not yet marked so) is sent to another one: safe for any method, since nothing reached the
 * server. A request already sent is never replayed: a POST might have been applied.
 */
export function haproxyConfig(options: {
  backends: HaproxyBackend[];
  bind: string;
  maxconn?: number;
}): string {
  const servers = options.backends.map(
    (backend, i) => `    server app${i + 1} ${backend.host}:${backend.port} check`,
  );
  return [
    'global',
    `    maxconn ${options.maxconn ?? 4096}`,
    '',
    'defaults',
    '    mode http',
    '    timeout connect 2s',
    '    timeout client 60s',
    '    timeout server 60s',
    '    timeout http-request 10s',
    '    timeout http-keep-alive 10s',
    '',
    'frontend lantoa',
    `    bind ${options.bind}`,
    '    option forwardfor',
    '    default_backend lantoa_servers',
    '',
    'backend lantoa_servers',
    '    balance roundrobin',
    '    option httpchk GET /api/live',
    '    http-check expect status 200',
    '    default-server inter 1s fall 2 rise 1',
    '    retries 2',
    '    option redispatch 1',
    '    retry-on conn-failure',
    ...servers,
    '',
  ].join('\n');
}

export interface RunningHaproxy {
  port: number;
  config: string;
  stop(): Promise<void>;
}

/** Starts HAProxy in the foreground on 127.0.0.1 (a free port unless given); stopped with `stop()`. */
export async function startHaproxy(options: {
  backends: { host: string; port: number }[];
  port?: number;
}): Promise<RunningHaproxy> {
  if (!existsSync(HAPROXY_COMMAND))
    throw new Error(`HAProxy not found at ${HAPROXY_COMMAND}: apt-get install haproxy`);
  const port = options.port ?? (await freePort());
  const config = haproxyConfig({ backends: options.backends, bind: `127.0.0.1:${port}` });
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-haproxy-'));
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, config);
  try {
    // -db: foreground, no daemon; -W is not needed without reloads.
    const service = await startLoopbackService({
      name: 'HAProxy',
      command: HAPROXY_COMMAND,
      args: ['-db', '-f', file],
      ready: () => listening(port),
      killAfterMs: 5_000,
    });
    return {
      port,
      config,
      stop: async () => {
        await service.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
