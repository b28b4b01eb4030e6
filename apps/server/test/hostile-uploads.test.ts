// Uploads never stall or exhaust the server (security review findings 7, 8, 13, 14, 17, 18, 19):
// every upload route refuses an oversized file with 413 and keeps nothing (also when the limit falls
// on a chunk boundary, which used to be truncated and acknowledged); evidence gets the library's
// content inspection; hostile plan documents and workbooks are refused with a message; a plan's text
// is capped; the template import never changes a report submitted while it was being read.
import { Readable } from 'node:stream';
import { grantsOf, toGrants } from '@lantoa/db';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  deflatedRun,
  docxWith,
  encryptedPdf,
  fakePng,
  latin1,
  pdfWithOpenAction,
  pixelBomb,
  png,
  xlsxWithSheet,
} from '../../../packages/media/test/hostile-files.ts';
import { loadConfig } from '../src/config.ts';
import type { Context } from '../src/http/context.ts';
import { storeFile } from '../src/use-cases/files/store-file.ts';
import { importTemplate } from '../src/use-cases/reports/import-template.ts';
import { publishSample } from './support/factories.ts';
import {
  type Agent,
  bodyIdByCode,
  multipart,
  signedInApp,
  type TestApp,
  userIdByName,
} from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

const MB = 1024 * 1024;
const MAX_UPLOAD = MB;

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let viewer: Agent;
let province: string;
let hoaAn: string;
let occurrenceId: string;
let periodId: string;
let indicatorId: string;

/** A PDF whose opening action is JavaScript behind a name escape (/J#61vaScript). */
const pdfWithHexJs = () => pdfWithOpenAction('<< /S /J#61vaScript /JS (app.alert(1)) >>');

