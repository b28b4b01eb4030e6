// The demo's honours and the public list of those honoured (issue 18, part 2): the demo honours a
// commune other than Hòa An for last year (its certificate issued), leaves a nomination waiting for
// the province's decision and turns the province's public list on. The list at
// /cong-khai/<code>/khen-thuong shows, by year, the names of the bodies and people honoured, the form
// and the decision — nothing else of a person — without script and light; it is in the sitemap and
// linked from the home while the site publishes it, and "not found" once it stops.

import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_HONOUR_DECISION, seedDemoHonours } from '../src/seed/demo-honours.ts';
import { pinClock } from './support/clock.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

pinClock('2026-11-20T09:00:00+07:00');

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let province: string;
let hoaAn: string;

const put = (agent: Agent, url: string, payload: object) => agent.request({ method: 'PUT', url, payload });
/** A public page, as a citizen's browser asks for it: no session. */
const visit = (url: string) => t.app.inject({ method: 'GET', url });

/** Turns a site's list of those honoured on or off through its settings, as the screen saves them. */
async function showHonours(agent: Agent, bodyId: string, on: boolean, open = true) {
  const site = (await agent.get(`/api/public-sites/${bodyId}`)).json();
  const res = await put(agent, `/api/public-sites/${bodyId}`, {
    enabled: open,
    intro: site.intro,
    feedbackDays: site.feedbackDays,
    showHonours: on,
    version: site.version,
  });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().showHonours).toBe(on);
}

beforeAll(async () => {
  ({ t, coordinator, focal } = await signedInApp(
    { coordinator: 'tq.dieuphoi', focal: 'hoaan.daumoi' },
    { publicPerMinute: 10_000 },
  ));
  province = await bodyIdByCode(t.handle, '08');
  hoaAn = await bodyIdByCode(t.handle, '02353');
  await seedDemoHonours(t.handle.db);
}, 120_000);
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

describe('the demo’s honours', () => {
  it('honours a commune other than Hòa An for last year with its certificate, and leaves one to decide', async () => {
    const honoured = (await coordinator.get('/api/honour-nominations?year=2025&status=approved')).json();
    expect(honoured.total).toBe(1);
    const [item] = honoured.items;
    expect(item).toMatchObject({
      decisionNo: DEMO_HONOUR_DECISION,
      decidedOn: '2025-12-15',
      form: 'certificate_of_merit',
    });
    expect(item.nominee.id).not.toBe(hoaAn);
    expect(item.nominee.kind).toBe('commune');
    expect(item.certificateNo).toMatch(/^GK-2025-\d{6}$/);
    const pdf = await coordinator.get(`/api/honour-nominations/${item.id}/certificate.pdf`);
    expect(pdf.statusCode).toBe(200);

    const waiting = (await coordinator.get('/api/honour-nominations?view=to_decide')).json();
    expect(waiting.items).toHaveLength(1);
    expect(waiting.items[0]).toMatchObject({ year: 2026, status: 'submitted', nomineeKind: 'person' });
    // Hòa An has nothing for this year: the browser test nominates it.
    expect((await focal.get('/api/honour-nominations?year=2026')).json().total).toBe(0);

    const audited = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['honour.nominate', 'honour.decide', 'honour.certify', 'public_site.update'])
      .execute();
    expect(audited.map((a) => a.action).sort()).toEqual([
      'honour.certify',
      'honour.decide',
      'honour.nominate',
      'honour.nominate',
      'public_site.update',
    ]);
    expect((await coordinator.get(`/api/public-sites/${province}`)).json().showHonours).toBe(true);
  });
});

