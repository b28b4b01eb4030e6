import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, bodyIdByCode, multipart, signedInApp, type TestApp } from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let province: string;

const question = {
  topic: 'Nghị quyết 57',
  difficulty: 1,
  text: 'Nghị quyết 57-NQ/TW được Bộ Chính trị ban hành ngày nào?',
  explanation: 'Ngày 22/12/2024.',
  options: [
    { key: 'A', text: '22/12/2024', correct: true },
    { key: 'B', text: '16/6/2025', correct: false },
    { key: 'C', text: '01/10/2024', correct: false },
  ],
};

beforeAll(async () => {
  ({ t, coordinator, focal } = await signedInApp({ coordinator: 'tq.dieuphoi', focal: 'hoaan.daumoi' }));
  province = await bodyIdByCode(t.handle, '08');
});
afterAll(async () => t?.close());

describe('the question bank', () => {
  it('adds, finds without diacritics, and edits a question with a version check', async () => {
    const created = await coordinator.post('/api/quiz/questions', {
      ...question,
      bodyId: province,
      code: 'NQ57-01',
    });
    expect(created.statusCode).toBe(201);
    const q = created.json();
    const found = (
      await coordinator.get(`/api/quiz/questions?bodyId=${province}&q=nghi%20quyet%20ban%20hanh`)
    ).json();
    expect(found.items.map((i: { code: string }) => i.code)).toEqual(['NQ57-01']);
    expect(found.topics).toEqual(['Nghị quyết 57']);
    const edit = { ...question, difficulty: 2, active: true, version: q.version };
    expect((await coordinator.patch(`/api/quiz/questions/${q.id}`, edit)).statusCode).toBe(200);
    expect((await coordinator.patch(`/api/quiz/questions/${q.id}`, edit)).statusCode).toBe(409);
    const dup = await coordinator.post('/api/quiz/questions', {
      ...question,
      bodyId: province,
      code: 'NQ57-01',
    });
    expect(dup.statusCode).toBe(409);
  });

  it('refuses a question without a correct option, naming the field', async () => {
    const bad = {
      ...question,
      options: question.options.map((o) => ({ ...o, correct: false })),
      bodyId: province,
    };
    const res = await coordinator.post('/api/quiz/questions', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'correct' });
  });

  it('exports the bank to Excel and imports it back, updating by code and listing bad rows', async () => {
    const exported = await coordinator.get(`/api/quiz/questions.xlsx?bodyId=${province}`);
    const book = await workbookOf(exported);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(2).getCell(1).value).toBe('NQ57-01');
    expect(sheet.getRow(2).getCell(11).value).toBe('A');
    sheet.getRow(2).getCell(4).value = 'Nghị quyết 57-NQ/TW ban hành ngày nào? (sửa)';
    sheet.addRow([
      '',
      'Chuyển đổi số',
      2,
      'Ngày Chuyển đổi số quốc gia là ngày nào?',
      '10/10',
      '1/10',
      '18/5',
      '',
      '',
      '',
      'A',
      '',
    ]);
    sheet.addRow(['', 'Chuyển đổi số', 1, 'Câu thiếu đáp án', 'Có', 'Không', '', '', '', '', '', '']);
    sheet.addRow(['', 'Chuyển đổi số', 1, 'Câu đáp án lạ', 'Có', 'Không', '', '', '', '', 'G', '']);
    const filled = new Uint8Array(await book.xlsx.writeBuffer());
    const res = await coordinator.request({
      method: 'POST',
      url: '/api/quiz/questions/import',
      ...multipart(
        { bodyId: province },
        { name: 'cau-hoi.xlsx', type: 'application/octet-stream', content: filled },
      ),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ created: 1, updated: 1 });
    expect(body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [4, 'correct'],
      [5, 'correct'],
    ]);
    const list = (await coordinator.get(`/api/quiz/questions?bodyId=${province}`)).json();
    expect(list.items).toHaveLength(2);
    expect(list.items.find((i: { code: string }) => i.code === 'NQ57-01').text).toMatch(/\(sửa\)$/);
  });

  it('keeps another organiser’s bank out of reach', async () => {
    expect((await focal.get(`/api/quiz/questions?bodyId=${province}`)).statusCode).toBe(404);
    const sonLa = await bodyIdByCode(t.handle, '14');
    expect((await coordinator.get(`/api/quiz/questions?bodyId=${sonLa}`)).statusCode).toBe(404);
  });
});
