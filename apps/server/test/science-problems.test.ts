// Problems for scientists (issue 17, item 3): the department writes a problem as a draft, publishes
// it to the province's public home, scientists and businesses answer from a phone with a proposal and
// files through the public form (no script, multipart), the department reviews the proposals with
// their contact details and closes the problem with its outcome. Contact details never reach a public
// page; every refusal (deadline, consent, e-mail, size, disguised file, honeypot, haste, rate) says
// what to do and keeps what was typed; every change is audited in its own transaction.

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { minimalPdf } from '../../../packages/media/test/fixtures.ts';
import { fakePng, png, xlsxWithSheet } from '../../../packages/media/test/hostile-files.ts';
import { loadConfig } from '../src/config.ts';
import { formGuardFields, HONEYPOT, STAMP } from '../src/public-pages/form-guard.ts';
import { seedDemoProblems } from '../src/seed/demo-problems.ts';
import { loadPublicSite } from '../src/use-cases/public-site/load-public-site.ts';
import { publicScienceProblemPaths } from '../src/use-cases/science-problems/public-science-problem-paths.ts';
import { pinClock } from './support/clock.ts';
import { signInAsNewUser } from './support/factories.ts';
import { type Agent, bodyIdByCode, bodyIdByName, signedInApp, type TestApp } from './support/test-app.ts';

const NOW = '2026-09-10T09:00:00+07:00';
pinClock(NOW);

const PUBLIC_URL = 'http://lantoa.test';
const KB = 1024;
/** Small limits, so an oversized file is quick to send. */
const MAX_FILE = 200 * KB;
const SUBMITS_PER_HOUR = 5;

let t: TestApp;
let coordinator: Agent;
let viewer: Agent;
let commune: Agent;
let stranger: Agent;
let department: string;

