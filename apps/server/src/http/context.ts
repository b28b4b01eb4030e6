import type { DatabaseHandle } from '@lantoa/db';
import type { Actor } from '@lantoa/domain';
import type { Config } from '../config.ts';
import type { FileStorage } from '../files/storage.ts';

/** What every use case receives: the database and the signed-in actor. */
export interface Context {
  db: DatabaseHandle['db'];
  actor: Actor;
}

/** The job worker as a request sees it (jobs/worker.ts runs it): told to look for work now. */
export interface JobWorker {
  kick(): void;
}

export interface AppDeps {
  handle: DatabaseHandle;
  config: Config;
  version: string;
  /**
   * Where stored files' bytes live: routes hand it to the use cases that store or read them (through
   * `filesOf(deps)`, which opens the one `config.fileStorage` names when none is given here).
   */
  files?: FileStorage | undefined;
  /** The in-process job worker, kicked after an enqueue; absent where jobs run elsewhere. */
  worker?: JobWorker | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** "METHOD /url" of every route, for the access suites that must cover them all. */
    registeredRoutes: string[];
  }
  interface FastifyRequest {
    /** Set by the session hook for a signed-in request. */
    actor: Actor | null;
    sessionToken: string | null;
    csrfToken: string | null;
  }
}
