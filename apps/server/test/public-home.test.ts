// The public home of a province (and of a commune that opens one, issue 17): the plan's progress in
// aggregates that are the staff app's own figures, the communes' map, the news (outputs marked public
// of the bodies under the site, nothing else), the settings kept by those who speak for the body,
// the sitemap and robots.txt, the weight budget of a phone on a slow network, escaping, and no
// personal data on any of it.

import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPublicHome } from '../src/use-cases/public-site/get-public-home.ts';
import { loadPublicSite } from '../src/use-cases/public-site/load-public-site.ts';
import { pinClock } from './support/clock.ts';
import { publishSample, signInAsNewUser } from './support/factories.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

pinClock('2026-08-20T09:00:00+07:00');

const PUBLIC_URL = 'https://lantoa.example.vn';
/** The first load of every public page, compressed (issue 17: a phone on a slow network). */
const BUDGET = 60 * 1024;

let t: TestApp;
let coordinator: Agent;
let hoaAnFocal: Agent;
let viewer: Agent;
let culture: Agent;
let admin: Agent;
let sonLa: Agent;
let province: string;
let hoaAn: string;
let department: string;
let sonLaProvince: string;
let planId: string;

const put = (agent: Agent, url: string, payload: object) => agent.request({ method: 'PUT', url, payload });
/** A public page as a browser on a phone asks for it: gzip accepted, no session. */
const open = (url: string) => t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
const htmlOf = (res: { rawPayload: Buffer; headers: Record<string, unknown> }) =>
  res.headers['content-encoding'] === 'gzip'
    ? gunzipSync(res.rawPayload).toString('utf8')
    : res.rawPayload.toString('utf8');
