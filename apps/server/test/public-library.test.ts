// The library's communication products on the public homes (issue 17): an item is shown only while
// its body marks it public AND it is approved, on the sites over its body; its page, file and
// thumbnail are checked again on every request and answer one "not found" for anything else
// (missing, pending, rejected, not public, another province's). Setting the flag is audited as any
// change of the item's metadata; the sitemap follows; titles are escaped; the list keeps the weight
// budget of a phone on a slow network.

import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastAudit } from './support/audit.ts';
import { pinClock } from './support/clock.ts';
import { signInAsNewUser } from './support/factories.ts';
import { type Agent, bodyIdByCode, multipart, signedInApp, type TestApp } from './support/test-app.ts';

pinClock('2026-08-20T09:00:00+07:00');

const PUBLIC_URL = 'https://lantoa.example.vn';
/** The first load of every public page, compressed (issue 17: a phone on a slow network). */
const BUDGET = 60 * 1024;

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let admin: Agent;
let sonLa: Agent;
let province: string;
let sonLaProvince: string;
let png: Uint8Array;

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
const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

const LIST = '/cong-khai/08/thu-vien';
const itemUrl = (id: string, part = '', site = '08') => `/cong-khai/${site}/thu-vien/${id}${part}`;

interface Item {
  id: string;
  version: number;
  status: string;
  isPublic: boolean;
}

