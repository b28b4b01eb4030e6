// `npm run bench -- plan-parse`: ms per document (median, p95) for .txt, .docx and .pdf plans and
// documents per second; the samples are converted to .docx/.pdf once at the start.
import { readFileSync } from 'node:fs';
import { parsePlanFile } from '../packages/plan-parser/src/index.ts';
import { buildSampleFiles, SAMPLES } from '../packages/plan-parser/test/fixtures.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const { files } = await buildSampleFiles();
const formats = ['txt', 'docx', 'pdf'] as const;

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const round = (n: number): number => Math.round(n * 100) / 100;

const results: Record<string, { median_ms: number; p95_ms: number; docs_per_s: number; kb: number }> = {};
for (const format of formats) {
  const inputs = SAMPLES.map(
    (n) => new Uint8Array(readFileSync((files[n] as Record<string, string>)[format] as string)),
  );
  for (const bytes of inputs) await parsePlanFile(bytes); // warm-up
  const times: number[] = [];
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    for (const bytes of inputs) {
      const t = performance.now();
      await parsePlanFile(bytes);
      times.push(performance.now() - t);
    }
  }
  const total = performance.now() - t0;
  const kb = inputs.reduce((s, b) => s + b.length, 0) / inputs.length / 1024;
  results[format] = {
    median_ms: round(quantile(times, 0.5)),
    p95_ms: round(quantile(times, 0.95)),
    docs_per_s: round((times.length / total) * 1000),
    kb: round(kb),
  };
  console.log(
    `${format.padEnd(5)} median ${results[format].median_ms} ms  p95 ${results[format].p95_ms} ms  ${results[format].docs_per_s} docs/s  (avg ${results[format].kb} KB, ${times.length} runs)`,
  );
}

// The goal: a 35 KB text plan in under 50 ms.
const big = new Uint8Array(readFileSync((files['son-la-2025'] as Record<string, string>).txt as string));
const bigTimes: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const t = performance.now();
  await parsePlanFile(big);
  bigTimes.push(performance.now() - t);
}
const bigMedian = round(quantile(bigTimes, 0.5));
console.log(
  `35 KB text plan (son-la-2025.txt, ${round(big.length / 1024)} KB): median ${bigMedian} ms (goal < 50 ms)`,
);
console.log(
  JSON.stringify({ bench: 'plan-parse', rounds: ROUNDS, formats: results, txt35kb_median_ms: bigMedian }),
);
