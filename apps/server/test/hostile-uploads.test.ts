// Uploads never stall or exhaust the server (security review findings 7, 8, 13, 14, 17, 18, 19):
// every upload route refuses an oversized file with 413 and keeps nothing (also when the limit falls
// on a chunk boundary, which used to be truncated and acknowledged); evidence gets the library's
// content inspection; hostile plan documents and workbooks are refused with a message; a plan's text
// is capped; the template import never changes a report submitted while it was being read.
import { Readable } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';
import { grantsOf, toGrants } from '@lantoa/db';
import ExcelJS from 'exceljs';
import { strToU8 } from 'fflate';
import type { Kysely } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.ts';
import type { Context } from '../src/http/context.ts';
import { importTemplate } from '../src/use-cases/reports/values-workbooks.ts';
import {
  type Agent,
  bodyIdByCode,
  createTestApp,
  multipart,
  publishSample,
  signIn,
  type TestApp,
  userIdByName,
} from './support/test-app.ts';

const MB = 1024 * 1024;
const MAX_UPLOAD = MB;

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let province: string;
let hoaAn: string;
let occurrenceId: string;
let periodId: string;
let indicatorId: string;

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const png = async (width = 40, height = 30) =>
  new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: { r: 9, g: 99, b: 199 } } })
      .png()
      .toBuffer(),
  );

/** A PDF of the given objects (object i is `i+1 0 obj`) with a valid xref table. */
function pdf(objects: string[], trailer = ''): Uint8Array {
  let out = '%PDF-1.5\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}
const PAGES = [
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>',
];
const pdfWithHexJs = () =>
  pdf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
    ...PAGES,
    '<< /S /J#61vaScript /JS (app.alert(1)) >>',
  ]);
const encryptedPdf = () =>
  pdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      ...PAGES,
      `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -44 >>`,
    ],
    '/Encrypt 4 0 R /ID [<01> <01>] ',
  );

/** A PNG whose header claims width × height (the pixel bomb's trick: a tiny file, a huge bitmap). */
async function pixelBomb(width: number, height: number) {
  const bytes = await png(1, 1);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  view.setUint32(29, crc32(bytes.subarray(12, 29)));
  return bytes;
}

/** A zip with entries whose central directory may lie about the inflated size. */
function zip(entries: { name: string; content?: string; deflated?: Uint8Array; declaredSize?: number }[]) {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = strToU8(e.content ?? '');
    const data = e.deflated ?? new Uint8Array(deflateRawSync(raw));
    const size = e.declaredSize ?? raw.length;
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    parts.push(local, data);
    central.push(cd);
    offset += local.length + data.length;
  }
  const cdSize = central.reduce((a, c) => a + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
}

/** Raw deflate of `megabytes` MB of one byte, by repeating a sync-flushed segment (cheap to build). */
function deflatedRun(megabytes: number, byte: number): Uint8Array {
  const segment = deflateRawSync(new Uint8Array(MB).fill(byte), { level: 9, finishFlush: 2 });
  return new Uint8Array(
    Buffer.concat([...Array.from({ length: megabytes }, () => segment), Buffer.from([3, 0])]),
  );
}

const DOCX_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const docxWith = (documentXml: string) =>
  zip([
    { name: '[Content_Types].xml', content: DOCX_TYPES },
    { name: 'word/document.xml', content: documentXml },
  ]);
const xlsxWithSheet = (sheet: { content?: string; deflated?: Uint8Array; declaredSize?: number }) =>
  zip([
    { name: '[Content_Types].xml', content: DOCX_TYPES },
    {
      name: 'xl/workbook.xml',
      content: '<workbook><sheets><sheet name="S" sheetId="1"/></sheets></workbook>',
    },
    { name: 'xl/worksheets/sheet1.xml', ...sheet },
  ]);

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
  t = await createTestApp({
    maxPlanBytes: 4 * MB,
    maxEvidenceBytes: MAX_UPLOAD,
    uploadLimits: {
      ...defaults.uploadLimits,
      maxImageBytes: MAX_UPLOAD,
      maxDocumentBytes: MAX_UPLOAD,
      maxAudioBytes: MAX_UPLOAD,
      maxVideoBytes: MAX_UPLOAD,
    },
  });
  coordinator = await signIn(t.app, 'tq.dieuphoi');
  focal = await signIn(t.app, 'hoaan.daumoi');
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
    const fake = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...latin1('<html><script>alert(1)</script>'),
    ]);
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
    const picture = await evidence('ảnh minh chứng.PNG', await png());
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
    const stored = await t.handle.db
      .insertInto('files')
      .values({
        body_id: hoaAn,
        name: 'cu.png',
        media_type: 'image/png',
        size: 100,
        sha256: 'x',
        content: await pixelBomb(30_000, 30_000),
        created_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
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
    const lying = zip([
      { name: '[Content_Types].xml', content: DOCX_TYPES },
      { name: 'word/document.xml', deflated: deflatedRun(1024, 0x20), declaredSize: 2000 },
    ]);
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
    const whitespace = await importBook(
      xlsxWithSheet({ deflated: deflatedRun(1024, 0x20), declaredSize: 4000 }),
    );
    expect(whitespace.statusCode).toBe(400);
    const rows: string[] = [];
    for (let i = 1; i <= 30_000; i++)
      rows.push(`<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>x</t></is></c></row>`);
    const many = await importBook(
      xlsxWithSheet({ content: `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>` }),
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
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(template.rawPayload) as unknown as ArrayBuffer);
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
    const result = await importTemplate(ctx, periodId, file);
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
    const viewer = await signIn(t.app, 'tq.lanhdao');
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