async function counts() {
  const count = async (table: 'files' | 'plan_imports' | 'evidence' | 'library_items' | 'quiz_questions') =>
    Number(
      (
        await t.handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    files: await count('files'),
    planImports: await count('plan_imports'),
    evidence: await count('evidence'),
    library: await count('library_items'),
    questions: await count('quiz_questions'),
  };
}

const send = (agent: Agent, url: string, fields: Record<string, string>, name: string, content: Uint8Array) =>
  agent.request({
    method: 'POST',
    url,
    ...multipart(fields, { name, type: 'application/octet-stream', content }),
  });

beforeAll(async () => {
  // Dates of the sample plan's second half-year: the report period is open, whatever today is.
  vi.setSystemTime(new Date('2026-09-10T10:00:00+07:00'));
  const defaults = loadConfig({});
  ({ t, coordinator, focal, viewer } = await signedInApp(
    { coordinator: 'tq.dieuphoi', focal: 'hoaan.daumoi', viewer: 'tq.lanhdao' },
    {
      maxPlanBytes: 4 * MB,
      maxEvidenceBytes: MAX_UPLOAD,
      uploadLimits: {
        ...defaults.uploadLimits,
        maxImageBytes: MAX_UPLOAD,
        maxDocumentBytes: MAX_UPLOAD,
        maxAudioBytes: MAX_UPLOAD,
        maxVideoBytes: MAX_UPLOAD,
      },
    },
  ));
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  const planId = (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  const item = (await focal.get('/api/my-tasks')).json().items[0];
  occurrenceId = (await focal.get(`/api/assignments/${item.assignmentId}`)).json().occurrences[0].id;
  periodId = (await coordinator.get(`/api/plans/${planId}/periods`))
    .json()
    .items.find((p: { key: string }) => p.key === '2026-H2').id;
  indicatorId = (await coordinator.get(`/api/plans/${planId}/indicators`))
    .json()
    .items.find((i: { source: string }) => i.source === 'reported').id;
}, 300_000);
afterAll(async () => {
  await t?.close();
  vi.useRealTimers();
});

describe('size limits, enforced while streaming', () => {
  it('refuses an oversized file with 413 on every upload route and keeps nothing', async () => {
    const before = await counts();
    const tenMb = 10 * MB;
    const cases: [string, Record<string, string>, string, number][] = [
      ['/api/plan-imports', { bodyId: province }, 'ke-hoach.docx', 4 * MB + 1],
      [`/api/occurrences/${occurrenceId}/evidence`, {}, 'bao-cao.pdf', MAX_UPLOAD + 1],
      ['/api/library/items', { title: 'Tờ rơi' }, 'to-roi.pdf', MAX_UPLOAD + 1],
      ['/api/quiz/questions/import', { bodyId: province }, 'cau-hoi.xlsx', tenMb + 1],
      [`/api/periods/${periodId}/template`, {}, 'so-lieu.xlsx', tenMb + 1],
    ];
    for (const [url, fields, name, size] of cases) {
      const agent = url.includes('evidence') || url.includes('library') ? focal : coordinator;
      const res = await send(agent, url, fields, name, new Uint8Array(size).fill(0x25));
      expect([url, res.statusCode]).toEqual([url, 413]);
      expect(res.json().error.message).toMatch(/Hãy/);
    }
    expect(await counts()).toEqual(before);
  });

  it('never acknowledges a truncated file when the limit falls exactly on a chunk boundary', async () => {
    const before = await counts();
    const boundary = '----lantoa-boundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bao-cao.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    // The first chunk ends exactly at the limit; the rest of the file comes in the next one.
    const chunks = [
      Buffer.concat([head, Buffer.alloc(MAX_UPLOAD, 0x25)]),
      Buffer.concat([Buffer.alloc(64 * 1024, 0x25), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    ];
    const res = await focal.request({
      method: 'POST',
      url: `/api/occurrences/${occurrenceId}/evidence`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Readable.from(chunks),
    });
    expect(res.statusCode).toBe(413);
    expect(await counts()).toEqual(before);
  });
});

describe('evidence gets the same content inspection as library items', () => {
  const evidence = (name: string, content: Uint8Array) =>
    send(focal, `/api/occurrences/${occurrenceId}/evidence`, {}, name, content);

  it('refuses a PNG that is HTML, a PDF with script, an encrypted PDF and pixel bombs', async () => {
    const before = await counts();
    const fake = fakePng('<html><script>alert(1)</script>');
    const refusals: [string, Uint8Array, number][] = [
      ['fake.png', fake, 415],
      ['fake.html.pdf', latin1('<!doctype html><html><script>alert(1)</script></html>'), 415],
      ['pdf-js-hexname.pdf', pdfWithHexJs(), 400],
      ['pdf-encrypted.pdf', encryptedPdf(), 400],
      ['pixelbomb-30000.png', await pixelBomb(30_000, 30_000), 413],
      ['pixel-9990.png', await pixelBomb(9990, 9990), 413],
    ];
    for (const [name, content, status] of refusals) {
      const res = await evidence(name, content);
      expect([name, res.statusCode]).toEqual([name, status]);
      expect(res.json().error).toMatchObject({ field: 'file', message: expect.stringMatching(/Hãy/) });
    }
    expect(await counts()).toEqual(before);
  });

  it('keeps real pictures and office files under their real type, showing only safe pictures inline', async () => {
    const picture = await evidence('ảnh minh chứng.PNG', await png(40, 30));
    expect(picture.statusCode).toBe(201);
    expect(picture.json().evidence.file).toMatchObject({
      name: 'ảnh minh chứng.png',
      mediaType: 'image/png',
    });
    const shown = await focal.get(`/api/files/${picture.json().evidence.file.id}`);
    expect([shown.headers['content-type'], String(shown.headers['content-disposition'])]).toEqual([
      'image/png',
      expect.stringMatching(/^inline/),
    ]);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Số liệu').addRow(['Thôn', 'Số hộ']);
    const sheet = await evidence('so-lieu.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(sheet.statusCode).toBe(201);
    expect(sheet.json().evidence.file.mediaType).toMatch(/spreadsheetml/);
    // A pixel bomb stored before inspection existed downloads instead of being shown.
    const stored = await storeFile(t.handle.db, t.files, hoaAn, null, {
      name: 'cu.png',
      mediaType: 'image/png',
      bytes: await pixelBomb(30_000, 30_000),
    });
    const old = await focal.get(`/api/files/${stored.id}`);
    expect([old.headers['content-type'], String(old.headers['content-disposition'])]).toEqual([
      'application/octet-stream',
      expect.stringMatching(/^attachment/),
    ]);
  });
});

describe('plan documents', () => {
  it('refuses at upload a docx whose text part is 20 MB, one that lies about its size, and a PDF with script', async () => {
    const before = await counts();
    const paragraphs: string[] = [];
    for (let i = 0, size = 0; size < 20 * MB; i++) {
      const p = `<w:p><w:r><w:t>Nhiệm vụ ${i} của đơn vị ${(i * 7919) % 997}</w:t></w:r></w:p>`;
      paragraphs.push(p);
      size += p.length;
    }
    const honest = docxWith(`<w:document><w:body>${paragraphs.join('')}</w:body></w:document>`);
    expect(honest.length).toBeLessThan(4 * MB);
    const long = await send(coordinator, '/api/plan-imports', { bodyId: province }, 'ke-hoach.docx', honest);
    expect(long.statusCode).toBe(413);
    expect(long.json().error.message).toMatch(/quá dài.*Hãy/);
    const lying = docxWith({ ...deflatedRun(1024, 0x20), size: 2000 });
    const bomb = await send(coordinator, '/api/plan-imports', { bodyId: province }, 'lying-1gib.docx', lying);
    expect(bomb.statusCode).toBe(400);
    const script = await send(
      coordinator,
      '/api/plan-imports',
      { bodyId: province },
      'ke-hoach.pdf',
      pdfWithHexJs(),
    );
    expect(script.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('reads plans in a worker and fails an import whose text is too long, storing none of it', async () => {
    const text = `KẾ HOẠCH\n${'Tuyên truyền về chuyển đổi số tại các thôn, bản. '.repeat(50_000)}`;
    const res = await send(
      coordinator,
      '/api/plan-imports',
      { bodyId: province },
      'dai.txt',
      new TextEncoder().encode(text),
    );
    expect(res.statusCode).toBe(202);
    await t.worker.idle();
    const row = await t.handle.db
      .selectFrom('plan_imports')
      .select(['status', 'error', 'text'])
      .where('id', '=', res.json().import.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', text: null });
    expect(row.error).toMatch(/quá dài.*Hãy/);
  });
});

describe('question bank', () => {
  const importBook = (content: Uint8Array) =>
    send(coordinator, '/api/quiz/questions/import', { bodyId: province }, 'cau-hoi.xlsx', content);

  it('refuses a workbook that inflates to a gigabyte of whitespace, and one of too many rows, quickly', async () => {
    const before = await counts();
    const started = Date.now();
    const whitespace = await importBook(xlsxWithSheet({ ...deflatedRun(1024, 0x20), size: 4000 }));
    expect(whitespace.statusCode).toBe(400);
    const rows: string[] = [];
    for (let i = 1; i <= 30_000; i++)
      rows.push(`<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>x</t></is></c></row>`);
    const many = await importBook(
      xlsxWithSheet(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`),
    );
    expect(many.statusCode).toBe(413);
    expect(many.json().error.message).toMatch(/quá nhiều dòng/);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await counts()).toEqual(before);
  });

  it('refuses a question with two options under the same letter (finding 19)', async () => {
    const res = await coordinator.post('/api/quiz/questions', {
      bodyId: province,
      topic: 'Nghị quyết 57',
      difficulty: 1,
      text: 'Câu hỏi có hai phương án A?',
      explanation: '',
      options: [
        { key: 'A', text: 'Một', correct: true },
        { key: 'A', text: 'Hai', correct: false },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/cùng mang chữ «A»/);
  });
});

describe('the Excel template import', () => {
  async function filledTemplate(numerator: number) {
    const template = await coordinator.get(`/api/periods/${periodId}/template.xlsx`);
    const book = await workbookOf(template);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === hoaAn && row.getCell(3).value === indicatorId) {
        row.getCell(5).value = numerator;
        row.getCell(6).value = 1000;
      }
    });
    return new Uint8Array(await book.xlsx.writeBuffer());
  }

  const hoaAnValue = async () =>
    (await focal.get(`/api/periods/${periodId}/reports/${hoaAn}`))
      .json()
      .indicators.find((i: { id: string }) => i.id === indicatorId).value;

  it('does not change a report submitted while the file was being read (finding 13)', async () => {
    const saved = await focal.request({
      method: 'PUT',
      url: `/api/periods/${periodId}/reports/${hoaAn}`,
      payload: { values: [{ indicatorId, numerator: 1, denominator: 1000 }], version: 0 },
    });
    expect(saved.statusCode).toBe(200);
    const file = await filledTemplate(900);
    const userId = await userIdByName(t.handle, 'tq.dieuphoi');
    const grants = toGrants((await grantsOf(t.handle.db, [userId])).get(userId) ?? []);
    // The submit lands after the import has read the report as a draft, just before it writes.
    let submitted = 0;
    const racingDb = new Proxy(t.handle.db, {
      get(target, property) {
        if (property !== 'transaction') {
          // Kysely's private fields need the real instance as `this`.
          const value = Reflect.get(target, property);
          return typeof value === 'function' ? value.bind(target) : value;
        }
        return () => ({
          execute: async (work: (trx: Kysely<never>) => Promise<unknown>) => {
            const submit = await focal.post(`/api/periods/${periodId}/reports/${hoaAn}/submit`, {
              version: saved.json().version,
            });
            submitted = submit.statusCode;
            return target.transaction().execute(work as never);
          },
        });
      },
    });
    const { body_id } = await t.handle.db
      .selectFrom('users')
      .select('body_id')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    const ctx = { db: racingDb, actor: { userId, bodyId: body_id, grants } } as Context;
    const result = await importTemplate(ctx, periodId, {
      name: 'mau.xlsx',
      mediaType: 'application/octet-stream',
      bytes: file,
    });
    expect(submitted).toBe(200);
    expect(result.saved).toBe(0);
    expect(result.skipped).toBe(1);
    expect(result.errors).toEqual([
      expect.objectContaining({ field: 'bodyId', message: expect.stringMatching(/đã gửi/) }),
    ]);
    expect(await hoaAnValue()).toMatchObject({ numerator: 1, denominator: 1000 });
    const report = await t.handle.db
      .selectFrom('reports')
      .select(['status'])
      .where('period_id', '=', periodId)
      .where('body_id', '=', hoaAn)
      .executeTakeFirstOrThrow();
    expect(report.status).toBe('submitted');
  });

  it('keeps its answer when submit and import really run together, and parses nothing for a viewer', async () => {
    const denied = await send(
      viewer,
      `/api/periods/${periodId}/template`,
      {},
      'so-lieu.xlsx',
      await filledTemplate(5),
    );
    expect(denied.statusCode).toBe(404);
    // Hòa An's report is submitted: an import beside a review never moves its value.
    const [imported] = await Promise.all([
      send(coordinator, `/api/periods/${periodId}/template`, {}, 'so-lieu.xlsx', await filledTemplate(777)),
      coordinator.get(`/api/periods/${periodId}/reports/${hoaAn}`),
    ]);
    expect(imported.statusCode).toBe(200);
    expect(imported.json().saved).toBe(0);
    expect(await hoaAnValue()).toMatchObject({ numerator: 1 });
  });
});
