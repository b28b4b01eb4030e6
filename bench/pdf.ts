// `npm run bench -- pdf`: the consolidated report (.docx of a few pages: the sample report with 24
// indicators and its sections four times) converted to PDF through the long-lived LibreOffice: cold (the first conversion
// starts the office) and warm (the next ones, p50 and max over BENCH_ROUNDS), then one one-off
// conversion (a LibreOffice started for it alone, the fallback) for comparison. JSON line last.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildConsolidatedReportDocx,
  convertDocxToPdfOnce,
  PdfConverter,
} from '../packages/reports/src/index.ts';
import { sampleReport } from '../packages/reports/test/fixtures.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);

const base = sampleReport();
const report = sampleReport({
  indicators: Array.from({ length: 8 }, (_, round) =>
    base.indicators.map((indicator) => ({ ...indicator, name: `${indicator.name} (đợt ${round + 1})` })),
  ).flat(),
  sections: Array.from({ length: 4 }, (_, round) =>
    base.sections.map((s) => ({ ...s, heading: round ? `${s.heading} (phần ${round + 1})` : s.heading })),
  ).flat(),
});
const docx = await buildConsolidatedReportDocx(report);

const scratch = mkdtempSync(join(tmpdir(), 'lantoa-bench-pdf-'));
const pagesOf = (pdf: Uint8Array): number => {
  const file = join(scratch, 'bao-cao.pdf');
  writeFileSync(file, pdf);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
};
const ms = (n: number) => Math.round(n);
const timed = async (convert: () => Promise<Uint8Array>) => {
  const start = performance.now();
  const pdf = await convert();
  return { ms: performance.now() - start, pdf };
};

const converter = new PdfConverter();
let results: Record<string, number>;
try {
  const cold = await timed(() => converter.convert(docx));
  console.log(`cold (starts LibreOffice): ${ms(cold.ms)} ms, ${pagesOf(cold.pdf)} pages`);
  const warm: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) warm.push((await timed(() => converter.convert(docx))).ms);
  warm.sort((a, b) => a - b);
  const p50 = warm[Math.floor(warm.length / 2)] ?? 0;
  const max = warm.at(-1) ?? 0;
  console.log(`warm: p50 ${ms(p50)} ms, max ${ms(max)} ms over ${ROUNDS}`);
  const pair = await timed(
    async () => (await Promise.all([converter.convert(docx), converter.convert(docx)]))[0],
  );
  console.log(`two at once (queued): ${ms(pair.ms)} ms`);
  const once = await timed(() => convertDocxToPdfOnce(docx));
  console.log(`one-off (a LibreOffice per conversion, the fallback): ${ms(once.ms)} ms`);
  results = {
    pages: pagesOf(cold.pdf),
    docx_bytes: docx.length,
    cold_ms: ms(cold.ms),
    warm_p50_ms: ms(p50),
    warm_max_ms: ms(max),
    two_at_once_ms: ms(pair.ms),
    one_off_ms: ms(once.ms),
  };
} finally {
  await converter.close();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(JSON.stringify({ bench: 'pdf', rounds: ROUNDS, ...results }));
