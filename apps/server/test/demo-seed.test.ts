import { questionProblems } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDemoLibrary } from '../src/seed/demo-broadcast.ts';
import { seedDemoPlans } from '../src/seed/demo-plans.ts';
import { seedDemoPublic } from '../src/seed/demo-public.ts';
import { DEMO_QUESTIONS } from '../src/seed/demo-questions.ts';
import { seedDemoQuiz } from '../src/seed/demo-quiz.ts';
import { seedDemoReports } from '../src/seed/demo-reports.ts';
import { pinClock } from './support/clock.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// The demo a new user opens: a question bank, a contest open on the day it is loaded with people's
// entries, and the communes' reports of the period in focus in every state. Loaded as on the
// browser tests' day, 20/11/2026 (the second half-year's reports are being collected).
pinClock('2026-11-20T09:00:00+07:00');

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoPlans(t.handle.db);
  await seedDemoLibrary(t.handle.db);
  await seedDemoReports(t.handle.db);
  await seedDemoQuiz(t.handle.db);
}, 300_000);
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

describe('the demo data', () => {
  it('has questions that can be used, each with one right answer and an explanation', () => {
    expect(DEMO_QUESTIONS.length).toBeGreaterThanOrEqual(30);
    for (const question of DEMO_QUESTIONS) {
      expect(questionProblems(question), question.code).toEqual([]);
      expect(
        question.options.filter((o) => o.correct),
        question.code,
      ).toHaveLength(1);
      expect(question.explanation.length, question.code).toBeGreaterThan(20);
    }
    expect(new Set(DEMO_QUESTIONS.map((q) => q.code)).size).toBe(DEMO_QUESTIONS.length);
  });

  it('opens a contest on the day it is loaded, round 1 in progress with submitted entries', async () => {
    const db = t.handle.db;
    expect((await db.selectFrom('quiz_questions').select('id').execute()).length).toBe(DEMO_QUESTIONS.length);
    const contest = await db.selectFrom('quiz_contests').selectAll().executeTakeFirstOrThrow();
    expect(contest.status).toBe('published');
    const now = new Date();
    const open = await db
      .selectFrom('quiz_rounds')
      .select('number')
      .where('contest_id', '=', contest.id)
      .where('opens_at', '<=', now)
      .where('closes_at', '>=', now)
      .executeTakeFirstOrThrow();
    expect(open.number).toBe(1);
    const attempts = await db.selectFrom('quiz_attempts').selectAll().execute();
    expect(attempts).toHaveLength(5);
    for (const attempt of attempts) {
      expect(attempt.submitted_at).toBeInstanceOf(Date);
      expect(attempt.submitted_at?.getTime()).toBeLessThan(now.getTime());
      expect(attempt.correct).toBeGreaterThanOrEqual(attempt.total - 3);
    }
    // Created through the use cases: on the audit trail.
    const audited = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['quiz_question.create', 'quiz_contest.create', 'quiz_contest.publish'])
      .execute();
    expect(audited).toHaveLength(DEMO_QUESTIONS.length + 2);
  });

  it('has the communes’ reports of the period in focus in every state, Hòa An’s left to its focal point', async () => {
    const db = t.handle.db;
    const reports = await db
      .selectFrom('reports as r')
      .innerJoin('reporting_periods as p', 'p.id', 'r.period_id')
      .innerJoin('bodies as b', 'b.id', 'r.body_id')
      .select(['r.status', 'r.review_comment', 'p.key', 'b.code', 'b.kind'])
      .execute();
    expect(new Set(reports.map((r) => r.key))).toEqual(new Set(['2026-H2']));
    const count = (status: string) => reports.filter((r) => r.status === status).length;
    expect([count('accepted'), count('submitted'), count('returned'), count('draft')]).toEqual([3, 2, 1, 2]);
    expect(reports.every((r) => r.kind === 'commune' && r.code !== '02353')).toBe(true);
    expect(reports.find((r) => r.status === 'returned')?.review_comment).toMatch(/bổ sung/);
    // Only the reports sent carry figures: the open ones leave the Excel template's rows blank.
    const withValues = await db
      .selectFrom('indicator_values as v')
      .innerJoin('reports as r', 'r.id', 'v.report_id')
      .select('r.status')
      .distinct()
      .execute();
    expect(new Set(withValues.map((r) => r.status))).toEqual(new Set(['accepted', 'submitted']));
  });

  it('publishes the province’s approved poster on its public home, as its coordinator would', async () => {
    await seedDemoPublic(t.handle.db);
    const posters = await t.handle.db
      .selectFrom('library_items')
      .select(['id', 'title', 'status', 'is_public'])
      .where('kind', '=', 'poster')
      .execute();
    expect(posters.length).toBeGreaterThan(0);
    expect(posters.every((p) => p.status === 'approved' && p.is_public)).toBe(true);
    const audited = await t.handle.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'library.update')
      .execute();
    expect(audited.map((a) => a.entity_id).sort()).toEqual(posters.map((p) => p.id).sort());
    const list = await t.app.inject({ method: 'GET', url: '/cong-khai/08/thu-vien' });
    expect(list.statusCode).toBe(200);
    for (const poster of posters) expect(list.body).toContain(`/cong-khai/08/thu-vien/${poster.id}`);
  });
});