beforeAll(async () => {
  const defaults = loadConfig({});
  ({ t, coordinator, viewer, commune } = await signedInApp(
    { coordinator: 'tq.dieuphoi', viewer: 'tq.lanhdao', commune: 'hoaan.daumoi' },
    {
      publicUrl: PUBLIC_URL,
      publicSubmitsPerHour: SUBMITS_PER_HOUR,
      uploadLimits: { ...defaults.uploadLimits, maxDocumentBytes: MAX_FILE, maxImageBytes: MAX_FILE },
    },
  ));
  department = await bodyIdByName(t.handle, 'Sở Khoa học và Công nghệ', '08');
  // Another province's coordinator: sees nothing of Tuyên Quang's problems or proposals.
  stranger = await signInAsNewUser(t, {
    username: 'sonla.khcn',
    bodyId: await bodyIdByCode(t.handle, '14'),
    role: 'coordinator',
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const put = (agent: Agent, url: string, payload: object) => agent.request({ method: 'PUT', url, payload });

const ORANGE = {
  title: 'Truy xuất nguồn gốc cam sành Hàm Yên bằng mã QR',
  holder: 'Hợp tác xã Cam sành Hàm Yên',
  needs:
    'Hợp tác xã cần một giải pháp gắn mã QR cho từng lô cam sành, ghi nhật ký canh tác trên điện thoại và cho người mua tra cứu nguồn gốc.\nGiải pháp phải dùng được ở vùng sóng yếu.',
  expected: 'Phần mềm và quy trình áp dụng thử cho 50 hộ trong vụ 2026–2027.',
  deadline: '2026-09-30',
};

async function createProblem(fields: Partial<typeof ORANGE> = {}) {
  const res = await coordinator.post(`/api/bodies/${department}/science-problems`, { ...ORANGE, ...fields });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function problemOf(id: string, agent = coordinator) {
  const res = await agent.get(`/api/science-problems/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function publishedProblem(fields: Partial<typeof ORANGE> = {}) {
  const id = await createProblem(fields);
  const res = await coordinator.post(`/api/science-problems/${id}/publish`, { version: 1 });
  expect(res.statusCode, res.body).toBe(200);
  return id;
}

async function proposalsOf(problemId: string) {
  const res = await coordinator.get(`/api/science-problems/${problemId}/proposals`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as {
    id: string;
    code: string;
    status: string;
    version: number;
    email: string | null;
    phone: string | null;
    contactName: string;
    files: { id: string; name: string; size: number }[];
  }[];
}

/** The hidden fields of a form served `secondsAgo` before now (a person takes longer than a script). */
async function guard(secondsAgo = 60): Promise<Record<string, string>> {
  const html = await formGuardFields(t.handle.db, new Date(Date.now() - secondsAgo * 1000));
  const stamp = new RegExp(`name="${STAMP}" value="([^"]+)"`).exec(html)?.[1];
  if (!stamp) throw new Error('no stamp in the form guard');
  return { [STAMP]: stamp, [HONEYPOT]: '' };
}

const SCIENTIST = {
  organisation: 'Viện Nghiên cứu Rau quả',
  contact_name: 'TS. Phạm Thị Hồng Nhung',
  email: 'Nhung.Pham@rauqua.vn',
  phone: '0983 214 657',
  summary:
    'Viện đã xây dựng hệ thống truy xuất nguồn gốc cho bưởi Đoan Hùng; đề xuất điều chỉnh cho cam sành, nhật ký canh tác ngoại tuyến trên điện thoại.',
  consent: '1',
};

interface FilePart {
  name: string;
  type: string;
  content: Uint8Array;
}

/**
 * The form as a browser posts it: the text fields, then the three file inputs (one part each; an
 * input left empty is a part with no name and no bytes), then `after` (fields placed after the files).
 */
function proposalBody(fields: Record<string, string>, files: FilePart[], after: Record<string, string> = {}) {
  const boundary = `----lantoa${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  const text = (name: string, value: string) =>
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const [name, value] of Object.entries(fields)) text(name, value);
  const inputs = [...files];
  while (inputs.length < 3)
    inputs.push({ name: '', type: 'application/octet-stream', content: new Uint8Array() });
  for (const file of inputs) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      Buffer.from(file.content),
      Buffer.from('\r\n'),
    );
  }
  for (const [name, value] of Object.entries(after)) text(name, value);
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

let lastAddress = 0;
/** Each sender its own address, so the rate limit per address is tested on its own. */
const nextAddress = () => `198.51.100.${++lastAddress}`;

async function send(
  problemId: string,
  options: {
    fields?: Record<string, string | undefined>;
    files?: FilePart[];
    after?: Record<string, string>;
    guardFields?: Record<string, string>;
    address?: string;
    site?: string;
  } = {},
) {
  const fields = Object.fromEntries(
    Object.entries({ ...SCIENTIST, ...(options.guardFields ?? (await guard())), ...options.fields }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  return t.app.inject({
    method: 'POST',
    url: `/cong-khai/${options.site ?? '08'}/dat-hang/${problemId}`,
    remoteAddress: options.address ?? nextAddress(),
    ...proposalBody(fields, options.files ?? [], options.after),
  });
}

const receiptIn = (html: string) => /DX-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(html)?.[0];
const countProposals = async (problemId: string) =>
  Number(
    (
      await t.handle.db
        .selectFrom('science_proposals')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('problem_id', '=', problemId)
        .executeTakeFirstOrThrow()
    ).n,
  );
/** The transaction that last wrote a row: a row and its audit entry written together share it. */
const xminOf = async (table: 'science_proposals' | 'science_problems', id: string) =>
  (
    await sql<{ x: string }>`select xmin::text as x from ${sql.table(table)} where id = ${id}`.execute(
      t.handle.db,
    )
  ).rows[0]?.x;
const auditXmin = async (action: string, entityId: string) =>
  (
    await sql<{ x: string; actor_id: string | null }>`select xmin::text as x, actor_id from audit_log
      where action = ${action} and entity_id = ${entityId} order by id desc limit 1`.execute(t.handle.db)
  ).rows[0];

describe('the department writes and publishes a problem', () => {
  it('keeps a draft to its staff, versioned; a stale save is refused', async () => {
    const empty = await coordinator.post(`/api/bodies/${department}/science-problems`, {
      ...ORANGE,
      title: '  ',
    });
    expect(empty.statusCode).toBe(400);

    const id = await createProblem();
    const draft = await problemOf(id);
    expect(draft).toMatchObject({
      status: 'draft',
      title: ORANGE.title,
      holder: ORANGE.holder,
      deadline: '2026-09-30',
      publishedAt: null,
      publicUrl: null,
      canManage: true,
      acceptsProposals: false,
      proposalTotal: 0,
      version: 1,
    });

    const saved = await put(coordinator, `/api/science-problems/${id}`, {
      ...ORANGE,
      needs: `${ORANGE.needs}\nƯu tiên giải pháp mã nguồn mở.`,
      version: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, needs: expect.stringContaining('mã nguồn mở') });
    const stale = await put(coordinator, `/api/science-problems/${id}`, { ...ORANGE, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');

    // Searched without diacritics; the viewer of the province reads it but does not manage it.
    const found = await coordinator.get('/api/science-problems?q=cam%20sanh%20ham%20yen&status=draft');
    expect(found.json().items.map((p: { id: string }) => p.id)).toContain(id);
    expect((await problemOf(id, viewer)).canManage).toBe(false);
    expect((await put(viewer, `/api/science-problems/${id}`, { ...ORANGE, version: 2 })).statusCode).toBe(
      404,
    );

    // A draft has no public page.
    const page = await t.app.inject({ method: 'GET', url: `/cong-khai/08/dat-hang/${id}` });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Không tìm thấy đặt hàng');
  });

  it('publishes it once, not with a deadline passed, and its public page takes proposals', async () => {
    const id = await createProblem({ deadline: '2026-09-09' });
    const late = await coordinator.post(`/api/science-problems/${id}/publish`, { version: 1 });
    expect(late.statusCode).toBe(400);
    expect(late.json().error).toMatchObject({
      field: 'deadline',
      message: expect.stringContaining('09/09/2026'),
    });

    await put(coordinator, `/api/science-problems/${id}`, { ...ORANGE, version: 1 });
    const published = await coordinator.post(`/api/science-problems/${id}/publish`, { version: 2 });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({
      status: 'open',
      acceptsProposals: true,
      publicUrl: `${PUBLIC_URL}/cong-khai/08/dat-hang/${id}`,
      version: 3,
    });
    expect(published.json().publishedAt).toBeTruthy();
    const again = await coordinator.post(`/api/science-problems/${id}/publish`, { version: 3 });
    expect(again.statusCode).toBe(409);

    const list = await t.app.inject({ method: 'GET', url: '/cong-khai/08/dat-hang' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/cong-khai/08/dat-hang/${id}`);
    const page = await t.app.inject({ method: 'GET', url: `/cong-khai/08/dat-hang/${id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toContain('Hạn nhận đề xuất:</strong> hết ngày 30/09/2026');
    // Every visible input is labelled; the text fields come before the file inputs.
    const inputs = [...page.body.matchAll(/<(?:input|textarea)\b([^>]*)>/g)]
      .map((m) => m[1] ?? '')
      .filter((attrs) => !/type="hidden"/.test(attrs) && !/tabindex="-1"/.test(attrs));
    expect(inputs.length).toBeGreaterThanOrEqual(9);
    for (const attrs of inputs) {
      const inputId = /id="([^"]+)"/.exec(attrs)?.[1];
      expect(page.body).toMatch(new RegExp(`<label (class="check" )?for="${inputId}">`));
    }
    expect(page.body.indexOf('name="summary"')).toBeLessThan(page.body.indexOf('name="files"'));
    // Headings in order: one h1, then h2s.
    expect(page.body.match(/<h1\b/g)).toHaveLength(1);
  });
});

describe('a scientist answers from the public page', () => {
  let problemId: string;
  let code: string;

  beforeAll(async () => {
    problemId = await publishedProblem();
  });

  it('takes a proposal with two files, gives a receipt code, audits it with no actor in the same transaction', async () => {
    const pdf = minimalPdf();
    const picture = await png(120, 80);
    const res = await send(problemId, {
      files: [
        { name: 'De xuat giai phap.pdf', type: 'application/pdf', content: pdf },
        { name: 'vuon-cam.png', type: 'image/png', content: picture },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('Đã nhận đề xuất của bạn');
    code = receiptIn(res.body) ?? '';
    expect(code).toMatch(/^DX-/);

    const [proposal] = await proposalsOf(problemId);
    expect(proposal).toMatchObject({
      code,
      status: 'received',
      contactName: SCIENTIST.contact_name,
      email: 'nhung.pham@rauqua.vn',
      phone: '+84983214657',
      version: 1,
    });
    expect(proposal?.files.map((f) => f.name)).toEqual(['De xuat giai phap.pdf', 'vuon-cam.png']);
    const download = await coordinator.get(
      `/api/science-proposals/${proposal?.id}/files/${proposal?.files[0]?.id}`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(new Uint8Array(download.rawPayload)).toEqual(pdf);

    const audit = await auditXmin('science_proposal.submit', proposal?.id ?? '');
    expect(audit?.actor_id).toBeNull();
    expect(audit?.x).toBe(await xminOf('science_proposals', proposal?.id ?? ''));
    // The audit keeps that contact details were given, not what they are.
    const entry = await t.handle.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity_id', '=', proposal?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(entry.after)).not.toContain('rauqua');
    expect(JSON.stringify(entry.after)).not.toContain('983214657');
    expect((await problemOf(problemId)).proposals).toMatchObject({ received: 1 });
  });

  it('keeps a landline and an xlsx; the e-mail may be left out when a phone is given', async () => {
    const book = xlsxWithSheet(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Dự toán</t></is></c></row></sheetData></worksheet>',
    );
    const res = await send(problemId, {
      fields: { organisation: 'Công ty TNHH Nông sản Sạch Tuyên Quang', email: '', phone: '0207 3822 123' },
      files: [{ name: 'du-toan.xlsx', type: 'application/octet-stream', content: book }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const proposals = await proposalsOf(problemId);
    expect(proposals.at(-1)).toMatchObject({ email: null, phone: '+842073822123' });
  });

  it('refuses without consent, keeping what was typed, with the error beside the field', async () => {
    const before = await countProposals(problemId);
    const res = await send(problemId, { fields: { consent: undefined } });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="f-consent-err"');
    expect(res.body).toContain('Hãy đánh dấu ô đồng ý');
    expect(res.body).toContain(`value="${SCIENTIST.organisation}"`);
    expect(res.body).toContain(SCIENTIST.summary);
    expect(res.body).not.toContain(' checked');
    expect(await countProposals(problemId)).toBe(before);
  });

  it('refuses a bad e-mail, and no way to reach the sender at all', async () => {
    const before = await countProposals(problemId);
    const bad = await send(problemId, { fields: { email: 'nhung.pham@', consent: '1' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/id="f-email-err">Địa chỉ thư điện tử không hợp lệ/);
    expect(bad.body).toContain('value="nhung.pham@"');
    // The consent given is kept too.
    expect(bad.body).toContain(' checked');
    const none = await send(problemId, { fields: { email: '', phone: '' } });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('ít nhất một');
    const wrongPhone = await send(problemId, { fields: { phone: '12345' } });
    expect(wrongPhone.statusCode).toBe(400);
    expect(wrongPhone.body).toContain('id="f-phone-err"');
    expect(await countProposals(problemId)).toBe(before);
  });

  it('refuses an oversized file with 413, losing nothing else typed, even a field after the files', async () => {
    const before = await countProposals(problemId);
    const files = (
      await t.handle.db
        .selectFrom('files')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    const res = await send(problemId, {
      files: [
        { name: 'ho-so.pdf', type: 'application/pdf', content: new Uint8Array(MAX_FILE + 1).fill(0x25) },
      ],
      after: { note_after_files: 'không mất' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('id="f-files-err"');
    expect(res.body).toContain('quá lớn');
    expect(res.body).toContain(`value="${SCIENTIST.contact_name}"`);
    expect(res.body).toContain(SCIENTIST.summary);
    expect(await countProposals(problemId)).toBe(before);
    expect(
      (
        await t.handle.db
          .selectFrom('files')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ).toBe(files);
  });

  it('refuses a fourth file with 413, keeping what was typed', async () => {
    const before = await countProposals(problemId);
    const pdf = { name: 'phu-luc.pdf', type: 'application/pdf', content: minimalPdf() };
    const res = await send(problemId, { files: [pdf, pdf, pdf, pdf] });
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('tối đa 3 tệp');
    expect(res.body).toContain(`value="${SCIENTIST.contact_name}"`);
    expect(await countProposals(problemId)).toBe(before);
  });

  it('refuses a web page disguised as a picture with 415, naming the file', async () => {
    const before = await countProposals(problemId);
    const res = await send(problemId, {
      files: [
        { name: 'bao-gia.pdf', type: 'application/pdf', content: minimalPdf() },
        {
          name: 'anh-vuon.png',
          type: 'image/png',
          content: fakePng('<html><script>alert(1)</script></html>'),
        },
      ],
    });
    expect(res.statusCode).toBe(415);
    expect(res.body).toContain('Tệp «anh-vuon.png»');
    expect(res.body).not.toContain('<script>alert(1)');
    expect(await countProposals(problemId)).toBe(before);
  });

  it('refuses a form whose honeypot is filled, and one sent seconds after the page was served', async () => {
    const before = await countProposals(problemId);
    const trapped = await send(problemId, {
      guardFields: { ...(await guard()), [HONEYPOT]: 'http://spam.example' },
    });
    expect(trapped.statusCode).toBe(400);
    expect(trapped.body).toContain('Biểu mẫu này đã cũ hoặc không hợp lệ');

    const page = await t.app.inject({ method: 'GET', url: `/cong-khai/08/dat-hang/${problemId}` });
    const stamp = new RegExp(`name="${STAMP}" value="([^"]+)"`).exec(page.body)?.[1] ?? '';
    const hasty = await send(problemId, { guardFields: { [STAMP]: stamp, [HONEYPOT]: '' } });
    expect(hasty.statusCode).toBe(400);
    expect(hasty.body).toContain('Bạn gửi quá nhanh');
    // The form comes back with a fresh guard and the values typed.
    expect(hasty.body).toContain(`name="${STAMP}"`);
    expect(hasty.body).toContain(`value="${SCIENTIST.contact_name}"`);
    expect(await countProposals(problemId)).toBe(before);
  });

  it('answers a malformed or foreign body, and a bad address, with a page, never a failure', async () => {
    const url = `/cong-khai/08/dat-hang/${problemId}`;
    const post = (type: string, payload: string) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': type },
        payload,
        remoteAddress: nextAddress(),
      });
    for (const [type, payload, status] of [
      ['application/json', '{', 400],
      ['application/json', '{}', 400],
      ['application/x-www-form-urlencoded', 'summary=x', 415],
      [
        'multipart/form-data; boundary=xyz',
        '--xyz\r\nContent-Disposition: form-data; name="summary"\r\n\r\nx',
        400,
      ],
    ] as const) {
      const res = await post(type, payload);
      expect([type, payload, res.statusCode]).toEqual([type, payload, status]);
      expect(res.headers['content-type']).toContain('text/html');
    }
    const bad = await t.app.inject({ method: 'GET', url: '/cong-khai/08/dat-hang/khong-phai-ma' });
    expect(bad.statusCode).toBe(404);
    expect(bad.body).toContain('Không tìm thấy đặt hàng');
  });

  it('limits the forms sent per address and per hour', async () => {
    const address = '203.0.113.77';
    for (let i = 0; i < SUBMITS_PER_HOUR; i++) {
      const res = await send(problemId, { address, fields: { consent: undefined } });
      expect(res.statusCode).toBe(400);
    }
    const blocked = await send(problemId, { address });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain('text/html');
    expect(blocked.body).toContain('Quá nhiều yêu cầu');
    // Another address is not held back.
    expect((await send(problemId, { fields: { consent: undefined } })).statusCode).toBe(400);
  });

  it('never shows a sender’s contact details on a public page', async () => {
    const pages = await Promise.all(
      ['/cong-khai/08/dat-hang', `/cong-khai/08/dat-hang/${problemId}`, '/cong-khai/08'].map((url) =>
        t.app.inject({ method: 'GET', url }),
      ),
    );
    for (const page of pages.filter((p) => p.statusCode === 200)) {
      for (const detail of [
        SCIENTIST.contact_name,
        'rauqua.vn',
        '983 214 657',
        '983214657',
        '3822 123',
        '2073822123',
        code,
      ]) {
        expect(page.body).not.toContain(detail);
      }
    }
    expect(pages[1]?.statusCode).toBe(200);
  });

  it('refuses after the deadline, Vietnam’s day, with a Vietnamese message', async () => {
    const id = await publishedProblem({ deadline: '2026-09-10' });
    try {
      vi.setSystemTime(new Date('2026-09-10T23:58:00+07:00'));
      expect((await send(id)).statusCode).toBe(200);
      vi.setSystemTime(new Date('2026-09-11T00:00:30+07:00'));
      const late = await send(id);
      expect(late.statusCode).toBe(409);
      expect(late.body).toContain('Đã hết hạn nhận đề xuất (hạn cuối ngày 10/09/2026)');
      expect(late.body).not.toContain('enctype="multipart/form-data"');
      expect(await countProposals(id)).toBe(1);
      const page = await t.app.inject({ method: 'GET', url: `/cong-khai/08/dat-hang/${id}` });
      expect(page.body).toContain('Đã hết hạn nhận đề xuất, đang xem xét');
      expect(page.body).not.toContain('<form');
    } finally {
      vi.setSystemTime(new Date(NOW));
    }
  });
});

