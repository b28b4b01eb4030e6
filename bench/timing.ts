// How the benchmarks time a call: a few warm-up runs, then `rounds` timed runs, their median and 95th
// percentile printed in milliseconds and answered for the JSON line.

/** The value below which a share `q` of the samples fall. */
export const quantile = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

/** Milliseconds to two decimals. */
export const ms = (n: number): number => Math.round(n * 100) / 100;

export async function measure(
  label: string,
  run: () => Promise<unknown>,
  { rounds, warmups = 3 }: { rounds: number; warmups?: number },
): Promise<{ p50_ms: number; p95_ms: number }> {
  for (let i = 0; i < warmups; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  const result = { p50_ms: ms(quantile(times, 0.5)), p95_ms: ms(quantile(times, 0.95)) };
  console.log(`  ${label.padEnd(40)} p50 ${result.p50_ms} ms   p95 ${result.p95_ms} ms`);
  return result;
}