/** Uploads a poster as `agent`, shared to `shareBodyId`; metadata fields as the web sends them. */
async function upload(agent: Agent, shareBodyId: string, fields: Record<string, string> = {}): Promise<Item> {
  const res = await agent.request({
    method: 'POST',
    url: '/api/library/items',
    ...multipart(
      {
        title: 'Áp phích Bình dân học vụ số',
        summary: 'Áp phích cổ động người dân học kỹ năng số cơ bản.',
        topics: JSON.stringify(['Chuyển đổi số']),
        audience: 'Người dân',
        language: 'vi',
        kind: 'poster',
        usageRights: 'Được in, đăng lại; ghi nguồn Sở Khoa học và Công nghệ.',
        shareBodyId,
        ...fields,
      },
      { name: 'ap-phich.png', type: 'image/png', content: png },
    ),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().item as Item;
}

async function review(agent: Agent, item: Item, decision: 'approve' | 'reject'): Promise<Item> {
  const res = await agent.post(`/api/library/items/${item.id}/review`, {
    decision,
    version: item.version,
    ...(decision === 'reject' ? { comment: 'Chưa ghi nguồn ảnh.' } : {}),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().item as Item;
}

async function patch(agent: Agent, item: Item, change: Record<string, unknown>): Promise<Item> {
  const res = await agent.patch(`/api/library/items/${item.id}`, { ...change, version: item.version });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().item as Item;
}

/** The item's page, file and thumbnail answer 404, each the same page whatever the reason. */
async function expectHidden(id: string, site = '08') {
  const answers = [];
  for (const part of ['', '/tep', '/anh']) {
    const res = await open(itemUrl(id, part, site));
    expect(res.statusCode, `${id}${part}`).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    answers.push(htmlOf(res));
  }
  return answers;
}

const sitemapLocs = async () =>
  [...(await t.app.inject({ method: 'GET', url: '/sitemap.xml' })).body.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => m[1],
  );

beforeAll(async () => {
  ({ t, coordinator, focal, admin } = await signedInApp(
    { coordinator: 'tq.dieuphoi', focal: 'hoaan.daumoi', admin: 'admin' },
    { publicUrl: PUBLIC_URL },
  ));
  province = await bodyIdByCode(t.handle, '08');
  sonLaProvince = await bodyIdByCode(t.handle, '14');
  sonLa = await signInAsNewUser(
    t,
    { username: 'sonla.dieuphoi', bodyId: sonLaProvince, role: 'coordinator' },
    admin,
  );
  png = new Uint8Array(
    await sharp({ create: { width: 400, height: 300, channels: 3, background: '#0b4f8a' } })
      .png()
      .toBuffer(),
  );
}, 120_000);
afterAll(async () => t?.close());

describe('the public library', () => {
  let shown: Item;
  let pending: Item;
  let rejected: Item;
  let staffOnly: Item;
  let sonLaItem: Item;

  it('says so on the home and the list while nothing is public', async () => {
    const home = textOf(htmlOf(await open('/cong-khai/08')));
    expect(home).toContain('Sản phẩm truyền thông');
    expect(home).toContain('Chưa có sản phẩm truyền thông nào được công khai.');
    const list = await open(LIST);
    expect(list.statusCode).toBe(200);
    expect(textOf(htmlOf(list))).toContain('Chưa có sản phẩm truyền thông nào được công khai.');
    // The menu names the section after the news.
    expect(htmlOf(list)).toMatch(
      /href="\/cong-khai\/08\/tin-tuc">Tin tức<\/a><\/li><li><a href="\/cong-khai\/08\/thu-vien" aria-current="page">Sản phẩm truyền thông<\/a>/,
    );
  });

  it('lists only the approved items marked public of the bodies under the site', async () => {
    shown = await review(
      coordinator,
      await upload(coordinator, province, { title: 'Áp phích công khai', isPublic: 'true' }),
      'approve',
    );
    expect(shown).toMatchObject({ status: 'approved', isPublic: true });
    pending = await upload(coordinator, province, { title: 'Áp phích chờ duyệt', isPublic: 'true' });
    expect(pending).toMatchObject({ status: 'pending', isPublic: true });
    rejected = await review(
      coordinator,
      await upload(coordinator, province, { title: 'Áp phích không được duyệt', isPublic: 'true' }),
      'reject',
    );
    staffOnly = await review(
      coordinator,
      await upload(coordinator, province, { title: 'Áp phích nội bộ' }),
      'approve',
    );
    expect(staffOnly.isPublic).toBe(false);
    sonLaItem = await review(
      sonLa,
      await upload(sonLa, sonLaProvince, { title: 'Áp phích của Sơn La', isPublic: 'true' }),
      'approve',
    );

    const text = textOf(htmlOf(await open(LIST)));
    expect(text).toContain('Áp phích công khai');
    for (const hidden of ['Áp phích chờ duyệt', 'Áp phích không được duyệt', 'Áp phích nội bộ', 'Sơn La'])
      expect(text).not.toContain(hidden);
    expect(text).toContain('Áp phích · Tiếng Việt');
    // The home shows it, with the way to the list.
    const home = htmlOf(await open('/cong-khai/08'));
    expect(textOf(home)).toContain('Áp phích công khai');
    expect(home).toContain('<a href="/cong-khai/08/thu-vien">Xem tất cả (1)</a>');
    // Sơn La's is on Sơn La's site.
    expect(textOf(htmlOf(await open('/cong-khai/14/thu-vien')))).toContain('Áp phích của Sơn La');
  });

  it('shows an item’s page with what it is, its rights, its thumbnail and its download', async () => {
    const res = await open(itemUrl(shown.id));
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'none'");
    const html = htmlOf(res);
    const text = textOf(html);
    expect(html).toContain('<h1 id="san-pham">Áp phích công khai</h1>');
    expect(text).toContain('Loại sản phẩm Áp phích');
    expect(text).toContain('Ngôn ngữ Tiếng Việt');
    expect(text).toContain('Được in, đăng lại; ghi nguồn Sở Khoa học và Công nghệ.');
    expect(html).toContain(`<img class="thumb" src="${itemUrl(shown.id, '/anh')}"`);
    expect(html).toContain(`<a href="${itemUrl(shown.id, '/tep')}" download>ap-phich.png</a>`);
    expect(html).toContain(`<link rel="canonical" href="${PUBLIC_URL}${itemUrl(shown.id)}">`);
    expect(html).toContain(`<meta property="og:image" content="${PUBLIC_URL}${itemUrl(shown.id, '/anh')}">`);
    // No script on the page; nothing of the staff app.
    expect(html).not.toMatch(/<script/);
  });

  it('serves the file as a sandboxed download and the thumbnail as WebP', async () => {
    const file = await open(itemUrl(shown.id, '/tep'));
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="ap-phich.png"; filename*=UTF-8''ap-phich.png`,
    );
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(file.headers['cache-control']).toBe('no-cache');
    // The bytes the library keeps, as the staff's own download gives them.
    const staff = await coordinator.get(`/api/library/items/${shown.id}/file`);
    expect(Buffer.compare(file.rawPayload, staff.rawPayload)).toBe(0);

    const thumb = await open(itemUrl(shown.id, '/anh'));
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect(thumb.headers['x-content-type-options']).toBe('nosniff');
    expect((await sharp(thumb.rawPayload).metadata()).format).toBe('webp');
  });

  it('answers one 404 for a pending, rejected, unpublished, missing or other province’s item', async () => {
    const pages = [];
    for (const id of [pending.id, rejected.id, staffOnly.id, sonLaItem.id, randomUUID()])
      pages.push(...(await expectHidden(id)));
    // All told apart by nothing.
    expect(new Set(pages).size).toBe(1);
    expect(pages[0]).toContain('Không tìm thấy sản phẩm truyền thông');
    // A malformed address answers the same.
    for (const url of [`${LIST}/abc`, `${LIST}/abc/tep`, `${LIST}?trang=0`, `${LIST}?trang=2`]) {
      const res = await open(url);
      expect(res.statusCode, url).toBe(404);
      expect(htmlOf(res)).toBe(pages[0]);
    }
    // Sơn La's item is on its own site, not on a commune's of Tuyên Quang either.
    expect((await open(itemUrl(sonLaItem.id, '', '14'))).statusCode).toBe(200);
    expect((await open(itemUrl(shown.id, '', '14'))).statusCode).toBe(404);
  });

  it('stops serving an item un-flagged or sent back to review, at once', async () => {
    shown = await patch(coordinator, shown, { isPublic: false });
    expect(shown).toMatchObject({ isPublic: false, status: 'approved' });
    await expectHidden(shown.id);
    expect(textOf(htmlOf(await open(LIST)))).not.toContain('Áp phích công khai');
    shown = await patch(coordinator, shown, { isPublic: true });
    // Publishing alone does not send it back to review.
    expect(shown).toMatchObject({ isPublic: true, status: 'approved' });
    expect((await open(itemUrl(shown.id, '/tep'))).statusCode).toBe(200);
    // A changed title goes back to review: the public pages no longer show it until approved again.
    shown = await patch(coordinator, shown, { title: 'Áp phích công khai (bản sửa)' });
    expect(shown).toMatchObject({ isPublic: true, status: 'pending' });
    await expectHidden(shown.id);
    shown = await review(coordinator, shown, 'approve');
    expect((await open(itemUrl(shown.id))).statusCode).toBe(200);
  });

  it('audits the flag as any change of the item’s metadata', async () => {
    const uploaded = await lastAudit(t.handle, 'library.upload', pending.id);
    expect(json(uploaded.after)).toMatchObject({ isPublic: true });
    staffOnly = await patch(coordinator, staffOnly, { isPublic: true });
    const audit = await lastAudit(t.handle, 'library.update', staffOnly.id);
    expect(json(audit.before)).toMatchObject({ isPublic: false, status: 'approved' });
    expect(json(audit.after)).toMatchObject({ isPublic: true, status: 'approved' });
    expect((await open(itemUrl(staffOnly.id))).statusCode).toBe(200);
    // Who may not change the item's metadata may not publish it either.
    const refused = await focal.patch(`/api/library/items/${staffOnly.id}`, {
      isPublic: false,
      version: staffOnly.version,
    });
    expect(refused.statusCode).toBe(404);
    // A flag that is not "true" or "false" is refused.
    const bad = await coordinator.request({
      method: 'POST',
      url: '/api/library/items',
      ...multipart(
        { title: 'Áp phích', language: 'vi', kind: 'poster', shareBodyId: province, isPublic: 'có' },
        { name: 'ap-phich.png', type: 'image/png', content: png },
      ),
    });
    expect(bad.statusCode).toBe(400);
  });

  it('shows a pending item marked public only once approved, in the list and the sitemap', async () => {
    const page = `${PUBLIC_URL}${itemUrl(pending.id)}`;
    expect(await sitemapLocs()).not.toContain(page);
    expect(textOf(htmlOf(await open(LIST)))).not.toContain('Áp phích chờ duyệt');
    pending = await review(coordinator, pending, 'approve');
    expect(await sitemapLocs()).toContain(page);
    expect(textOf(htmlOf(await open(LIST)))).toContain('Áp phích chờ duyệt');
    expect((await open(itemUrl(pending.id))).statusCode).toBe(200);
    // Un-flagged, it leaves the sitemap; the list stays there.
    pending = await patch(coordinator, pending, { isPublic: false });
    const locs = await sitemapLocs();
    expect(locs).not.toContain(page);
    expect(locs).toContain(`${PUBLIC_URL}${LIST}`);
    for (const id of [rejected.id, sonLaItem.id]) expect(locs).not.toContain(`${PUBLIC_URL}${itemUrl(id)}`);
    expect(locs).toContain(`${PUBLIC_URL}${itemUrl(sonLaItem.id, '', '14')}`);
  });

  it('escapes what staff typed', async () => {
    const hostile = await review(
      coordinator,
      await upload(coordinator, province, {
        title: '<script>alert(1)</script> Áp phích',
        summary: '"><img src=x onerror=alert(2)>',
        usageRights: '<b>tự do</b>',
        isPublic: 'true',
      }),
      'approve',
    );
    for (const url of [LIST, itemUrl(hostile.id), '/cong-khai/08']) {
      const html = htmlOf(await open(url));
      expect(html, url).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Áp phích');
      expect(html, url).not.toContain('<script>alert');
      expect(html, url).not.toContain('<img src=x');
    }
    expect(htmlOf(await open(itemUrl(hostile.id)))).toContain('&lt;b&gt;tự do&lt;/b&gt;');
  });

  it('keeps the list under 60 KB compressed with 20 long items a page, paged by plain links', async () => {
    const long = (i: number) =>
      `Sản phẩm truyền thông số ${i} ${'về chuyển đổi số và Bình dân học vụ số '.repeat(7)}`;
    for (let i = 1; i <= 20; i++) {
      const item = await upload(coordinator, province, {
        title: long(i).slice(0, 300),
        summary: 'Tóm tắt rất dài về sản phẩm. '.repeat(150),
        isPublic: 'true',
      });
      await review(coordinator, item, 'approve');
    }
    const res = await open(LIST);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.rawPayload.length).toBeLessThanOrEqual(BUDGET);
    const html = htmlOf(res);
    expect((html.match(/<li><h2 class="item">/g) ?? []).length).toBe(20);
    // Newest first: the last uploaded leads.
    expect(textOf(html).indexOf('số 20 ')).toBeLessThan(textOf(html).indexOf('số 19 '));
    expect(html).toContain(`href="${LIST}?trang=2" rel="next"`);
    const second = await open(`${LIST}?trang=2`);
    expect(second.statusCode).toBe(200);
    expect(htmlOf(second)).toContain(`<link rel="canonical" href="${PUBLIC_URL}${LIST}?trang=2">`);
    expect((await open(`${LIST}?trang=3`)).statusCode).toBe(404);
    // The home shows the newest four.
    const home = htmlOf(await open('/cong-khai/08'));
    const block = home.slice(home.indexOf('id="thu-vien"'));
    expect((block.slice(0, block.indexOf('</section>')).match(/<li>/g) ?? []).length).toBe(4);
    expect(home).toMatch(/Xem tất cả \(2\d\)/);
    expect((await open('/cong-khai/08')).rawPayload.length).toBeLessThanOrEqual(BUDGET);
  });
});
