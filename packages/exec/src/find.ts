// Finding an external program: the caller's explicit choice, else the program's environment
// variable, else its names on the search path (PATH, then the Debian directories it may live in).
import { delimiter } from 'node:path';
import which from 'which';
import type { Program } from './programs.ts';

/** Searched after PATH: a service started with a short PATH still finds Debian's programs. */
export const DEBIAN_DIRECTORIES: readonly string[] = ['/usr/local/bin', '/usr/bin', '/bin'];

export interface FindOptions {
  /** The caller's explicit choice (a path, or a name to look up); wins over the environment. */
  command?: string | undefined;
  /**
   * Where names are looked up, PATH-style. When given, it is the whole search (tests point it at an
   * empty directory to play "not installed"); by default PATH, then DEBIAN_DIRECTORIES and the
   * program's own directories.
   */
  searchPath?: string | undefined;
  /** Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The path of `program`, or null when it is not installed (or not executable). A command with a
 * slash is checked as it is; empty search-path entries are skipped, so nothing ever runs from the
 * current directory by accident.
 */
export async function findProgram(program: Program, options: FindOptions = {}): Promise<string | null> {
  const env = options.env ?? process.env;
  const chosen = options.command?.trim() || env[program.variable]?.trim();
  const names = chosen ? [chosen] : program.names;
  const directories = (
    options.searchPath === undefined
      ? [...(env.PATH ?? '').split(delimiter), ...DEBIAN_DIRECTORIES, ...(program.directories ?? [])]
      : options.searchPath.split(delimiter)
  ).filter(Boolean);
  const path = [...new Set(directories)].join(delimiter);
  for (const name of names) {
    if (!name.includes('/') && !path) continue;
    const found = await which(name, { path, nothrow: true });
    if (found !== null) return found;
  }
  return null;
}
