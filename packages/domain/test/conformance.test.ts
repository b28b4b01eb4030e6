import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type ConformancePlan,
  type ConformanceTarget,
  comparePlans,
  contentTokens,
  type PlanConformance,
  TARGET_MATCH_THRESHOLD,
  TASK_MATCH_THRESHOLD,
  textSimilarity,
} from '../src/plans/conformance.ts';

const SAMPLES = new URL('../../../samples/plans/', import.meta.url);

interface GoldPlan {
  targets: Omit<ConformanceTarget, 'id'>[];
  tasks: { ref: string; title: string }[];
}

/** Loads a gold plan and gives each target and task an id ("hoa-an/T1", "hoa-an/III.3"). */
function loadPlan(name: string): ConformancePlan {
  const gold = JSON.parse(readFileSync(new URL(`${name}.gold.json`, SAMPLES), 'utf8')) as GoldPlan;
  return {
    targets: gold.targets.map((t, i) => ({ ...t, id: `${name}/T${i + 1}` })),
    tasks: gold.tasks.map((t) => ({ id: `${name}/${t.ref}`, ref: t.ref, title: t.title })),
  };
}

function short(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

/** Prints the side-by-side table for human review. */
function printTable(label: string, result: PlanConformance): void {
  const lines = [`== ${label}`, 'targets:'];
  for (const row of result.targets) {
    const p = row.parent;
    const c = row.child;
    lines.push(
      `  ${row.status.padEnd(7)} ${row.similarity.toFixed(2)}  ${p.year} ${p.comparator}${p.value}${p.unit} ${short(p.text)}`,
      `                ${c ? `${c.year} ${c.comparator}${c.value}${c.unit} ${short(c.text)}` : '—'}`,
    );
  }
  lines.push(`extra child targets: ${result.extraChildTargets.map((t) => t.id).join(', ') || '—'}`, 'tasks:');
  for (const row of result.tasks) {
    lines.push(
      `  ${row.similarity.toFixed(2)}  ${row.parent.ref} ${short(row.parent.title)}`,
      `        ${row.child ? `${row.child.ref} ${short(row.child.title)}` : '— no counterpart'}`,
    );
  }
  lines.push(`summary: ${JSON.stringify(result.summary)}`);
  console.log(lines.join('\n'));
}

function target(
  id: string,
  text: string,
  value: number,
  options: Partial<Omit<ConformanceTarget, 'id' | 'text' | 'value'>> = {},
): ConformanceTarget {
  return { id, year: 2030, comparator: '>=', unit: '%', ...options, value, text };
}

function plan(targets: ConformanceTarget[], titles: string[] = []): ConformancePlan {
  return { targets, tasks: titles.map((title, i) => ({ id: `k${i + 1}`, ref: String(i + 1), title })) };
}

describe('comparePlans on Hòa An against Tuyên Quang', () => {
  const province = loadPlan('tuyen-quang-2026');
  const commune = loadPlan('hoa-an-2026');
  const result = comparePlans(province, commune);
  printTable('Tuyên Quang (parent) → Hòa An (child)', result);

  const childOf = (parentId: string) => result.targets.find((r) => r.parent.id === parentId);
  const taskChildOf = (parentRef: string) => result.tasks.find((r) => r.parent.ref === parentRef)?.child?.ref;

  it('gives one row per provincial target and task', () => {
    expect(result.targets.map((r) => r.parent.id)).toEqual(province.targets.map((t) => t.id));
    expect(result.tasks.map((r) => r.parent.id)).toEqual(province.tasks.map((t) => t.id));
  });

  it('pairs the 2030 trained-staff target and finds Hòa An more ambitious (100% against 70%)', () => {
    const row = childOf('tuyen-quang-2026/T6');
    expect(row?.parent.value).toBe(70);
    expect(row?.child?.id).toBe('hoa-an-2026/T5');
    expect(row?.child?.value).toBe(100);
    expect(row?.status).toBe('higher');
  });

  it('pairs the targets a reader would pair, at equal values', () => {
    // Officials informed in 2026, directives supplied, state-funded S&T work publicised, citizens reached.
    expect(childOf('tuyen-quang-2026/T1')?.child?.id).toBe('hoa-an-2026/T1');
    expect(childOf('tuyen-quang-2026/T3')?.child?.id).toBe('hoa-an-2026/T2');
    expect(childOf('tuyen-quang-2026/T4')?.child?.id).toBe('hoa-an-2026/T3');
    expect(childOf('tuyen-quang-2026/T5')?.child?.id).toBe('hoa-an-2026/T4');
    for (const id of ['T1', 'T3', 'T4', 'T5'])
      expect(childOf(`tuyen-quang-2026/${id}`)?.status).toBe('equal');
  });

  it('finds no commune counterpart for the press agencies target', () => {
    const row = childOf('tuyen-quang-2026/T2');
    expect(row?.status).toBe('missing');
    expect(row?.child).toBeNull();
    expect(row?.similarity).toBeLessThan(TARGET_MATCH_THRESHOLD);
    expect(result.extraChildTargets).toEqual([]);
  });

  it('pairs every provincial task with the commune task of the same number', () => {
    for (const row of result.tasks) {
      expect(row.child?.ref).toBe(row.parent.ref);
      expect(row.similarity).toBeGreaterThanOrEqual(TASK_MATCH_THRESHOLD);
    }
    // "Tổ chức Cuộc thi trực tuyến" ↔ "Phối hợp triển khai tham gia Cuộc thi trực tuyến".
    expect(taskChildOf('III.3')).toBe('III.3');
  });

  it('counts the summary', () => {
    expect(result.summary).toEqual({
      missingTargets: 1,
      lowerTargets: 0,
      higherTargets: 1,
      tasksWithoutCounterpart: 0,
    });
  });
});

describe('comparePlans on an unrelated parent (Sơn La against Hòa An)', () => {
  const sonLa = loadPlan('son-la-2025');
  const commune = loadPlan('hoa-an-2026');
  const result = comparePlans(sonLa, commune);
  printTable('Sơn La (unrelated parent) → Hòa An', result);

  it('leaves tasks on schools, businesses, scientists and foreign information without counterpart', () => {
    for (const ref of [
      'III.2.a',
      'III.2.b',
      'III.2.d',
      'III.3.a',
      'III.3.b',
      'III.4.b',
      'III.5.a',
      'III.5.c',
    ]) {
      const row = result.tasks.find((r) => r.parent.ref === ref);
      expect(row?.child, ref).toBeNull();
      expect(row?.similarity, ref).toBeLessThan(TASK_MATCH_THRESHOLD);
    }
    expect(result.summary.tasksWithoutCounterpart).toBeGreaterThanOrEqual(sonLa.tasks.length - 2);
  });

  it('never pairs the commune contest, training or conference tasks with Sơn La tasks', () => {
    const paired = new Set(result.tasks.map((r) => r.child?.ref).filter(Boolean));
    for (const ref of ['III.3', 'III.5', 'III.6']) expect(paired.has(ref), ref).toBe(false);
  });

  it('finds no commune counterpart for the plan-issuing target', () => {
    expect(result.targets[0]?.status).toBe('missing');
  });
});

describe('comparePlans on synthetic plans', () => {
  const trained = 'Ít nhất 70% cán bộ làm công tác truyền thông được tập huấn kỹ năng truyền thông số';
  const reached = 'Ít nhất 80% người dân tiếp cận thông tin qua hệ thống thông tin cơ sở';

  it('reports a provincial target the commune lacks as missing', () => {
    const result = comparePlans(plan([target('p1', trained, 70), target('p2', reached, 80)]), plan([]));
    expect(result.targets.map((r) => r.status)).toEqual(['missing', 'missing']);
    expect(result.summary.missingTargets).toBe(2);
  });

  it('reports a lower value', () => {
    const child = target(
      'c1',
      'Ít nhất 60% cán bộ làm công tác truyền thông trên địa bàn xã được tập huấn',
      60,
    );
    const result = comparePlans(plan([target('p1', trained, 70)]), plan([child]));
    expect(result.targets[0]?.child?.id).toBe('c1');
    expect(result.targets[0]?.status).toBe('lower');
    expect(result.summary.lowerTargets).toBe(1);
  });

  it('reads a lower ceiling as more ambitious for an at-most target', () => {
    const text = 'Tỷ lệ hộ dân chưa được tiếp cận thông tin cơ sở';
    const parent = target('p1', `Không quá 10% ${text}`, 10, { comparator: '<=' });
    const child = target('c1', `Không quá 5% ${text}`, 5, { comparator: '<=' });
    expect(comparePlans(plan([parent]), plan([child])).targets[0]?.status).toBe('higher');
  });

  it('never pairs targets in different units', () => {
    const parent = target('p1', 'Tổ chức ít nhất 10 lớp tập huấn kỹ năng truyền thông số', 10, {
      unit: 'lớp',
    });
    const child = target('c1', 'Tổ chức ít nhất 10 lớp tập huấn kỹ năng truyền thông số', 10, { unit: '%' });
    const result = comparePlans(plan([parent]), plan([child]));
    expect(result.targets[0]?.status).toBe('missing');
    expect(result.targets[0]?.similarity).toBe(0);
    expect(result.extraChildTargets.map((t) => t.id)).toEqual(['c1']);
  });

  it('assigns one to one, preferring the same year', () => {
    const parents = [target('p2026', trained, 50, { year: 2026 }), target('p2030', trained, 70)];
    const child = target('c2030', trained, 80);
    const result = comparePlans(plan(parents), plan([child]));
    expect(result.targets.map((r) => r.child?.id ?? null)).toEqual([null, 'c2030']);
    expect(result.targets.map((r) => r.status)).toEqual(['missing', 'higher']);
  });

  it('assigns each child task to one parent task only, the closest', () => {
    const result = comparePlans(
      plan(
        [],
        ['Tổ chức Cuộc thi trực tuyến tìm hiểu về Nghị quyết số 57-NQ/TW', 'Tổ chức các cuộc thi sáng tạo'],
      ),
      plan([], ['Phối hợp triển khai tham gia Cuộc thi trực tuyến']),
    );
    expect(result.tasks.map((r) => r.child?.id ?? null)).toEqual(['k1', null]);
    expect(result.summary.tasksWithoutCounterpart).toBe(1);
  });

  it('matches a shorter commune paraphrase of a task and keeps unrelated titles apart', () => {
    const training = 'Tổ chức tập huấn, bồi dưỡng nâng cao năng lực';
    expect(textSimilarity(training, 'Phối hợp tham gia tập huấn')).toBeGreaterThanOrEqual(
      TASK_MATCH_THRESHOLD,
    );
    expect(textSimilarity(training, 'Tổ chức hội nghị, hội thảo')).toBeLessThan(TASK_MATCH_THRESHOLD);
  });

  it('ignores place names, quantifiers and generic verbs when comparing', () => {
    expect(
      contentTokens('Ít nhất 80% người dân trên địa bàn tỉnh Tuyên Quang tiếp cận được thông tin'),
    ).toEqual(['nguoi', 'dan', 'tiep', 'can', 'thong', 'tin']);
    expect(contentTokens('Phối hợp tham gia các hội nghị, hội thảo xã hội hóa')).toEqual([
      'hoi',
      'nghi',
      'hoi',
      'thao',
      'xa',
      'hoi',
      'hoa',
    ]);
  });

  it('returns empty rows for empty plans', () => {
    const empty = comparePlans(plan([]), plan([]));
    expect(empty).toEqual({
      targets: [],
      extraChildTargets: [],
      tasks: [],
      summary: { missingTargets: 0, lowerTargets: 0, higherTargets: 0, tasksWithoutCounterpart: 0 },
    });
    const childOnly = comparePlans(plan([]), plan([target('c1', trained, 70)], ['Tổ chức hội nghị']));
    expect(childOnly.extraChildTargets.map((t) => t.id)).toEqual(['c1']);
    expect(childOnly.tasks).toEqual([]);
  });
});

describe('comparePlans with linked work', () => {
  const parent: ConformancePlan = {
    targets: [],
    tasks: [
      { id: 'p1', ref: '1', title: 'Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt' },
      { id: 'p2', ref: '2', title: 'Xây dựng chuyên mục tuyên truyền trên báo, đài' },
    ],
  };

  it('pairs a linked task with its parent whatever its title, and keeps it from any other', () => {
    const child: ConformancePlan = {
      targets: [],
      tasks: [
        // Worded like p1 but linked to p2 by the body that wrote it.
        {
          id: 'c1',
          ref: '1',
          title: 'Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt',
          parentId: 'p2',
        },
      ],
    };
    const { tasks, summary } = comparePlans(parent, child);
    expect(tasks.map((t) => [t.parent.id, t.child?.id ?? null])).toEqual([
      ['p1', null],
      ['p2', 'c1'],
    ]);
    expect(summary.tasksWithoutCounterpart).toBe(1);
  });

  it('still pairs unlinked tasks by their titles', () => {
    const child: ConformancePlan = {
      targets: [],
      tasks: [
        { id: 'c1', ref: '1', title: 'Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt của xã' },
      ],
    };
    expect(comparePlans(parent, child).tasks[0]?.child?.id).toBe('c1');
  });
});