describe('the public list of those honoured', () => {
  it('lists the province’s honoured by year, names, form and decision only, light and without script', async () => {
    const res = await visit('/cong-khai/08/khen-thuong');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.body;
    const honoured = (await coordinator.get('/api/honour-nominations?status=approved')).json().items[0];
    expect(html).toContain('<h1>Khen thưởng</h1>');
    expect(html).toContain('Năm 2025');
    expect(html).toContain(honoured.nominee.name);
    expect(html).toContain('Giấy khen');
    expect(html).toContain(`Quyết định số ${DEMO_HONOUR_DECISION} ngày 15/12/2025`);
    expect(html).toContain('aria-current="page">Khen thưởng</a>');
    // What the nomination says is for the staff: not its paragraph, not the one still waiting.
    expect(html).not.toContain('Tổ công nghệ số cộng đồng ở tất cả các thôn');
    expect(html).not.toContain('Nguyễn Văn Bình');
    expect(html).not.toMatch(/<script/i);
    expect(gzipSync(html).length).toBeLessThan(60 * 1024);
    // A year without honours says so; a year edited into nonsense shows the latest.
    expect((await visit('/cong-khai/08/khen-thuong?nam=2026')).body).toContain(
      'Chưa có tập thể, cá nhân nào được khen thưởng trong năm 2026.',
    );
    const nonsense = await visit('/cong-khai/08/khen-thuong?nam=hai-nghin&trang=-3');
    expect(nonsense.statusCode).toBe(200);
    expect(nonsense.body).toContain(honoured.nominee.name);
  });

  it('shows a person’s name and body, never their title, phone, e-mail or achievements', async () => {
    const department = await t.handle.db
      .selectFrom('users')
      .select('body_id')
      .where('username', '=', 'tq.vanhoa')
      .executeTakeFirstOrThrow();
    const waiting = (await coordinator.get('/api/honour-nominations?view=to_decide')).json().items[0];
    const corrected = await t.handle.db
      .updateTable('honour_nominations')
      .set({ achievements: 'Liên hệ 0912 345 678, binh.nv@tuyenquang.gov.vn: hoàn thành xuất sắc nhiệm vụ.' })
      .where('id', '=', waiting.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    const approved = await coordinator.post(`/api/honour-nominations/${waiting.id}/decision`, {
      outcome: 'approved',
      decisionNo: '88/QĐ-UBND',
      decidedOn: '2026-11-19',
      version: corrected.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const html = (await visit('/cong-khai/08/khen-thuong')).body;
    expect(html).toContain('Năm 2026');
    expect(html).toContain('Nguyễn Văn Bình');
    const body = await t.handle.db
      .selectFrom('bodies')
      .select('name')
      .where('id', '=', department.body_id)
      .executeTakeFirstOrThrow();
    expect(html).toContain(body.name);
    expect(html).toContain('Quyết định số 88/QĐ-UBND ngày 19/11/2026');
    for (const secret of [
      '0912',
      '345 678',
      '@tuyenquang.gov.vn',
      'Phó Trưởng phòng',
      'hoàn thành xuất sắc',
    ]) {
      expect(html).not.toContain(secret);
    }
    expect((await visit('/cong-khai/08/khen-thuong?nam=2025')).body).not.toContain('Nguyễn Văn Bình');
  });

  it('is in the sitemap and linked from the home and its menu while the site publishes it', async () => {
    const sitemap = (await visit('/sitemap.xml')).body;
    expect(sitemap).toContain('/cong-khai/08/khen-thuong</loc>');
    expect(sitemap).toContain('/cong-khai/08/khen-thuong?nam=2025</loc>');
    const home = (await visit('/cong-khai/08')).body;
    expect(home).toContain('href="/cong-khai/08/khen-thuong"');
  });

  it('answers "not found" once the site stops publishing it, and leaves it out of the sitemap and home', async () => {
    await showHonours(coordinator, province, false);
    const off = await visit('/cong-khai/08/khen-thuong');
    expect(off.statusCode).toBe(404);
    expect(off.headers['content-type']).toMatch(/^text\/html/);
    expect(off.body).toContain('Không tìm thấy trang');
    expect((await visit('/sitemap.xml')).body).not.toContain('khen-thuong');
    expect((await visit('/cong-khai/08')).body).not.toContain('khen-thuong');
    await showHonours(coordinator, province, true);
    expect((await visit('/cong-khai/08/khen-thuong')).statusCode).toBe(200);
  });

  it('lets a commune with its site open publish its own list; a closed site or unknown code is not found', async () => {
    expect((await visit('/cong-khai/02353/khen-thuong')).statusCode).toBe(404);
    await showHonours(focal, hoaAn, true);
    const own = await visit('/cong-khai/02353/khen-thuong');
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('Chưa có tập thể, cá nhân nào được khen thưởng');
    // The flag is kept when a client that does not know it saves the settings.
    const site = (await focal.get(`/api/public-sites/${hoaAn}`)).json();
    const saved = await put(focal, `/api/public-sites/${hoaAn}`, {
      enabled: false,
      intro: site.intro,
      feedbackDays: site.feedbackDays,
      version: site.version,
    });
    expect(saved.json()).toMatchObject({ enabled: false, showHonours: true });
    expect((await visit('/cong-khai/02353/khen-thuong')).statusCode).toBe(404);
    expect((await visit('/cong-khai/99999/khen-thuong')).statusCode).toBe(404);
    expect((await visit('/cong-khai/abc/khen-thuong')).statusCode).toBe(404);
    const wrong = await put(focal, `/api/public-sites/${hoaAn}`, { ...site, showHonours: 'yes' });
    expect(wrong.statusCode).toBe(400);
  });
});
