// How the benchmarks time a call: a few warm-up runs, then `rounds` timed runs, their median and 95th
// percentile printed in milliseconds and answered for the JSON line; and on which databases.
import { type DatabaseHandle, openDatabase } from '../packages/db/src/index.ts';
import { startLocalPostgres } from '../scripts/local-postgres.ts';

/** The value below which a share `q` of the samples fall. */
export const quantile = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

/** Milliseconds to two decimals. */
export const ms = (n: number): number => Math.round(n * 100) / 100;

/** Each round's milliseconds, after `warmups` rounds that are not counted. */
export async function timesOf(
  run: () => Promise<unknown>,
  { rounds, warmups }: { rounds: number; warmups: number },
): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times;
}

export async function measure(
  label: string,
  run: () => Promise<unknown>,
  { rounds, warmups = 3 }: { rounds: number; warmups?: number },
): Promise<{ p50_ms: number; p95_ms: number }> {
  const times = await timesOf(run, { rounds, warmups });
  const result = { p50_ms: ms(quantile(times, 0.5)), p95_ms: ms(quantile(times, 0.95)) };
  console.log(`  ${label.padEnd(40)} p50 ${result.p50_ms} ms   p95 ${result.p95_ms} ms`);
  return result;
}

/**
 * A benchmark run on the embedded database (PGlite, in memory), then on PostgreSQL: the server in
 * DATABASE_URL, or one started on this machine (skipped, with the reason, when neither is there).
 */
export async function onBothEngines<Result>(
  bench: (handle: DatabaseHandle, postgres: boolean) => Promise<Result>,
): Promise<{ pglite: Result; postgres: Result | { skipped: string } }> {
  const pglite = await openDatabase({ dataDir: 'memory://' });
  let embedded: Result;
  try {
    embedded = await bench(pglite, false);
  } finally {
    await pglite.close();
  }
  let local: Awaited<ReturnType<typeof startLocalPostgres>> | null = null;
  try {
    if (!process.env.DATABASE_URL) local = await startLocalPostgres();
    const server = await openDatabase({ databaseUrl: process.env.DATABASE_URL ?? local?.url ?? '' });
    try {
      return { pglite: embedded, postgres: await bench(server, true) };
    } finally {
      await server.close();
    }
  } catch (error) {
    return { pglite: embedded, postgres: { skipped: (error as Error).message } };
  } finally {
    local?.stop();
  }
}