describe('the department reviews the proposals and closes the problem', () => {
  let problemId: string;
  let proposals: Awaited<ReturnType<typeof proposalsOf>>;

  beforeAll(async () => {
    problemId = await publishedProblem({
      title: 'Cảnh báo sớm sạt lở đất cho các xã vùng cao',
      holder: 'Ủy ban nhân dân xã Hòa An',
    });
    for (const organisation of [
      'Trường Đại học Tân Trào',
      'Công ty Cổ phần Công nghệ Địa chất',
      'Nhóm nghiên cứu độc lập',
    ]) {
      expect((await send(problemId, { fields: { organisation } })).statusCode).toBe(200);
    }
    proposals = await proposalsOf(problemId);
  });

  const review = (agent: Agent, id: string, payload: object) =>
    agent.post(`/api/science-proposals/${id}/review`, payload);

  it('moves a proposal through the review with a note, versioned and audited in the same transaction', async () => {
    const [first] = proposals;
    if (!first) throw new Error('no proposal');
    const shortlisted = await review(coordinator, first.id, {
      status: 'shortlisted',
      note: 'Đã có sản phẩm tương tự chạy thực tế.',
      version: 1,
    });
    expect(shortlisted.statusCode, shortlisted.body).toBe(200);
    expect(shortlisted.json()).toMatchObject({
      status: 'shortlisted',
      reviewNote: 'Đã có sản phẩm tương tự chạy thực tế.',
      reviewedBy: 'Nguyễn Thu Hà',
      version: 2,
    });
    const audit = await auditXmin('science_proposal.review', first.id);
    expect(audit?.x).toBe(await xminOf('science_proposals', first.id));

    const stale = await review(coordinator, first.id, { status: 'selected', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    const same = await review(coordinator, first.id, { status: 'shortlisted', version: 2 });
    expect(same.statusCode).toBe(409);
    const back = await review(coordinator, first.id, { status: 'received', version: 2 });
    expect(back.statusCode).toBe(400);
    const selected = await review(coordinator, first.id, { status: 'selected', version: 2 });
    expect(selected.json()).toMatchObject({ status: 'selected', version: 3 });

    const list = await coordinator.get(`/api/science-problems?status=open&q=${encodeURIComponent('sạt lở')}`);
    expect(list.json().items[0]).toMatchObject({
      id: problemId,
      proposals: { received: 2, selected: 1, shortlisted: 0, not_selected: 0 },
      proposalTotal: 3,
    });
  });

  it('shows proposals, their contact details and files to those who manage the problem only', async () => {
    const [first] = proposals;
    const fileProblem = await publishedProblem({ title: 'Bảo quản chè Shan tuyết sau thu hoạch' });
    await send(fileProblem, {
      files: [{ name: 'ho-so.pdf', type: 'application/pdf', content: minimalPdf() }],
    });
    const [withFile] = await proposalsOf(fileProblem);
    const fileUrl = `/api/science-proposals/${withFile?.id}/files/${withFile?.files[0]?.id}`;
    expect((await coordinator.get(fileUrl)).statusCode).toBe(200);
    // A file of another proposal is not reached through this one.
    expect(
      (await coordinator.get(`/api/science-proposals/${first?.id}/files/${withFile?.files[0]?.id}`))
        .statusCode,
    ).toBe(404);

    // The province's viewer reads the problem and its counts, not the senders.
    expect((await viewer.get(`/api/science-problems/${problemId}/proposals`)).statusCode).toBe(404);
    expect((await review(viewer, first?.id ?? '', { status: 'not_selected', version: 3 })).statusCode).toBe(
      404,
    );
    expect((await viewer.get(fileUrl)).statusCode).toBe(404);
    expect((await problemOf(problemId, viewer)).proposalTotal).toBe(3);
  });

  it('answers 404 to another body, for every id route', async () => {
    const [first] = proposals;
    const fileProblem = (await proposalsOf(problemId))[0];
    const probes: [Agent, 'GET' | 'PUT' | 'POST', string, object?][] = [];
    for (const agent of [stranger, commune]) {
      probes.push(
        [agent, 'GET', `/api/science-problems/${problemId}`],
        [agent, 'PUT', `/api/science-problems/${problemId}`, { ...ORANGE, version: 2 }],
        [agent, 'POST', `/api/science-problems/${problemId}/publish`, { version: 2 }],
        [
          agent,
          'POST',
          `/api/science-problems/${problemId}/close`,
          { version: 2, outcome: 'X', selectedProposalIds: [] },
        ],
        [agent, 'GET', `/api/science-problems/${problemId}/proposals`],
        [agent, 'POST', `/api/science-proposals/${first?.id}/review`, { status: 'not_selected', version: 3 }],
        [agent, 'GET', `/api/science-proposals/${first?.id}/files/${fileProblem?.files[0]?.id ?? first?.id}`],
      );
    }
    probes.push([stranger, 'POST', `/api/bodies/${department}/science-problems`, ORANGE]);
    for (const [agent, method, url, payload] of probes) {
      const res = await agent.request({ method, url, ...(payload ? { payload } : {}) });
      expect([method, url, res.statusCode]).toEqual([method, url, 404]);
    }
    // Nor does another province's public home show it.
    expect(
      (await t.app.inject({ method: 'GET', url: `/cong-khai/14/dat-hang/${problemId}` })).statusCode,
    ).toBe(404);
    expect((await send(problemId, { site: '14' })).statusCode).toBe(404);
    const others = await stranger.get('/api/science-problems');
    expect(others.json().items.map((p: { id: string }) => p.id)).not.toContain(problemId);
  });

  it('closes the problem with its outcome: the one picked selected, the others not; no proposal after', async () => {
    const problem = await problemOf(problemId);
    const [first, second, third] = await proposalsOf(problemId);
    const notMine = await coordinator.post(`/api/science-problems/${problemId}/close`, {
      version: problem.version,
      outcome: 'X',
      selectedProposalIds: [crypto.randomUUID()],
    });
    expect(notMine.statusCode).toBe(400);
    const outcome =
      'Sở Khoa học và Công nghệ chọn đề xuất của Trường Đại học Tân Trào để xây dựng nhiệm vụ khoa học cấp tỉnh năm 2027.';
    const closed = await coordinator.post(`/api/science-problems/${problemId}/close`, {
      version: problem.version,
      outcome,
      selectedProposalIds: [first?.id, second?.id],
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', outcome, acceptsProposals: false });
    expect((await proposalsOf(problemId)).map((p) => p.status)).toEqual([
      'selected',
      'selected',
      'not_selected',
    ]);
    // Versioned as reviews: the one already selected untouched, the others moved on.
    expect((await proposalsOf(problemId)).map((p) => p.version)).toEqual([
      first?.version,
      (second?.version ?? 0) + 1,
      (third?.version ?? 0) + 1,
    ]);
    expect(await auditXmin('science_problem.close', problemId)).toMatchObject({
      x: await xminOf('science_problems', problemId),
    });

    const again = await review(coordinator, third?.id ?? '', {
      status: 'selected',
      version: (third?.version ?? 0) + 1,
    });
    expect(again.statusCode).toBe(409);
    expect(
      (
        await put(coordinator, `/api/science-problems/${problemId}`, {
          ...ORANGE,
          version: problem.version + 1,
        })
      ).statusCode,
    ).toBe(409);
    const late = await send(problemId);
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('đã đóng');

    const page = await t.app.inject({ method: 'GET', url: `/cong-khai/08/dat-hang/${problemId}` });
    expect(page.body).toContain(outcome);
    expect(page.body).not.toContain('<form');
    const list = await t.app.inject({ method: 'GET', url: '/cong-khai/08/dat-hang' });
    const closedSection = list.body.slice(list.body.indexOf('id="da-dong"'));
    expect(closedSection).toContain('Cảnh báo sớm sạt lở đất cho các xã vùng cao');
  });
});

describe('the demo', () => {
  it('shows two open problems of the S&T department and one closed with its outcome, no sender’s details', async () => {
    await seedDemoProblems(t.handle.db);
    // Loaded once: a second run adds nothing.
    await seedDemoProblems(t.handle.db);
    const demo = await coordinator.get(
      `/api/science-problems?bodyId=${department}&q=${encodeURIComponent('Hàm Yên Hà Giang')}`,
    );
    expect(demo.json().items).toHaveLength(1);
    expect(demo.json().items[0]).toMatchObject({
      status: 'open',
      acceptsProposals: true,
      proposals: { received: 1, shortlisted: 1 },
    });
    const tea = (
      await coordinator.get(`/api/science-problems?q=${encodeURIComponent('Shan tuyết Chiêm Hóa')}`)
    ).json().items[0];
    expect(tea).toMatchObject({ status: 'closed', proposals: { selected: 1, not_selected: 1 } });
    expect(tea.deadline < '2026-09-10').toBe(true);

    const list = await t.app.inject({ method: 'GET', url: '/cong-khai/08/dat-hang' });
    expect(list.body).toContain('Cảnh báo sớm sạt lở đất và lũ quét cho các xã vùng cao');
    expect(list.body.slice(list.body.indexOf('id="da-dong"'))).toContain(
      'Bảo quản và chế biến sâu chè Shan tuyết',
    );
    for (const detail of ['vidu.vn', 'Phạm Thị Hồng Nhung', '3822 468', '968 517 302', 'DX-']) {
      expect(list.body).not.toContain(detail);
    }
  });
});

describe('public pages of the section', () => {
  it('lists every published problem of the site for its sitemap, no draft', async () => {
    const draft = await createProblem({ title: 'Bản nháp chưa công bố' });
    const open = await publishedProblem({ title: 'Chế biến sâu chè Shan tuyết Na Hang' });
    const paths = await publicScienceProblemPaths(t.handle.db, await loadPublicSite(t.handle.db, '08'));
    const list = paths.map((p) => p.path);
    expect(list[0]).toBe('/cong-khai/08/dat-hang');
    expect(list).toContain(`/cong-khai/08/dat-hang/${open}`);
    expect(list).not.toContain(`/cong-khai/08/dat-hang/${draft}`);
    expect(paths.find((p) => p.path.endsWith(open))?.lastModified).toBeInstanceOf(Date);
    // Another province's site lists none of them.
    const sonLa = await publicScienceProblemPaths(t.handle.db, await loadPublicSite(t.handle.db, '14'));
    expect(sonLa.map((p) => p.path)).not.toContain(`/cong-khai/14/dat-hang/${open}`);
  });

  // Syllables drawn at random (a fixed seed), which compress about as badly as real Vietnamese text.
  const SYLLABLES = (
    'giải pháp công nghệ vùng cao chè cam sành đất lở xã hộ mã số thôn bản người dân nước rừng cây giống mới ' +
    'nghiên cứu ứng dụng chuyển giao sản xuất chế biến bảo quản thu hoạch nông nghiệp thông minh cảm biến ' +
    'quan trắc cảnh báo sớm mưa lũ quét sườn đồi trượt dữ liệu bản đồ số hóa truy xuất nguồn gốc chất lượng ' +
    'doanh nghiệp hợp tác thị trường tiêu thụ xuất khẩu tiêu chuẩn quy trình kỹ thuật đào tạo nhân lực ' +
    'kinh phí thời gian thực hiện kết quả dự kiến sản phẩm phần mềm thiết bị mô hình thử nghiệm đánh giá'
  ).split(' ');
  let seed = 57;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const long = (length: number) => {
    let text = '';
    while (text.length < length) text += `${SYLLABLES[Math.floor(random() * SYLLABLES.length)]} `;
    return `${text.slice(0, length - 1).trim()}.`;
  };
  const gzipped = (url: string) =>
    t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });

  it('keeps a problem’s page with the longest texts and its form under 60 KB compressed', async () => {
    const id = await publishedProblem({
      title: long(500),
      holder: long(500),
      needs: long(10_000),
      expected: long(5000),
    });
    const page = await gzipped(`/cong-khai/08/dat-hang/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.rawPayload.byteLength).toBeLessThan(60 * KB);
    console.info(
      `a problem's page with its longest texts, gzip: ${(page.rawPayload.byteLength / KB).toFixed(1)} KB`,
    );
  });

  it('keeps the list under 60 KB compressed with as many problems as it shows, each with the longest texts', async () => {
    const rows = (status: 'open' | 'closed', count: number) =>
      Array.from({ length: count }, (_, i) => ({
        body_id: department,
        title: long(500),
        holder: long(500),
        needs: long(10_000),
        expected: long(5000),
        outcome: status === 'closed' ? long(5000) : '',
        deadline: '2026-12-31',
        status,
        published_at: new Date(Date.parse(NOW) - i * 60_000),
      }));
    // Straight into the table: only the page's weight is measured here, nothing of how rows are made.
    await t.handle.db
      .insertInto('science_problems')
      .values([...rows('open', 120), ...rows('closed', 40)])
      .execute();
    const list = await gzipped('/cong-khai/08/dat-hang');
    expect(list.statusCode).toBe(200);
    expect(list.rawPayload.byteLength).toBeLessThan(60 * KB);
    console.info(`the list at its fullest, gzip: ${(list.rawPayload.byteLength / KB).toFixed(1)} KB`);
  });
});
