import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BackupRefused } from './backup-refused.ts';

/** Debian installs each PostgreSQL major version's programs here (/usr/bin/pg_dump only picks one). */
const DEBIAN_POSTGRESQL = '/usr/lib/postgresql';

/**
 * PostgreSQL's pg_dump or pg_restore for a server of major version `serverMajor`: from
 * LANTOA_PG_BIN (a folder) when set, else Debian's newest version that is at least the server's
 * (an older pg_dump refuses a newer server). Refused with what to install otherwise.
 */
export function findPostgresProgram(
  name: 'pg_dump' | 'pg_restore',
  serverMajor: number,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const chosen = env.LANTOA_PG_BIN?.trim();
  if (chosen) {
    const path = join(chosen, name);
    if (existsSync(path)) return path;
    throw new BackupRefused(
      `Không thấy ${name} trong LANTOA_PG_BIN (${chosen}): hãy đặt thư mục chứa các chương trình của PostgreSQL. ` +
        `/ ${name} not found in LANTOA_PG_BIN.`,
    );
  }
  const versions = existsSync(DEBIAN_POSTGRESQL)
    ? readdirSync(DEBIAN_POSTGRESQL)
        .map(Number)
        .filter((version) => version >= serverMajor)
        .sort((a, b) => b - a)
    : [];
  for (const version of versions) {
    const path = join(DEBIAN_POSTGRESQL, String(version), 'bin', name);
    if (existsSync(path)) return path;
  }
  throw new BackupRefused(
    `Không tìm thấy ${name} của PostgreSQL ${serverMajor} trở lên: hãy cài gói postgresql-client-${serverMajor} ` +
      `(apt-get install postgresql-client-${serverMajor}) hoặc đặt LANTOA_PG_BIN. ` +
      `/ ${name} for PostgreSQL ${serverMajor} or newer not found.`,
  );
}

/**
 * A database URL for PostgreSQL's programs, and the environment that carries its password: a
 * password in the arguments would be visible to every user of the machine (ps).
 */
export function connectionForPrograms(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs a PostgreSQL program to its end; its error output becomes the error's message. */
export function runPostgresProgram(path: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      if (stderr.length < 16_384) stderr += text;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`${path} ${signal ? `killed (${signal})` : `exited with ${code}`}: ${stderr.trim()}`),
        );
    });
  });
}
