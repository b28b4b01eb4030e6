// The registry of state-funded S&T tasks (issue 17, item 2): the department enters and imports its
// tasks, discloses them on the province's public pages with their files, drafts a bulletin from a
// task's plain-language summary, and the plan's "100% nhiệm vụ KH&CN … được truyền thông, phổ biến"
// target measures itself from the registry. A secret task is read only over the department and is
// never public: not on a page, a file, the list, the sitemap's paths or a draft.

import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDemoScience } from '../src/seed/demo-science.ts';
import { loadPublicSite } from '../src/use-cases/public-site/load-public-site.ts';
import { publicScienceTaskPaths } from '../src/use-cases/science-tasks/public-science-task-paths.ts';
import { pinClock } from './support/clock.ts';
import { publishSample, signInAsNewUser } from './support/factories.ts';
import {
  type Agent,
  bodyIdByCode,
  multipart,
  signedInApp,
  signIn,
  type TestApp,
  userIdByName,
} from './support/test-app.ts';
import { workbookOf } from './support/workbook.ts';

// The 2026 plan's first half-year (data 15/12/2025 – 14/06/2026, report due 01/06/2026) is open on
// 20/05 and closed on 01/07 (see closed-periods.test.ts).
const MAY_20 = '2026-05-20T09:00:00+07:00';
const JULY_1 = '2026-07-01T09:00:00+07:00';
pinClock(MAY_20);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Cell = string | number | null;

let t: TestApp;
let coordinator: Agent;
let viewer: Agent;
let culture: Agent;
let focal: Agent;
let broadcaster: Agent;
let admin: Agent;
let department: string;
let province: string;

const put = (agent: Agent, url: string, payload: object) => agent.request({ method: 'PUT', url, payload });
const del = (agent: Agent, url: string) => agent.request({ method: 'DELETE', url });
/** A public page, as a citizen's browser asks for it: no session. */
const visit = (url: string) => t.app.inject({ method: 'GET', url });

/** A task as the form sends it, with a code of its own. */
const aTask = (code: string, more: object = {}) => ({
  code,
  title: `Nhiệm vụ thử nghiệm ${code}`,
  level: 'province',
  hostOrganisation: 'Trường Đại học Tân Trào',
  leadScientist: 'TS. Nguyễn Thị Thu Hà',
  budgetVnd: 1_250_000_000,
  startsOn: '2026-01-10',
  endsOn: '2027-06-30',
  status: 'in_progress',
  summary: 'Nhiệm vụ giúp bà con có giống cây tốt. Vườn ươm mở cửa cho bà con tham quan.',
  ...more,
});

async function createTask(code: string, more: object = {}) {
  const res = await coordinator.post(`/api/bodies/${department}/science-tasks`, aTask(code, more));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; code: string; title: string };
}

async function publish(task: { id: string; version: number }) {
  const res = await coordinator.post(`/api/science-tasks/${task.id}/publish`, { version: task.version });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; version: number; publishedAt: string | null; publicPath: string | null };
}

/** The registry emptied, so each story counts its own tasks whatever the demo holds. */
async function clearRegistry() {
  await t.handle.db.deleteFrom('science_task_files').execute();
  await t.handle.db.deleteFrom('science_tasks').execute();
}

const auditCount = async (entityId: string) =>
  Number(
    (
      await t.handle.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('entity_type', '=', 'science_task')
        .where('entity_id', '=', entityId)
        .executeTakeFirstOrThrow()
    ).n,
  );

async function png(): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a7b3c' } })
      .png()
      .toBuffer(),
  );
}

