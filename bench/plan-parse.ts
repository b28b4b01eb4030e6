// `npm run bench -- plan-parse`: each sample plan as .txt, .docx and .pdf with its time (median) and
// its score against the hand-made answer (the official scorer), the mean score per format and over
// all; then ms per document (median, p95) and documents per second per format. The samples are
// converted to .docx/.pdf once at the start.
import { readFileSync } from 'node:fs';
import { parsePlanFile } from '../packages/plan-parser/src/index.ts';
import { buildSampleFiles, SAMPLES, scoreAgainstGold } from '../packages/plan-parser/test/fixtures.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const { files } = await buildSampleFiles();
const formats = ['txt', 'docx', 'pdf'] as const;

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const round = (n: number): number => Math.round(n * 100) / 100;

// Each document: its time and its score.
const documents: { name: string; format: string; median_ms: number; score: number }[] = [];
for (const name of SAMPLES) {
  for (const format of formats) {
    const bytes = new Uint8Array(readFileSync((files[name] as Record<string, string>)[format] as string));
    const extract = await parsePlanFile(bytes);
    const times: number[] = [];
    for (let r = 0; r < Math.min(ROUNDS, 10); r++) {
      const t = performance.now();
      await parsePlanFile(bytes);
      times.push(performance.now() - t);
    }
    const score = round(scoreAgainstGold(extract, name));
    documents.push({ name, format, median_ms: round(quantile(times, 0.5)), score });
    console.log(
      `${`${name}.${format}`.padEnd(24)} ${String(round(quantile(times, 0.5))).padStart(7)} ms  score ${score}`,
    );
  }
}
const mean = (xs: number[]): number => round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
const meanScore = Object.fromEntries(
  formats.map((f) => [f, mean(documents.filter((d) => d.format === f).map((d) => d.score))]),
);
const overallScore = mean(documents.map((d) => d.score));
console.log(`mean score: ${formats.map((f) => `${f} ${meanScore[f]}`).join(', ')}; over all ${overallScore}`);

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
  JSON.stringify({
    bench: 'plan-parse',
    rounds: ROUNDS,
    documents,
    mean_score: { ...meanScore, all: overallScore },
    formats: results,
    txt35kb_median_ms: bigMedian,
  }),
);
