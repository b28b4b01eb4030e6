// `npm run bench -- assistant`: the assistant's retrieval on a fresh demo database on PGlite (the
// three sample plans published, the demo's bulletins and library): the questions of
// assistant-questions.json asked through answerQuestion as the national administrator (who may read
// every plan, so look-alike passages of the other plans compete), recall@3 (a question is answered
// when one of its quotes is in one of the three best passages), the first question's time (which
// cuts every source), the median and p95 answer time after it, and the time of the check that keeps
// the passages current when nothing changed. JSON line last.
import { readFileSync } from 'node:fs';
import { seedDemoIfEmpty } from '../apps/server/src/seed/demo-data.ts';
import { demoContext } from '../apps/server/src/seed/demo-plans.ts';
import { answerQuestion } from '../apps/server/src/use-cases/assistant/answer-question.ts';
import { currentKnowledge } from '../apps/server/src/use-cases/assistant/visible-knowledge.ts';
import { migrateToLatest, openDatabase } from '../packages/db/src/index.ts';
import { foldVietnamese } from '../packages/domain/src/index.ts';
import { measure, ms, quantile } from './timing.ts';

interface BenchQuestion {
  question: string;
  expect: string[];
}

const { questions } = JSON.parse(
  readFileSync(new URL('./assistant-questions.json', import.meta.url), 'utf8'),
) as {
  questions: BenchQuestion[];
};
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const fold = (text: string) =>
  foldVietnamese(text)
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();

const handle = await openDatabase({ dataDir: 'memory://' });
try {
  await migrateToLatest(handle.db);
  let started = performance.now();
  await seedDemoIfEmpty(handle.db);
  console.log(`demo seeded in ${ms(performance.now() - started)} ms`);
  const ctx = await demoContext(handle.db, 'admin');

  started = performance.now();
  await answerQuestion(ctx, questions[0]?.question ?? 'chuyển đổi số');
  const firstMs = ms(performance.now() - started);
  const cut = await handle.db
    .selectFrom('knowledge_passages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  console.log(`first question (cuts every source): ${firstMs} ms, ${cut.n} passages`);

  let hits = 0;
  const misses: string[] = [];
  const times: number[] = [];
  for (const q of questions) {
    let answer = await answerQuestion(ctx, q.question);
    for (let round = 0; round < ROUNDS; round++) {
      const t = performance.now();
      answer = await answerQuestion(ctx, q.question);
      times.push(performance.now() - t);
    }
    const top = answer.passages.slice(0, 3).map((p) => fold(p.text));
    const hit = q.expect.some((quote) => top.some((text) => text.includes(fold(quote))));
    if (hit) hits++;
    else
      misses.push(
        `  miss: ${q.question}\n        got: ${answer.passages
          .slice(0, 3)
          .map((p) => `${p.title.slice(0, 30)} | ${p.section.slice(0, 60)}`)
          .join('\n             ')}`,
      );
  }
  // What keeping the passages current costs a question when nothing changed: the one query that
  // compares every readable source's state with its cut (the case for not cutting at publish).
  const refresh = await measure('refresh check (nothing changed)', () => currentKnowledge(ctx), {
    rounds: 30,
  });
  const recall = Math.round((hits / questions.length) * 1000) / 1000;
  const result = {
    bench: 'assistant',
    engine: 'pglite',
    questions: questions.length,
    recall_at_3: recall,
    first_question_ms: firstMs,
    passages: Number(cut.n),
    p50_ms: ms(quantile(times, 0.5)),
    p95_ms: ms(quantile(times, 0.95)),
    refresh_p50_ms: refresh.p50_ms,
  };
  for (const miss of misses) console.log(miss);
  console.log(
    `recall@3 ${recall} (${hits}/${questions.length})   answer p50 ${result.p50_ms} ms   p95 ${result.p95_ms} ms`,
  );
  console.log(JSON.stringify(result));
} finally {
  await handle.close();
}