/** The page's text without its tags, whitespace collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

async function newOutput(agent: Agent, bodyId: string, fields: Record<string, unknown>) {
  const res = await agent.post(`/api/bodies/${bodyId}/outputs`, {
    kind: 'portal_post',
    publishedOn: '2026-08-10',
    channelKind: 'portal',
    channelName: 'Cổng thông tin điện tử',
    ...fields,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

beforeAll(async () => {
  ({ t, coordinator, hoaAnFocal, viewer, culture, admin } = await signedInApp(
    {
      coordinator: 'tq.dieuphoi',
      hoaAnFocal: 'hoaan.daumoi',
      viewer: 'tq.lanhdao',
      culture: 'tq.vanhoa',
      admin: 'admin',
    },
    { publicUrl: PUBLIC_URL },
  ));
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  sonLaProvince = await bodyIdByCode(t.handle, '14');
  department = (
    await t.handle.db
      .selectFrom('bodies')
      .select('id')
      .where('parent_id', '=', province)
      .where('name', '=', 'Sở Khoa học và Công nghệ')
      .executeTakeFirstOrThrow()
  ).id;
  sonLa = await signInAsNewUser(
    t,
    { username: 'sonla.dieuphoi', bodyId: sonLaProvince, role: 'coordinator' },
    admin,
  );
  ({ planId } = await publishSample(t, coordinator, '08', 'tuyen-quang-2026.txt'));
}, 120_000);
afterAll(async () => t?.close());

describe('the province’s public home', () => {
  it('shows the plan’s tasks by state and its indicators as the staff app counts them', async () => {
    // Hòa An reports a figure of a reported ratio and the province accepts it; another commune's
    // figure is only submitted: the public sees the official (accepted) figure alone.
    const periods = (await coordinator.get(`/api/plans/${planId}/periods`)).json().items as {
      id: string;
      label: string;
    }[];
    const indicators = (await coordinator.get(`/api/plans/${planId}/indicators`)).json().items as {
      id: string;
      name: string;
      source: string;
      measure: string;
      reportedBy: string[];
    }[];
    const site = await loadPublicSite(t.handle.db, '08');
    const before = await getPublicHome(t.handle.db, site);
    const plan = before.plans.find((p) => p.id === planId);
    expect(plan?.period).not.toBeNull();
    const period = periods.find((p) => p.label === plan?.period?.label);
    expect(period).toBeDefined();
    const ratio = indicators.find(
      (i) =>
        i.source === 'reported' &&
        i.measure === 'ratio' &&
        (i.reportedBy.length === 0 || i.reportedBy.includes('commune')),
    );
    expect(ratio).toBeDefined();
    if (!period || !ratio) return;
    const form = `/api/periods/${period.id}/reports/${hoaAn}`;
    const saved = await put(hoaAnFocal, form, {
      values: [{ indicatorId: ratio.id, numerator: 3, denominator: 4 }],
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await hoaAnFocal.post(`${form}/submit`, { version: saved.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const { report } = (await coordinator.get(form)).json();
    const accepted = await coordinator.post(`${form}/accept`, { version: report.version });
    expect(accepted.statusCode, accepted.body).toBe(200);

    const home = await getPublicHome(t.handle.db, site);
    const shown = home.plans.find((p) => p.id === planId);
    expect(shown).toBeDefined();
    if (!shown) return;
    // Tasks by state: the plan page's counts.
    const staffPlan = (await coordinator.get(`/api/plans/${planId}`)).json();
    expect(shown.tasks).toEqual(staffPlan.work.tasks);
    expect(shown.tasks.total).toBeGreaterThan(0);
    // Each indicator: the roll-up's figure at the plan's issuer, accepted reports only.
    const indicatorNames = new Map(indicators.map((i) => [i.name, i.id]));
    for (const figure of shown.indicators) {
      const id = indicatorNames.get(figure.name);
      const rollup = (
        await coordinator.get(`/api/indicators/${id}/rollup?periodId=${period.id}&basis=accepted`)
      ).json();
      expect(rollup.body.id).toBe(province);
      expect({ value: figure.value, numerator: figure.numerator, target: figure.target }).toEqual({
        value: rollup.value.value,
        numerator: rollup.value.numerator,
        target: rollup.target,
      });
      expect(figure.standing).toBe(rollup.value.progress?.standing ?? null);
    }
    const reported = shown.indicators.find((i) => i.name === ratio.name);
    expect(reported?.value).toBe(75);

    // The page says the same, with Vietnamese separators, and no task's title.
    const res = await open('/cong-khai/08');
    expect(res.statusCode).toBe(200);
    const html = htmlOf(res);
    const text = textOf(html);
    expect(text).toContain(`${shown.tasks.total} nhiệm vụ`);
    expect(text).toContain('75%');
    expect(text).toContain(`kỳ ${shown.period?.label}`);
    const taskTitles = await t.handle.db
      .selectFrom('tasks')
      .select('title')
      .where('plan_id', '=', planId)
      .execute();
    for (const task of taskTitles) expect(text).not.toContain(task.title);
  });

  it('draws the communes’ map with a table of the same figures', async () => {
    const site = await loadPublicSite(t.handle.db, '08');
    const home = await getPublicHome(t.handle.db, site);
    expect(home.communes?.length).toBeGreaterThan(100);
    const html = htmlOf(await open('/cong-khai/08'));
    expect(html).toMatch(/<svg viewBox="0 0 400 \d+" role="img" aria-labelledby="map-title">/);
    expect((html.match(/<path /g) ?? []).length).toBeGreaterThan(100);
    expect(html).toContain('<td>Xã Hòa An</td>');
    // A commune's share is its done work over its due work, in its subtree.
    for (const c of home.communes ?? []) {
      expect(c.done).toBeLessThanOrEqual(c.due);
      if (c.due === 0) expect(c.share).toBeNull();
    }
  });

  it('has a title, a description, a canonical address and the Open Graph card', async () => {
    const res = await open('/cong-khai/08');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'none'");
    const html = htmlOf(res);
    const { name } = await loadPublicSite(t.handle.db, '08');
    expect(name).toMatch(/Tuyên Quang$/);
    expect(html).toContain(`<title>${name}</title>`);
    expect(html).toMatch(/<meta name="description" content="[^"]{40,}">/);
    expect(html).toContain(`<link rel="canonical" href="${PUBLIC_URL}/cong-khai/08">`);
    expect(html).toContain(`<meta property="og:url" content="${PUBLIC_URL}/cong-khai/08">`);
    expect(html).toContain(`<meta property="og:title" content="${name}">`);
    expect(html).toContain(`<h1>${name}</h1>`);
    // Headings in order: one h1, then h2 sections (never an h3 straight after the h1).
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++)
      expect((levels[i] as number) - (levels[i - 1] as number)).toBeLessThanOrEqual(1);
    // Each block links to its section.
    for (const section of ['tin-tuc', 'nhiem-vu-khcn', 'dat-hang', 'phan-anh', 'tin-sai'])
      expect(html).toContain(`href="/cong-khai/08/${section}"`);
  });

  it('answers an unknown or malformed address with the section’s own 404 page', async () => {
    for (const url of ['/cong-khai/99', '/cong-khai/abc', '/cong-khai/08/tin-tuc?trang=0']) {
      const res = await open(url);
      expect(res.statusCode, url).toBe(404);
      expect(htmlOf(res)).toContain('Không tìm thấy trang');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });
});

describe('the news', () => {
  it('lists the outputs marked public of the bodies under the site, newest first', async () => {
    await newOutput(coordinator, department, {
      title: 'Sở công bố danh mục nhiệm vụ khoa học năm 2027',
      isPublic: true,
      url: 'https://sokhcn.tuyenquang.gov.vn/danh-muc-2027',
      publishedOn: '2026-08-12',
    });
    await newOutput(hoaAnFocal, hoaAn, {
      title: 'Hòa An ra mắt Tổ công nghệ số thôn Tân Tiến',
      isPublic: true,
      publishedOn: '2026-08-15',
    });
    await newOutput(coordinator, department, { title: 'Bản tin nội bộ chưa công khai', isPublic: false });
    await newOutput(sonLa, sonLaProvince, { title: 'Sơn La công bố kế hoạch năm 2027', isPublic: true });

    const res = await open('/cong-khai/08/tin-tuc');
    expect(res.statusCode).toBe(200);
    const html = htmlOf(res);
    const text = textOf(html);
    expect(text).toContain('Sở công bố danh mục nhiệm vụ khoa học năm 2027');
    expect(text).toContain('Hòa An ra mắt Tổ công nghệ số thôn Tân Tiến');
    expect(text).not.toContain('Bản tin nội bộ chưa công khai');
    expect(text).not.toContain('Sơn La công bố');
    expect(text.indexOf('Hòa An ra mắt')).toBeLessThan(text.indexOf('Sở công bố danh mục'));
    expect(text).toContain('12/08/2026 · Cổng thông tin điện tử · Sở Khoa học và Công nghệ');
    expect(html).toContain(
      '<a href="https://sokhcn.tuyenquang.gov.vn/danh-muc-2027" rel="noopener nofollow" target="_blank">',
    );
    // The home shows the latest, with the way to all of them.
    const home = textOf(htmlOf(await open('/cong-khai/08')));
    expect(home).toContain('Hòa An ra mắt Tổ công nghệ số thôn Tân Tiến');
    expect(home).toContain('Xem tất cả tin tức (2)');
  });

  it('pages through the news with plain links', async () => {
    for (let i = 1; i <= 21; i++) {
      await newOutput(coordinator, department, {
        title: `Tin số ${i} về chuyển đổi số`,
        isPublic: true,
        publishedOn: '2026-07-01',
        url: `https://sokhcn.tuyenquang.gov.vn/tin-${i}`,
      });
    }
    const first = htmlOf(await open('/cong-khai/08/tin-tuc'));
    expect(first).toContain('href="/cong-khai/08/tin-tuc?trang=2" rel="next"');
    expect(textOf(first)).toContain('Trang 1/2');
    const second = await open('/cong-khai/08/tin-tuc?trang=2');
    expect(second.statusCode).toBe(200);
    expect(htmlOf(second)).toContain(
      `<link rel="canonical" href="${PUBLIC_URL}/cong-khai/08/tin-tuc?trang=2">`,
    );
    expect((await open('/cong-khai/08/tin-tuc?trang=3')).statusCode).toBe(404);
  });
});

describe('a commune’s public home', () => {
  it('does not exist until the commune opens it, then shows its own subtree only', async () => {
    const closed = await open('/cong-khai/02353');
    expect(closed.statusCode).toBe(404);
    expect((await open('/cong-khai/02353/tin-tuc')).statusCode).toBe(404);
    const settings = (await hoaAnFocal.get(`/api/public-sites/${hoaAn}`)).json();
    expect(settings).toMatchObject({
      enabled: false,
      version: 0,
      path: '/cong-khai/02353',
      address: `${PUBLIC_URL}/cong-khai/02353`,
      feedbackDays: 15,
    });
    const saved = await put(hoaAnFocal, `/api/public-sites/${hoaAn}`, {
      enabled: true,
      intro: 'Trang công khai của xã Hòa An.',
      feedbackDays: 10,
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ enabled: true, version: 1, feedbackDays: 10 });

    const res = await open('/cong-khai/02353');
    expect(res.statusCode).toBe(200);
    const text = textOf(htmlOf(res));
    expect(text).toContain('Trang công khai của xã Hòa An.');
    // A commune has no map of communes; its news is its own.
    expect(htmlOf(res)).not.toContain('role="img"');
    const news = textOf(htmlOf(await open('/cong-khai/02353/tin-tuc')));
    expect(news).toContain('Hòa An ra mắt Tổ công nghệ số');
    expect(news).not.toContain('Sở công bố danh mục');
    // The public site reads the days to answer feedback.
    expect((await loadPublicSite(t.handle.db, '02353')).feedbackDays).toBe(10);
  });
});

describe('the settings of a public home', () => {
  it('are kept by the province’s coordinator, not by a viewer, a department’s focal point or a commune', async () => {
    const url = `/api/public-sites/${province}`;
    const mine = await coordinator.get(url);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({
      body: { id: province, kind: 'province', code: '08' },
      enabled: true,
      version: 0,
    });
    for (const agent of [viewer, culture, hoaAnFocal, sonLa]) {
      expect((await agent.get(url)).statusCode).toBe(404);
      const res = await put(agent, url, { enabled: false, intro: '', feedbackDays: 15, version: 0 });
      expect(res.statusCode).toBe(404);
    }
    // A body that is neither a province nor a commune has no public home.
    expect((await coordinator.get(`/api/public-sites/${department}`)).statusCode).toBe(404);
    // The province's coordinator keeps its communes' homes too.
    expect((await coordinator.get(`/api/public-sites/${hoaAn}`)).statusCode).toBe(200);
    // Another province's coordinator keeps nothing here, and reads nothing either.
    expect((await sonLa.get(`/api/public-sites/${hoaAn}`)).statusCode).toBe(404);
  });

  it('are saved on the version loaded, audited, and refuse a stale save', async () => {
    const url = `/api/public-sites/${province}`;
    const intro = 'Tỉnh Tuyên Quang công khai tiến độ triển khai Nghị quyết 57-NQ/TW.';
    const first = await put(coordinator, url, { enabled: true, intro, feedbackDays: 20, version: 0 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, intro, feedbackDays: 20 });
    // Someone who loaded the defaults before that save is refused, not silently overwriting it.
    const stale = await put(coordinator, url, { enabled: false, intro: '', feedbackDays: 15, version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    const second = await put(coordinator, url, { enabled: true, intro, feedbackDays: 30, version: 1 });
    expect(second.json()).toMatchObject({ version: 2, feedbackDays: 30 });
    expect(
      (await put(coordinator, url, { enabled: true, intro, feedbackDays: 30, version: 1 })).statusCode,
    ).toBe(409);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'entity_type', 'before', 'after'])
      .where('entity_id', '=', province)
      .where('action', '=', 'public_site.update')
      .orderBy('at')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ entity_type: 'public_site' });
    const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
    expect(json(audit[1]?.before)).toMatchObject({ feedbackDays: 20 });
    expect(json(audit[1]?.after)).toMatchObject({ feedbackDays: 30 });
    // Bad input is refused naming the field.
    const tooLong = await put(coordinator, url, {
      enabled: true,
      intro: 'x'.repeat(2001),
      feedbackDays: 30,
      version: 2,
    });
    expect(tooLong.statusCode).toBe(400);
    const days = await put(coordinator, url, { enabled: true, intro, feedbackDays: 0, version: 2 });
    expect(days.statusCode).toBe(400);
    expect(textOf(htmlOf(await open('/cong-khai/08')))).toContain(intro);
  });

  it('turn a province’s home off and on again', async () => {
    const url = `/api/public-sites/${sonLaProvince}`;
    expect((await open('/cong-khai/14')).statusCode).toBe(200);
    const off = await put(sonLa, url, { enabled: false, intro: '', feedbackDays: 15, version: 0 });
    expect(off.statusCode, off.body).toBe(200);
    expect((await open('/cong-khai/14')).statusCode).toBe(404);
    expect((await open('/cong-khai/14/tin-tuc')).statusCode).toBe(404);
    const sitemap = (await t.app.inject({ method: 'GET', url: '/sitemap.xml' })).body;
    expect(sitemap).not.toContain('/cong-khai/14<');
    const on = await put(sonLa, url, { enabled: true, intro: '', feedbackDays: 15, version: 1 });
    expect(on.statusCode, on.body).toBe(200);
    expect((await open('/cong-khai/14')).statusCode).toBe(200);
  });
});

describe('what crawlers read', () => {
  it('lists every open site’s pages in the sitemap', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/sitemap.xml' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    const locs = [...res.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`${PUBLIC_URL}/cong-khai/08`);
    expect(locs).toContain(`${PUBLIC_URL}/cong-khai/08/tin-tuc`);
    // Hòa An opened its home above; the other communes have none.
    expect(locs).toContain(`${PUBLIC_URL}/cong-khai/02353`);
    expect(locs.filter((l) => /\/cong-khai\/\d{5}$/.test(l ?? ''))).toEqual([
      `${PUBLIC_URL}/cong-khai/02353`,
    ]);
    // Every province's home is open by default.
    expect(locs.filter((l) => /\/cong-khai\/\d{2}$/.test(l ?? '')).length).toBe(34);
    expect(res.body).toMatch(
      /<loc>[^<]+\/cong-khai\/08\/tin-tuc<\/loc><lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/,
    );
    // Each listed page opens.
    for (const loc of locs.filter((l) => l?.includes('/cong-khai/08') || l?.includes('/02353'))) {
      expect((await open(String(loc).slice(PUBLIC_URL.length))).statusCode, loc).toBe(200);
    }
  });

  it('lets them read the public pages and contests, not the API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/robots.txt' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('Allow: /cong-khai/');
    expect(res.body).toContain('Allow: /thi/');
    expect(res.body).toContain('Disallow: /api/');
    expect(res.body).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
  });
});

describe('every public page', () => {
  it('weighs at most 60 KB compressed', async () => {
    for (const url of [
      '/cong-khai/08',
      '/cong-khai/08/tin-tuc',
      '/cong-khai/08/tin-tuc?trang=2',
      '/cong-khai/02353',
      '/cong-khai/02353/tin-tuc',
      '/cong-khai/14',
    ]) {
      const res = await open(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-encoding'], url).toBe('gzip');
      expect(res.rawPayload.length, url).toBeLessThanOrEqual(BUDGET);
    }
  });

  it('escapes what staff typed: a body’s name, an intro, an output’s title', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    await t.handle.db
      .updateTable('bodies')
      .set({ name: `Sở <b>Thử</b> & "Công nghệ"` })
      .where('id', '=', department)
      .execute();
    await newOutput(coordinator, department, {
      title: `Bài viết ${markup} <script>alert(2)</script>`,
      isPublic: true,
      publishedOn: '2026-08-19',
    });
    const settings = (await coordinator.get(`/api/public-sites/${province}`)).json();
    const saved = await put(coordinator, `/api/public-sites/${province}`, {
      enabled: true,
      intro: `Giới thiệu ${markup}`,
      feedbackDays: 30,
      version: settings.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    for (const url of ['/cong-khai/08', '/cong-khai/08/tin-tuc']) {
      const html = htmlOf(await open(url));
      expect(html, url).not.toContain(markup);
      expect(html, url).not.toContain('<script>alert(2)');
      expect(html, url).not.toContain('<b>Thử</b>');
      expect(html, url).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html, url).not.toContain('<script');
    }
    const news = htmlOf(await open('/cong-khai/08/tin-tuc'));
    expect(news).toContain('Sở &lt;b&gt;Thử&lt;/b&gt; &amp; &quot;Công nghệ&quot;');
    await t.handle.db
      .updateTable('bodies')
      .set({ name: 'Sở Khoa học và Công nghệ' })
      .where('id', '=', department)
      .execute();
  });

  it('carries no phone number nor e-mail address, from any table', async () => {
    // Personal data where people type it: an output's title, the intro, a contact of the network,
    // an account's e-mail, a roster's phone.
    await newOutput(coordinator, department, {
      title: 'Liên hệ tư vấn: 0912 345 678, tuvan@sokhcn.example.vn',
      isPublic: true,
      publishedOn: '2026-08-19',
    });
    const contact = await coordinator.post(`/api/bodies/${province}/contacts`, {
      kind: 'reporter',
      name: 'Phóng viên Lê Văn Nam',
      email: 'nam.le@baotuyenquang.example.vn',
      phone: '0987654321',
      topics: ['Chuyển đổi số'],
      consent: true,
      consentOn: '2026-08-01',
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const settings = (await hoaAnFocal.get(`/api/public-sites/${hoaAn}`)).json();
    expect(
      (
        await put(hoaAnFocal, `/api/public-sites/${hoaAn}`, {
          enabled: true,
          intro: 'Mọi thắc mắc xin gọi 0203 3822 456 hoặc hoaan@tuyenquang.example.vn.',
          feedbackDays: 10,
          version: settings.version,
        })
      ).statusCode,
    ).toBe(200);

    const db = t.handle.db;
    const personal = [
      ...(await db.selectFrom('users').select('email as value').where('email', 'is not', null).execute()),
      ...(await db
        .selectFrom('network_contacts')
        .select('email as value')
        .where('email', 'is not', null)
        .execute()),
      ...(await db
        .selectFrom('network_contacts')
        .select('phone as value')
        .where('phone', 'is not', null)
        .execute()),
      ...(await db
        .selectFrom('roster_people')
        .select('phone as value')
        .where('phone', 'is not', null)
        .execute()),
      ...(await db.selectFrom('quiz_participants').select('phone as value').execute()),
      { value: '0912 345 678' },
      { value: 'tuvan@sokhcn.example.vn' },
      { value: '0203 3822 456' },
      { value: 'hoaan@tuyenquang.example.vn' },
    ]
      .map((row) => row.value)
      .filter((value): value is string => Boolean(value));
    expect(personal.length).toBeGreaterThan(4);
    const names = (await db.selectFrom('network_contacts').select('name').execute()).map((c) => c.name);
    for (const url of [
      '/cong-khai/08',
      '/cong-khai/08/tin-tuc',
      '/cong-khai/02353',
      '/cong-khai/02353/tin-tuc',
    ]) {
      const html = htmlOf(await open(url));
      for (const value of personal) expect(html, `${url} shows ${value}`).not.toContain(value);
      // Digits alone, whatever the spacing: no Vietnamese phone number in any form.
      const digits = textOf(html).replace(/[ .\u00a0-]/g, '');
      for (const value of personal.filter((v) => /^[\d +().-]+$/.test(v)))
        expect(digits, `${url} shows ${value}`).not.toContain(value.replace(/\D/g, ''));
      expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
      for (const name of names) expect(html).not.toContain(name);
    }
    expect(textOf(htmlOf(await open('/cong-khai/08/tin-tuc')))).toContain('Liên hệ tư vấn: [đã ẩn], [đã ẩn]');
  });
});
