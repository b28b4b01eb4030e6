import type { overdue as overdueContract } from '@lantoa/api-contract/tasks';
import { foldVietnamese } from '@lantoa/domain';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { pinClock } from './support/clock.ts';
import { publishSample } from './support/factories.ts';
import { readEveryPage } from './support/paging.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

// The overdue list holds no hidden work: it pages on the server to its end, each filter narrows it
// and its total, and the whole filtered list downloads as a workbook.

// The day after a deadline, as the walkthrough of issue 22 found it.
const TODAY = '2026-12-02';
pinClock(`${TODAY}T09:00:00+07:00`);

type Page = z.output<typeof overdueContract>;
type Item = Page['items'][number];

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let hoaAn: string;
let provincialPlan: string;
let sonLaPlan: string;
/** The coordinator's whole unfiltered list, read page by page. */
let all: Item[];

const page = async (agent: Agent, query: string): Promise<Page> => {
  const res = await agent.get(`/api/overdue?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const readToTheEnd = (agent: Agent, filter: string, pageSize: number) =>
  readEveryPage<Item>(agent, '/api/overdue', filter, pageSize);

beforeAll(async () => {
  let admin: Agent;
  ({ t, admin, coordinator, focal } = await signedInApp({
    admin: 'admin',
    coordinator: 'tq.dieuphoi',
    focal: 'hoaan.daumoi',
  }));
  hoaAn = await bodyIdByCode(t.handle, '02353');
  provincialPlan = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  await publishSample(t, admin, '02353', 'hoa-an-2026.txt');
  sonLaPlan = (await publishSample(t, admin, '14', 'son-la-2025.txt')).planId;
  all = await readToTheEnd(coordinator, '', 200);
});
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

describe('the overdue list', () => {
  it('has more work than one page, and every item is past due and open', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.every((i) => i.dueOn < TODAY && i.daysLate >= 1)).toBe(true);
  });

  it('pages to the end oldest first, with no row twice and none skipped', async () => {
    const paged = await readToTheEnd(coordinator, '', 25);
    expect(paged.map((i) => i.occurrenceId)).toEqual(all.map((i) => i.occurrenceId));
    expect(new Set(paged.map((i) => i.occurrenceId)).size).toBe(paged.length);
    const dues = paged.map((i) => i.dueOn);
    expect(dues).toEqual([...dues].sort());
    const past = await page(coordinator, 'page=1000&pageSize=25');
    expect(past).toMatchObject({ items: [], total: all.length, today: TODAY });
  });

  it('keeps a body’s subtree, and the total follows', async () => {
    const paths = new Map(
      (await t.handle.db.selectFrom('bodies').select(['id', 'path']).execute()).map((b) => [b.id, b.path]),
    );
    const hoaAnPath = paths.get(hoaAn) as string;
    const expected = all.filter((i) => (paths.get(i.body.id) as string).startsWith(hoaAnPath));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    const kept = await readToTheEnd(coordinator, `bodyId=${hoaAn}`, 10);
    expect(kept.map((i) => i.occurrenceId)).toEqual(expected.map((i) => i.occurrenceId));
  });

  it('keeps one plan', async () => {
    const expected = all.filter((i) => i.plan.id === provincialPlan);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    const kept = await readToTheEnd(coordinator, `planId=${provincialPlan}`, 50);
    expect(kept.map((i) => i.occurrenceId)).toEqual(expected.map((i) => i.occurrenceId));
  });

  it('finds tasks by reference or title without diacritics, case or tone placement', async () => {
    // A word of a title with diacritics, typed plain, upper case, and with the old tone placement.
    const word = all
      .flatMap((i) => i.task.title.split(/\s+/))
      .find((w) => /^[\p{L}]{4,}$/u.test(w) && foldVietnamese(w) !== w.toLowerCase()) as string;
    expect(word).toBeDefined();
    const folded = foldVietnamese(word);
    const expected = all.filter((i) => foldVietnamese(`${i.task.ref} ${i.task.title}`).includes(folded));
    expect(expected.length).toBeLessThan(all.length);
    for (const typed of [folded, folded.toUpperCase(), word]) {
      const kept = await readToTheEnd(coordinator, `q=${encodeURIComponent(typed)}`, 50);
      expect(kept.map((i) => i.occurrenceId)).toEqual(expected.map((i) => i.occurrenceId));
    }
    // "Hoà" and "Hòa" (tone on the second or the first vowel) find the same tasks.
    const [oldStyle, newStyle] = await Promise.all(
      ['ho\u00e0', 'h\u00f2a'].map((q) => page(coordinator, `q=${encodeURIComponent(q)}&pageSize=200`)),
    );
    expect(oldStyle?.total).toBe(newStyle?.total);
    // Words in any order, each required; a reference finds its task.
    const ref = all[0]?.task.ref as string;
    const byRef = await readToTheEnd(coordinator, `q=${encodeURIComponent(ref)}`, 200);
    expect(byRef.some((i) => i.task.ref === ref)).toBe(true);
    expect((await page(coordinator, 'q=khongcotu%20nao')).total).toBe(0);
  });

  it('keeps leads or partners, and the two make the whole', async () => {
    const leads = await readToTheEnd(coordinator, 'role=lead', 200);
    const partners = await readToTheEnd(coordinator, 'role=partner', 200);
    expect(leads.every((i) => i.role === 'lead')).toBe(true);
    expect(partners.every((i) => i.role === 'partner')).toBe(true);
    expect(leads.length + partners.length).toBe(all.length);
  });

  it('keeps work at least so many days late', async () => {
    const days = all[Math.floor(all.length / 2)]?.daysLate as number;
    const expected = all.filter((i) => i.daysLate >= days);
    const kept = await readToTheEnd(coordinator, `minDaysLate=${days}`, 200);
    expect(kept.map((i) => i.occurrenceId)).toEqual(expected.map((i) => i.occurrenceId));
    expect(kept.every((i) => i.daysLate >= days)).toBe(true);
  });

  it('combines filters', async () => {
    const expected = all.filter((i) => i.plan.id === provincialPlan && i.role === 'lead');
    const kept = await readToTheEnd(coordinator, `planId=${provincialPlan}&role=lead`, 200);
    expect(kept.map((i) => i.occurrenceId)).toEqual(expected.map((i) => i.occurrenceId));
  });

  it('shows a commune its own work only', async () => {
    const own = await readToTheEnd(focal, '', 200);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((i) => i.body.id === hoaAn || i.plan.id !== provincialPlan)).toBe(true);
  });

  it('answers 404 for another province’s body or plan, as for a missing one', async () => {
    const sonLaProvince = await bodyIdByCode(t.handle, '14');
    for (const url of ['/api/overdue', '/api/overdue.xlsx']) {
      for (const query of [`bodyId=${sonLaProvince}`, `planId=${sonLaPlan}`]) {
        const res = await coordinator.get(`${url}?${query}`);
        expect(res.statusCode, `${url}?${query}`).toBe(404);
        expect(res.json().error.code).toBe('not_found');
      }
    }
  });

  it('refuses parameters it cannot read, in Vietnamese, naming the field', async () => {
    for (const [query, field] of [
      ['role=boss', 'role'],
      ['minDaysLate=0', 'minDaysLate'],
      ['minDaysLate=abc', 'minDaysLate'],
      ['bodyId=abc', 'bodyId'],
      ['planId=abc', 'planId'],
      ['pageSize=1000', 'pageSize'],
      ['page=0', 'page'],
      [`q=${'x'.repeat(201)}`, 'q'],
    ] as const) {
      for (const url of ['/api/overdue', '/api/overdue.xlsx']) {
        if (url.endsWith('.xlsx') && field.startsWith('page')) continue;
        const res = await coordinator.get(`${url}?${query}`);
        expect(res.statusCode, `${url}?${query}`).toBe(400);
        expect(res.json().error).toMatchObject({ code: 'invalid_input', field });
        expect(res.json().error.message).toMatch(/[àáảãạăâđêôơư]/);
      }
    }
  });
});

describe('the overdue workbook', () => {
  /** The workbook's first sheet, read back from the bytes the route sent. */
  async function download(query: string) {
    const res = await coordinator.get(`/api/overdue.xlsx?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain(`qua-han-${TODAY}.xlsx`);
    const wb = await workbookOf(res);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const cells = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    const header = cells(5);
    const rows: unknown[][] = [];
    for (let n = 6; n <= ws.rowCount; n++) rows.push(cells(n));
    return {
      ws,
      title: String(ws.getCell('A1').value),
      filters: String(ws.getCell('A2').value),
      header,
      rows,
    };
  }

  it('holds the whole list, not one page, under a title with the day and no filter', async () => {
    const book = await download('');
    expect(book.title).toBe('Nhiệm vụ quá hạn chưa hoàn thành đến ngày 02/12/2026');
    expect(book.filters).toMatch(/^Không lọc/);
    expect(book.header).toEqual([
      'Hạn',
      'Kỳ',
      'Số ngày quá hạn',
      'Cơ quan, đơn vị',
      'Vai trò',
      'Kế hoạch số',
      'Mục',
      'Nhiệm vụ',
    ]);
    expect(book.rows).toHaveLength(all.length);
    const first = all[0] as Item;
    expect(book.rows[0]).toEqual([
      new Date(`${first.dueOn}T00:00:00Z`),
      first.label,
      first.daysLate,
      first.body.name,
      first.role === 'lead' ? 'Chủ trì' : 'Phối hợp',
      first.plan.number ?? '',
      first.task.ref,
      first.task.title,
    ]);
    expect(book.ws.getCell('A6').numFmt).toBe('dd/mm/yyyy');
  });

  it('keeps the filters of the list and says them in its title', async () => {
    // Filters that keep some of a body's own work: a word of its title, its lateness, its role.
    const sample = all.find((i) => i.role === 'lead' && i.body.id !== all[0]?.body.id) as Item;
    const word = sample.task.title.split(/\s+/).sort((a, b) => b.length - a.length)[0] as string;
    const days = sample.daysLate;
    const query = `bodyId=${sample.body.id}&role=lead&minDaysLate=${days}&q=${encodeURIComponent(word)}`;
    const listed = await readToTheEnd(coordinator, query, 200);
    expect(listed.length).toBeGreaterThan(0);
    const book = await download(query);
    expect(book.rows.map((r) => r[6])).toEqual(listed.map((i) => i.task.ref));
    expect(book.rows).toHaveLength(listed.length);
    expect(book.filters).toContain(`đơn vị: ${sample.body.name} và các đơn vị trực thuộc`);
    expect(book.filters).toContain('vai trò: chủ trì');
    expect(book.filters).toContain(`quá hạn từ ${days} ngày`);
    expect(book.filters).toContain(`«${word}»`);
  });
});
