import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

// What belongs to the process rather than to one app: Node's own figures (memory, CPU, event loop,
// garbage collection) and the quiz group commit, whose batchers are module-level (one per database
// handle, not per app). They live in one registry per process that every app's /metrics prints after
// its own. Per app, collectDefaultMetrics would start a garbage-collection observer and an event-loop
// delay monitor for each app a test builds, none of them ever stopped; per process there is one of
// each (prom-client 15 runs no interval: it reads them when scraped).
const registry = new Registry();

/**
 * The quiz's group commits, observed wherever a batcher commits (observeQuizCommit). Module-level
 * histograms, not a set of live apps' collectors: a commit belongs to the database handle's batcher,
 * which may outlive or be shared by apps, so no app could claim it; in production there is one app
 * per process and the two are the same thing.
 */
export const quizCommitWrites = new Histogram({
  name: 'lantoa_quiz_commit_writes',
  help: 'Writes (answers, submissions) carried by one group commit of the quiz.',
  buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
  registers: [registry],
});
export const quizCommitSeconds = new Histogram({
  name: 'lantoa_quiz_commit_seconds',
  help: 'Seconds one group commit of quiz writes took to be durable.',
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  registers: [registry],
});

let defaultMetricsStarted = false;

/** The process's registry, Node's default metrics started in it on first use (only when scraped at all). */
export function processRegistry(): Registry {
  if (!defaultMetricsStarted) {
    defaultMetricsStarted = true;
    collectDefaultMetrics({ register: registry });
  }
  return registry;
}