let provincePlanId: string | undefined;
/** The province's sample plan (178/KH-UBND), published once for the file: a document is published once. */
async function provincePlan(): Promise<string> {
  provincePlanId ??= (await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt')).planId;
  return provincePlanId;
}

const attach = (agent: Agent, taskId: string, file: { name: string; type: string; content: Uint8Array }) =>
  agent.request({ method: 'POST', url: `/api/science-tasks/${taskId}/files`, ...multipart({}, file) });

beforeAll(async () => {
  ({ t, coordinator, viewer, culture, focal, broadcaster, admin } = await signedInApp(
    {
      coordinator: 'tq.dieuphoi',
      viewer: 'tq.lanhdao',
      culture: 'tq.vanhoa',
      focal: 'hoaan.daumoi',
      broadcaster: 'hoaan.truyenthanh',
      admin: 'admin',
    },
    { publicPerMinute: 10_000 },
  ));
  province = await bodyIdByCode(t.handle, '08');
  department = (
    await t.handle.db
      .selectFrom('users')
      .select('body_id')
      .where('id', '=', await userIdByName(t.handle, 'tq.dieuphoi'))
      .executeTakeFirstOrThrow()
  ).body_id;
  await clearRegistry();
});
afterAll(async () => {
  await t?.close();
  vi.useRealTimers();
});

describe('the registry', () => {
  it('enters a task, finds it without diacritics, corrects it on its version; each change audited with it', async () => {
    const created = await coordinator.post(
      `/api/bodies/${department}/science-tasks`,
      aTask('ĐTTQ.2026.01', { title: 'Nhân giống cam sành Hàm Yên sạch bệnh' }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json();
    expect(task).toMatchObject({
      code: 'ĐTTQ.2026.01',
      level: 'province',
      budgetVnd: 1_250_000_000,
      isSecret: false,
      publishedAt: null,
      publicPath: null,
      canManage: true,
      files: [],
    });
    expect(await auditCount(task.id)).toBe(1);

    // A code the registry has is refused, and leaves no row and no audit entry behind.
    const again = await coordinator.post(`/api/bodies/${department}/science-tasks`, aTask('ĐTTQ.2026.01'));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/đã có nhiệm vụ mang mã này/);
    const backwards = await coordinator.post(
      `/api/bodies/${department}/science-tasks`,
      aTask('ĐTTQ.2026.02', { startsOn: '2026-05-01', endsOn: '2026-01-01' }),
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.field).toBe('endsOn');
    const taken = await t.handle.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'science_task.create')
      .execute();
    expect(taken.map((entry) => entry.entity_id)).toEqual([task.id]);

    const found = (await coordinator.get('/api/science-tasks?q=cam sanh ham yen')).json();
    expect(found).toMatchObject({ total: 1, published: 0, secret: 0 });
    expect(found.items[0].id).toBe(task.id);
    expect((await coordinator.get('/api/science-tasks?status=accepted')).json().total).toBe(0);
    expect((await coordinator.get('/api/science-tasks?level=province&published=false')).json().total).toBe(1);
    expect((await coordinator.get('/api/science-tasks?secret=true')).json().total).toBe(0);

    const changed = await put(coordinator, `/api/science-tasks/${task.id}`, {
      ...aTask('ĐTTQ.2026.01', { title: 'Nhân giống cam sành Hàm Yên sạch bệnh' }),
      status: 'accepted',
      results: 'Vườn ươm 5.000 cây giống.',
      version: task.version,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ status: 'accepted', version: task.version + 1 });
    // A stale save changes nothing and writes no audit entry: the row and its entry go together.
    const stale = await put(coordinator, `/api/science-tasks/${task.id}`, {
      ...aTask('ĐTTQ.2026.01'),
      version: task.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(await auditCount(task.id)).toBe(2);
    const entry = await t.handle.db
      .selectFrom('audit_log')
      .select(['before', 'after', 'actor_id', 'body_id'])
      .where('action', '=', 'science_task.update')
      .where('entity_id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(entry.before).toMatchObject({ status: 'in_progress', publishedAt: null, isSecret: false });
    expect(entry.after).toMatchObject({ status: 'accepted', results: 'Vườn ươm 5.000 cây giống.' });
    expect(entry.body_id).toBe(department);
  });

  it('lets the province read the registry and only the department keep it; other bodies read nothing', async () => {
    const [task] = (await coordinator.get('/api/science-tasks')).json().items;
    expect((await viewer.get(`/api/science-tasks/${task.id}`)).json()).toMatchObject({ canManage: false });
    expect(
      (await put(viewer, `/api/science-tasks/${task.id}`, { ...aTask('X'), version: task.version }))
        .statusCode,
    ).toBe(404);
    expect((await culture.get(`/api/science-tasks/${task.id}`)).statusCode).toBe(404);
    expect((await culture.get('/api/science-tasks')).json().total).toBe(0);
    expect((await focal.get(`/api/science-tasks/${task.id}`)).statusCode).toBe(404);
    expect((await focal.post(`/api/bodies/${department}/science-tasks`, aTask('ĐT.X'))).statusCode).toBe(404);
    expect((await focal.get(`/api/science-tasks?bodyId=${department}`)).statusCode).toBe(404);
  });
});

describe('the public pages', () => {
  let task: { id: string; version: number };
  let path: string;

  it('discloses a task on its page, with its facts in Vietnamese formats', async () => {
    task = await createTask('ĐTTQ.2026.05', {
      title: 'Ứng dụng trí tuệ nhân tạo sàng lọc bệnh võng mạc',
      level: 'province',
      startsOn: '2026-03-01',
      endsOn: '2027-02-28',
      results: 'Đã sàng lọc cho 3.100 người bệnh.',
    });
    expect((await visit(`/cong-khai/08/nhiem-vu-khcn/${task.id}`)).statusCode).toBe(404);
    const published = await publish(task);
    expect(published.publishedAt).not.toBeNull();
    path = `/cong-khai/08/nhiem-vu-khcn/${task.id}`;
    expect(published.publicPath).toBe(path);
    task = published;

    const page = await visit(path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const html = page.body;
    expect(html).toContain('<h1>Ứng dụng trí tuệ nhân tạo sàng lọc bệnh võng mạc</h1>');
    expect(html).toContain('ĐTTQ.2026.05');
    expect(html).toContain('1.250.000.000 đồng');
    expect(html).toContain('01/03/2026 – 28/02/2027');
    expect(html).toContain('Cấp tỉnh');
    expect(html).toContain('Đang thực hiện');
    expect(html).toContain('Trường Đại học Tân Trào');
    expect(html).toContain('TS. Nguyễn Thị Thu Hà');
    expect(html).toContain('Đã sàng lọc cho 3.100 người bệnh.');
    expect(html).toContain('og:title');
    expect(html).not.toMatch(/style="/);

    const list = await visit('/cong-khai/08/nhiem-vu-khcn');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="${path}"`);
    expect((await visit('/cong-khai/08/nhiem-vu-khcn?tinh-trang=accepted')).body).not.toContain(path);
    expect((await visit('/cong-khai/08/nhiem-vu-khcn?tinh-trang=in_progress&cap=province')).body).toContain(
      path,
    );
    // A filter edited into nonsense shows the whole list; an unknown site or task is the "not found" page.
    expect((await visit('/cong-khai/08/nhiem-vu-khcn?tinh-trang=xyz&trang=abc')).body).toContain(path);
    const unknown = await visit('/cong-khai/99/nhiem-vu-khcn');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/text\/html/);
    expect((await visit('/cong-khai/08/nhiem-vu-khcn/khong-phai-ma')).statusCode).toBe(404);
    // The commune's site (off by default) shows nothing of the province's department.
    expect((await visit(`/cong-khai/02353/nhiem-vu-khcn/${task.id}`)).statusCode).toBe(404);
  });

  it('pages the list by links that keep the filters', async () => {
    for (let n = 0; n < 21; n++) await publish(await createTask(`TRANG.${String(n).padStart(2, '0')}`));
    const first = (await visit('/cong-khai/08/nhiem-vu-khcn?cap=province')).body;
    expect(first).toContain('Trang 1/2');
    expect(first).toContain('href="/cong-khai/08/nhiem-vu-khcn?cap=province&amp;trang=2"');
    const second = (await visit('/cong-khai/08/nhiem-vu-khcn?cap=province&trang=2')).body;
    expect(second).toContain('Trang 2/2');
  });

  it('serves a task’s files publicly only while it is published and not secret', async () => {
    const attached = await attach(coordinator, task.id, {
      name: 'anh-vuon-uom.png',
      type: 'image/png',
      content: await png(),
    });
    expect(attached.statusCode, attached.body).toBe(201);
    const [file] = attached.json().files;
    expect(file).toMatchObject({ name: 'anh-vuon-uom.png', mediaType: 'image/png' });
    expect(await auditCount(task.id)).toBeGreaterThan(0);
    const attachedEntry = await t.handle.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'science_task.attach')
      .where('entity_id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(attachedEntry.after).toMatchObject({ fileId: file.id, name: 'anh-vuon-uom.png' });

    const svg = await attach(coordinator, task.id, {
      name: 'bieu-do.svg',
      type: 'image/svg+xml',
      content: new TextEncoder().encode(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ),
    });
    expect(svg.statusCode).toBe(415);
    const fake = await attach(coordinator, task.id, {
      name: 'bao-cao.pdf',
      type: 'application/pdf',
      content: new TextEncoder().encode('<html>không phải PDF</html>'),
    });
    expect(fake.statusCode).toBeGreaterThanOrEqual(400);
    expect(fake.statusCode).toBeLessThan(500);
    expect(fake.json().error.message).toBeTruthy();
    expect(
      (await attach(viewer, task.id, { name: 'a.png', type: 'image/png', content: await png() })).statusCode,
    ).toBe(404);

    const page = (await visit(path)).body;
    const fileUrl = `${path}/tep/${file.id}`;
    expect(page).toContain(`href="${fileUrl}"`);
    const download = await visit(fileUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect((await coordinator.get(`/api/science-tasks/${task.id}/files/${file.id}`)).statusCode).toBe(200);
    // Of another site, or under another task: not found.
    const other = await publish(await createTask('ĐTTQ.2026.06'));
    expect((await visit(`/cong-khai/08/nhiem-vu-khcn/${other.id}/tep/${file.id}`)).statusCode).toBe(404);

    const current = (await coordinator.get(`/api/science-tasks/${task.id}`)).json();
    const unpublished = await coordinator.post(`/api/science-tasks/${task.id}/unpublish`, {
      version: current.version,
    });
    expect(unpublished.statusCode).toBe(200);
    expect(unpublished.json().publicPath).toBeNull();
    expect((await visit(path)).statusCode).toBe(404);
    expect((await visit(fileUrl)).statusCode).toBe(404);
    task = await publish(unpublished.json());
    expect((await visit(fileUrl)).statusCode).toBe(200);

    expect((await del(coordinator, `/api/science-tasks/${task.id}/files/${file.id}`)).statusCode).toBe(204);
    expect((await visit(fileUrl)).statusCode).toBe(404);
    expect((await coordinator.get(`/api/science-tasks/${task.id}`)).json().files).toEqual([]);
  });
});

describe('a secret task', () => {
  let secret: { id: string; version: number; code: string; title: string };
  let secretFile: string;

  it('is never published; a published task marked secret is withdrawn in the same change', async () => {
    secret = await createTask('MAT.2026.01', {
      title: 'Giải pháp bảo đảm an toàn hệ thống thông tin phục vụ chỉ đạo điều hành',
      isSecret: true,
    });
    const refused = await coordinator.post(`/api/science-tasks/${secret.id}/publish`, {
      version: secret.version,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/bí mật nhà nước nên không được công khai/);
    const attached = await attach(coordinator, secret.id, {
      name: 'mat.png',
      type: 'image/png',
      content: await png(),
    });
    expect(attached.statusCode).toBe(201);
    secretFile = attached.json().files[0].id;

    const shown = await publish(await createTask('MAT.2026.02', { title: 'Nhiệm vụ sẽ được đánh dấu mật' }));
    const marked = await put(coordinator, `/api/science-tasks/${shown.id}`, {
      ...aTask('MAT.2026.02', { title: 'Nhiệm vụ sẽ được đánh dấu mật' }),
      isSecret: true,
      version: shown.version,
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({ isSecret: true, publishedAt: null, publicPath: null });
    expect((await visit(`/cong-khai/08/nhiem-vu-khcn/${shown.id}`)).statusCode).toBe(404);
    const entry = await t.handle.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'science_task.update')
      .where('entity_id', '=', shown.id)
      .executeTakeFirstOrThrow();
    expect(entry.before).toMatchObject({ isSecret: false, publishedAt: expect.any(String) });
    expect(entry.after).toMatchObject({ isSecret: true, publishedAt: null, withdrawnAsSecret: true });
  });

  it('is read over the department only, never by a body below it', async () => {
    const unit = await admin.post('/api/bodies', {
      parentId: department,
      kind: 'other',
      name: 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ',
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const below = await signInAsNewUser(
      t,
      { username: 'tq.trungtam', bodyId: unit.json().body.id, role: 'coordinator' },
      admin,
    );
    expect((await below.get(`/api/science-tasks/${secret.id}`)).statusCode).toBe(404);
    expect((await below.get(`/api/science-tasks/${secret.id}/files/${secretFile}`)).statusCode).toBe(404);
    const listed = (await below.get('/api/science-tasks?secret=true')).json();
    expect(listed.total).toBe(0);
    expect((await focal.get(`/api/science-tasks/${secret.id}`)).statusCode).toBe(404);
    // The department and the province above it read it.
    expect((await coordinator.get(`/api/science-tasks/${secret.id}`)).json()).toMatchObject({
      isSecret: true,
    });
    expect((await viewer.get(`/api/science-tasks/${secret.id}`)).statusCode).toBe(200);
    expect((await coordinator.get('/api/science-tasks?secret=true')).json().secret).toBe(2);
  });

  it('appears on no public page, file, list or path of the sitemap', async () => {
    expect((await visit(`/cong-khai/08/nhiem-vu-khcn/${secret.id}`)).statusCode).toBe(404);
    expect((await visit(`/cong-khai/08/nhiem-vu-khcn/${secret.id}/tep/${secretFile}`)).statusCode).toBe(404);
    const site = await loadPublicSite(t.handle.db, '08');
    const paths = await publicScienceTaskPaths(t.handle.db, site);
    expect(paths[0]?.path).toBe('/cong-khai/08/nhiem-vu-khcn');
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.every((page) => !page.path.includes(secret.id))).toBe(true);
    // Every list page and every task page it links to.
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++)
      seen.push((await visit(`/cong-khai/08/nhiem-vu-khcn?trang=${page}`)).body);
    for (const { path } of paths.slice(1)) seen.push((await visit(path)).body);
    for (const html of seen) {
      expect(html).not.toContain(secret.code);
      expect(html).not.toContain(secret.title);
      expect(html).not.toContain('MAT.2026');
    }
  });

  it('gives no bulletin draft', async () => {
    const draft = await coordinator.post('/api/assistant/drafts', {
      from: { kind: 'science_task', id: secret.id },
      minutes: 2,
    });
    expect(draft.statusCode).toBe(400);
    expect(draft.json().error.message).toMatch(/bí mật nhà nước/);
    expect(
      (
        await broadcaster.post('/api/assistant/drafts', {
          from: { kind: 'science_task', id: secret.id },
          minutes: 2,
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('a bulletin draft from a task in one click', () => {
  it('reads the plain-language summary, sized and citing the task', async () => {
    const task = await createTask('ĐTTQ.2026.09', {
      title: 'Phục tráng giống chè Shan tuyết Na Hang',
      summary:
        'Nhiệm vụ chọn lại những cây chè Shan tuyết cổ tốt nhất ở Na Hang để nhân giống. Bà con được hướng dẫn trồng mới và chăm sóc đúng cách. Chè Na Hang sẽ được bảo hộ chỉ dẫn địa lý.',
      results: 'Đã chọn được 30 cây chè đầu dòng.',
    });
    const created = await coordinator.post('/api/assistant/drafts', {
      from: { kind: 'science_task', id: task.id },
      minutes: 1.5,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { bulletinId, draft } = created.json();
    expect(draft.mode).toBe('extractive');
    expect(draft.text).toContain(
      'Nhiệm vụ chọn lại những cây chè Shan tuyết cổ tốt nhất ở Na Hang để nhân giống.',
    );
    expect(draft.seconds).toBeLessThanOrEqual(draft.targetSeconds);
    const cited = draft.sentences.filter((s: { source: unknown }) => s.source);
    expect(cited.length).toBeGreaterThan(0);
    for (const sentence of cited) {
      expect(sentence.source).toMatchObject({ kind: 'science_task', id: task.id, passageId: null });
    }
    expect(cited[0].source.section).toBe('Tóm tắt');
    const bulletin = await t.handle.db
      .selectFrom('bulletins')
      .select(['title', 'sources'])
      .where('id', '=', bulletinId)
      .executeTakeFirstOrThrow();
    expect(bulletin.title).toBe('Phục tráng giống chè Shan tuyết Na Hang');

    // A commune's broadcaster drafts from a task once it is public, not before.
    const draftAt = (agent: Agent) =>
      agent.post('/api/assistant/drafts', { from: { kind: 'science_task', id: task.id }, minutes: 1 });
    expect((await draftAt(broadcaster)).statusCode).toBe(404);
    await publish(task);
    expect((await draftAt(broadcaster)).statusCode).toBe(201);

    const empty = await createTask('ĐTTQ.2026.10', { summary: '', results: '' });
    const nothing = await coordinator.post('/api/assistant/drafts', {
      from: { kind: 'science_task', id: empty.id },
      minutes: 1,
    });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().error.message).toMatch(/chưa có tóm tắt/);
  });
});

async function workbook(rows: Cell[][], sheetName = 'Nhiệm vụ KH&CN'): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const upload = (agent: Agent, content: Uint8Array, keepGoodRows = 'false', name = 'danh-muc.xlsx') =>
  agent.request({
    method: 'POST',
    url: `/api/bodies/${department}/science-tasks/import`,
    ...multipart({ keepGoodRows }, { name, type: XLSX, content }),
  });

describe('the department’s Excel list', () => {
  const header = [
    'Mã nhiệm vụ',
    'Tên nhiệm vụ',
    'Cấp quản lý',
    'Tổ chức chủ trì',
    'Chủ nhiệm',
    'Kinh phí NSNN (triệu đồng)',
    'Bắt đầu',
    'Kết thúc',
    'Tình trạng',
    'Kết quả',
    'Tóm tắt dễ hiểu',
    'Mật (Có/Không)',
  ];
  const good: Cell[] = [
    'NK.2025.01',
    'Bản đồ số nông sản chủ lực phục vụ truy xuất nguồn gốc',
    'Cấp tỉnh',
    'Trung tâm Công nghệ thông tin và Truyền thông',
    'ThS. Hoàng Văn Minh',
    '1.250,5',
    '01/03/2025',
    '31/12/2026',
    'Đang thực hiện',
    'Đã cấp mã 1.240 vùng trồng.',
    'Mỗi vùng trồng có một mã số riêng.\nNgười mua quét mã QR để biết nơi trồng.',
    'Không',
  ];
  const secretRow: Cell[] = [
    'NK.2025.02',
    'Nhiệm vụ bảo mật',
    'cap bo',
    '',
    '',
    980,
    '',
    '',
    'dang thuc hien',
    '',
    '',
    'Có',
  ];

  it('offers a template that says the budget’s unit', async () => {
    const template = await coordinator.get('/api/science-tasks/template');
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toBe(XLSX);
    const book = await workbookOf(template);
    const sheet = book.getWorksheet('Nhiệm vụ KH&CN') as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as Cell[]).slice(1)).toEqual(header);
    const lists = book.getWorksheet('Danh mục') as ExcelJS.Worksheet;
    expect(lists.getColumn(1).values).toContain('Cấp tỉnh');
    expect(lists.getColumn(2).values).toContain('Đã nghiệm thu');
  });

  it('imports good rows, lists bad ones row by row, and updates a code imported again', async () => {
    const rows: Cell[][] = [
      header,
      good,
      secretRow,
      ['NK.2025.03', 'Cấp lạ', 'Cấp thôn', '', '', '', '', '', 'Đang thực hiện', '', '', ''],
      ['NK.2025.01', 'Trùng mã trong tệp', 'Cấp tỉnh', '', '', '', '', '', 'Đang thực hiện', '', '', ''],
      [
        'NK.2025.04',
        'Ngày sai',
        'Cấp tỉnh',
        '',
        '',
        'một tỷ',
        '31/02/2026',
        '01/01/2020',
        'Đã phê duyệt',
        '',
        '',
        'có lẽ',
      ],
      [
        'NK.2025.05',
        'Kinh phí ghi theo đồng',
        'Cấp tỉnh',
        '',
        '',
        1_250_000_000,
        '',
        '',
        'Đã phê duyệt',
        '',
        '',
        '',
      ],
    ];
    const content = await workbook(rows);
    const refused = await upload(coordinator, content);
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json()).toMatchObject({ created: 0, updated: 0, duplicates: 0 });
    const errors = refused.json().errors as { row: number; field: string; message: string }[];
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [4, 'level'],
      [5, 'code'],
      [6, 'budgetMillions'],
      [6, 'startsOn'],
      [6, 'secret'],
      [7, 'budgetMillions'],
    ]);
    expect(errors[0]?.message).toContain('Không rõ cấp quản lý «Cấp thôn»');
    expect(errors[1]?.message).toContain('đã có ở dòng 2');
    expect(errors[5]?.message).toContain('triệu đồng');
    expect((await coordinator.get('/api/science-tasks?q=NK.2025')).json().total).toBe(0);

    const kept = await upload(coordinator, content, 'true');
    expect(kept.json()).toMatchObject({ created: 2, updated: 0, duplicates: 0 });
    const stored = await t.handle.db
      .selectFrom('science_tasks')
      .select([
        'code',
        'level',
        'status',
        'budget_vnd',
        'starts_on',
        'ends_on',
        'is_secret',
        'summary',
        'published_at',
      ])
      .where('code', 'like', 'NK.%')
      .orderBy('code')
      .execute();
    expect(stored.map((row) => ({ ...row, budget_vnd: Number(row.budget_vnd) }))).toEqual([
      {
        code: 'NK.2025.01',
        level: 'province',
        status: 'in_progress',
        budget_vnd: 1_250_500_000,
        starts_on: '2025-03-01',
        ends_on: '2026-12-31',
        is_secret: false,
        summary: 'Mỗi vùng trồng có một mã số riêng.\nNgười mua quét mã QR để biết nơi trồng.',
        published_at: null,
      },
      {
        code: 'NK.2025.02',
        level: 'ministry',
        status: 'in_progress',
        budget_vnd: 980_000_000,
        starts_on: null,
        ends_on: null,
        is_secret: true,
        summary: '',
        published_at: null,
      },
    ]);
    const imported = (await coordinator.get('/api/science-tasks?q=ban do so nong san')).json().items[0];
    expect(imported.code).toBe('NK.2025.01');
    await publish(imported);

    // The same list again: nothing new. With a row changed and marked secret: updated and withdrawn.
    const same = await upload(coordinator, await workbook([header, good, secretRow]));
    expect(same.json()).toMatchObject({ created: 0, updated: 0, duplicates: 2, errors: [] });
    const changed = [...good];
    changed[8] = 'Đã nghiệm thu';
    changed[11] = 'Có';
    const updated = await upload(coordinator, await workbook([header, changed, secretRow]));
    expect(updated.json()).toMatchObject({ created: 0, updated: 1, duplicates: 1 });
    const after = (await coordinator.get(`/api/science-tasks/${imported.id}`)).json();
    expect(after).toMatchObject({ status: 'accepted', isSecret: true, publishedAt: null });
    expect((await visit(`/cong-khai/08/nhiem-vu-khcn/${imported.id}`)).statusCode).toBe(404);
    const entries = await t.handle.db
      .selectFrom('audit_log')
      .select(['after'])
      .where('action', '=', 'science_task.import')
      .where('entity_id', '=', imported.id)
      .orderBy('id')
      .execute();
    expect(entries).toHaveLength(2);
    expect(entries[1]?.after).toMatchObject({ status: 'accepted', withdrawnAsSecret: true });
  });

  it('refuses a corrupt file, another template, and a body that does not keep the registry', async () => {
    const corrupt = await upload(coordinator, new TextEncoder().encode('PK\u0003\u0004 không phải Excel'));
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.json().error.message).toMatch(/Excel/);
    const other = await upload(coordinator, await workbook([['Tên', 'Email']], 'Trang 1'));
    expect(other.statusCode).toBe(400);
    expect(other.json().error.message).toContain('không đúng mẫu danh mục nhiệm vụ KH&CN');
    const word = await upload(coordinator, await workbook([header, good]), 'true', 'danh-muc.docx');
    expect(word.statusCode).toBe(400);
    expect((await upload(culture, await workbook([header, good]), 'true')).statusCode).toBe(404);
  });
});

describe('the demo', () => {
  it('keeps six tasks of the department, four disclosed and one secret, and binds the plan’s target', async () => {
    await clearRegistry();
    // The test template has no sample plans: the province's comes first, as in the demo.
    await provincePlan();
    await seedDemoScience(t.handle.db);
    const all = (await coordinator.get(`/api/science-tasks?bodyId=${department}`)).json();
    expect(all).toMatchObject({ total: 6, published: 4, secret: 1 });
    const list = (await visit('/cong-khai/08/nhiem-vu-khcn')).body;
    expect(list).toContain('Có 4 nhiệm vụ đã công khai.');
    const [secret] = (await coordinator.get('/api/science-tasks?secret=true')).json().items;
    expect(list).not.toContain(secret.title);
    // The province plan's "100% nhiệm vụ KH&CN … được truyền thông, phổ biến" measures itself: 4 of 5.
    const bound = await t.handle.db
      .selectFrom('indicators as i')
      .innerJoin('plans as p', 'p.id', 'i.plan_id')
      .select(['i.id', 'p.id as plan_id'])
      .where('p.body_id', '=', province)
      .where('i.computed_kind', '=', 'science_disclosed')
      .execute();
    expect(bound).toHaveLength(1);
    const periods = (await coordinator.get(`/api/plans/${bound[0]?.plan_id}/periods`)).json().items as {
      id: string;
      dataFrom: string;
      dataTo: string;
    }[];
    const current = periods.find((p) => p.dataFrom <= '2026-05-20' && p.dataTo >= '2026-05-20');
    const value = await coordinator.get(
      `/api/indicators/${bound[0]?.id}/rollup?periodId=${current?.id}&bodyId=${province}`,
    );
    expect(value.json().value).toMatchObject({ numerator: 4, denominator: 5, value: 80 });
  });
});

describe('the disclosed target', () => {
  let planId: string;
  let indicatorId: string;
  const periods: Record<string, string> = {};
  const figure = async (key: string, bodyId = province) => {
    const res = await coordinator.get(
      `/api/indicators/${indicatorId}/rollup?periodId=${periods[key]}&bodyId=${bodyId}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json().value as {
      numerator: number;
      denominator: number;
      value: number | null;
      asOf: string | null;
    };
  };

  it('is proposed from the target’s words and bound by the coordinator', async () => {
    await clearRegistry();
    planId = await provincePlan();
    for (const p of (await coordinator.get(`/api/plans/${planId}/periods`)).json().items)
      periods[p.key] = p.id;
    const targetOf = async () =>
      (await coordinator.get(`/api/plans/${planId}/indicators`))
        .json()
        .items.find((i: { targetText: string | null }) =>
          i.targetText?.includes('nhiệm vụ khoa học và công nghệ có sử dụng ngân sách nhà nước'),
        );
    let target = await targetOf();
    if (target.source === 'computed') {
      // Bound by the demo above: back to reported figures, it is proposed again.
      const unbound = await put(coordinator, `/api/indicators/${target.id}/binding`, {
        binding: null,
        version: target.version,
      });
      expect(unbound.statusCode, unbound.body).toBe(204);
      target = await targetOf();
    }
    expect(target).toMatchObject({ source: 'reported', measure: 'ratio' });
    expect(target.proposedBinding).toEqual({ kind: 'science_disclosed' });
    expect(
      (
        await put(focal, `/api/indicators/${target.id}/binding`, {
          binding: target.proposedBinding,
          version: target.version,
        })
      ).statusCode,
    ).toBe(404);
    const bound = await put(coordinator, `/api/indicators/${target.id}/binding`, {
      binding: target.proposedBinding,
      version: target.version,
    });
    expect(bound.statusCode, bound.body).toBe(204);
    indicatorId = target.id;
    const after = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items;
    expect(after.find((i: { id: string }) => i.id === indicatorId)).toMatchObject({
      source: 'computed',
      computedKind: 'science_disclosed',
      numeratorLabel: expect.stringMatching(/đã được công khai/),
      denominatorLabel: expect.stringMatching(/trừ nhiệm vụ thuộc bí mật nhà nước/),
    });
  });

  it('computes published ÷ non-secret tasks under the plan’s body, and a closed period does not move', async () => {
    const a = await publish(await createTask('CS.A'));
    const b = await createTask('CS.B');
    const c = await createTask('CS.C');
    await createTask('CS.S', { isSecret: true });
    // Begun after the first half-year's data: counted from the second half-year only.
    await createTask('CS.LATE', { startsOn: '2026-07-20', endsOn: '2027-07-20' });
    expect(await figure('2026-H1')).toMatchObject({ numerator: 1, denominator: 3, asOf: null });
    // A body outside the department's subtree counts none of them.
    expect(await figure('2026-H1', await bodyIdByCode(t.handle, '02353'))).toMatchObject({
      numerator: 0,
      denominator: 0,
    });

    vi.setSystemTime(new Date(JULY_1));
    coordinator = await signIn(t.app, 'tq.dieuphoi');
    const closed = await figure('2026-H1');
    expect(closed).toMatchObject({ numerator: 1, denominator: 3 });
    expect(closed.asOf).not.toBeNull();

    const current = (await coordinator.get(`/api/science-tasks/${a.id}`)).json();
    expect(
      (await coordinator.post(`/api/science-tasks/${a.id}/unpublish`, { version: current.version }))
        .statusCode,
    ).toBe(200);
    const secretNow = await put(coordinator, `/api/science-tasks/${b.id}`, {
      ...aTask('CS.B'),
      isSecret: true,
      version: b.version,
    });
    expect(secretNow.statusCode).toBe(200);
    await publish(c);
    const moved = await put(coordinator, `/api/science-tasks/${c.id}`, {
      ...aTask('CS.C'),
      startsOn: '2026-06-20',
      version: c.version + 1,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await figure('2026-H1')).toEqual(closed);
    // The open half-year reads the registry as it is: A and C (and the late one) not secret, C published.
    expect(await figure('2026-H2')).toMatchObject({ numerator: 1, denominator: 3, asOf: null });
  });
});
