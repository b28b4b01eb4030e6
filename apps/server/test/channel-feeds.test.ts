// Channels' feeds and pasted links, read from a real HTTP server on loopback: a press agency's RSS
// feed, a department portal's Atom feed and news sitemap become outputs (once however often they are
// read, only the items on the channel's topic), an article is linked to the press release it follows
// (by the release's tracked link, or by its subject), and a feed that is malformed or that redirects
// to 127.0.0.1 is the channel's recorded error, never a failure of the request or of the daily job.
// The server is trusted by the name 'localhost' (as a province's intranet portal would be, through
// LANTOA_FEED_ALLOW_HOSTS); its address 127.0.0.1 is not.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { enqueueJobOnce } from '@lantoa/db';
import type { ChannelKind } from '@lantoa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from './support/clock.ts';
import { type Agent, bodyIdByCode, childBodyId, signedInApp, type TestApp } from './support/test-app.ts';

pinClock('2025-05-13T09:00:00+07:00');

let t: TestApp;
let coordinator: Agent;
let focal: Agent;
let viewer: Agent;
let feeds: Server;
let port = 0;
const origin = () => `http://localhost:${port}`;

/** The press release code quoted by the first article (base64url, as create-press-release.ts draws it). */
const CODE = 'Qk3x_9Zt';
const releaseIds: Record<'quoted' | 'subject' | 'old' | 'draft', string> = {
  quoted: '',
  subject: '',
  old: '',
  draft: '',
};

const rss = () => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Báo Tuyên Quang - Khoa học &amp; Công nghệ</title>
    <link>https://baotuyenquang.com.vn/khoa-hoc-cong-nghe</link>
    <atom:link href="${origin()}/bao/rss" rel="self" type="application/rss+xml"/>
    <item>
      <title><![CDATA[Tuyên Quang triển khai Nghị quyết 57 về khoa học, công nghệ và chuyển đổi số]]></title>
      <link>https://baotuyenquang.com.vn/thoi-su/trien-khai-nghi-quyet-57-210345.html</link>
      <guid isPermaLink="true">https://baotuyenquang.com.vn/thoi-su/trien-khai-nghi-quyet-57-210345.html</guid>
      <description><![CDATA[<img src="/uploads/2025/05/12/hoi-nghi.jpg"/>Sáng 12/5, UBND tỉnh tổ chức hội nghị. Xem <a href="${t.config.publicUrl}/thong-cao/${CODE}">thông cáo báo chí</a>.]]></description>
      <pubDate>Mon, 12 May 2025 08:30:00 +0700</pubDate>
    </item>
    <item>
      <title>Khai mạc Ngày hội chuyển đổi số tỉnh Tuyên Quang năm 2025 tại quảng trường Nguyễn Tất Thành</title>
      <link>https://baotuyenquang.com.vn/thoi-su/khai-mac-ngay-hoi-chuyen-doi-so-210390.html</link>
      <description>Ngày hội thu hút hàng nghìn người dân &amp;amp; doanh nghiệp.</description>
      <pubDate>Sun, 11 May 2025 20:00:00 +0700</pubDate>
      <media:content url="https://cdn.baotuyenquang.com.vn/2025/05/11/ngay-hoi.jpg" medium="image"/>
    </item>
    <item>
      <title>Hội thảo khoa học về nông nghiệp hữu cơ vùng chè Mỹ Bằng</title>
      <link>https://baotuyenquang.com.vn/kinh-te/hoi-thao-nong-nghiep-huu-co-210350.html</link>
      <description>Hội thảo khoa học bàn giải pháp phát triển nông nghiệp hữu cơ.</description>
      <pubDate>Sat, 10 May 2025 09:00:00 +0700</pubDate>
    </item>
    <item>
      <title>Giá lúa vụ chiêm xuân tăng nhẹ</title>
      <link>https://baotuyenquang.com.vn/kinh-te/gia-lua-vu-chiem-xuan-210250.html</link>
      <description>Giá lúa tại các xã phía Nam tăng 200 đồng/kg.</description>
      <pubDate>Fri, 09 May 2025 07:00:00 +0700</pubDate>
    </item>
  </channel>
</rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>Sở Khoa học và Công nghệ - Tin hoạt động</title>
  <id>tag:sokhcn.tuyenquang.gov.vn,2025:/tin</id>
  <updated>2025-05-12T10:00:00+07:00</updated>
  <entry>
    <title>Hướng dẫn đăng ký nhiệm vụ khoa học và công nghệ năm 2026</title>
    <link rel="alternate" href="https://sokhcn.tuyenquang.gov.vn/tin/huong-dan-dang-ky-nhiem-vu-8841"/>
    <id>tag:sokhcn.tuyenquang.gov.vn,2025:post-8841</id>
    <published>2025-05-12T09:15:00+07:00</published>
    <summary type="html">&lt;p&gt;Sở hướng dẫn các tổ chức đăng ký nhiệm vụ.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Lịch tiếp công dân tháng 5</title>
    <link href="https://sokhcn.tuyenquang.gov.vn/tin/lich-tiep-cong-dan-8820"/>
    <id>tag:sokhcn.tuyenquang.gov.vn,2025:post-8820</id>
    <updated>2025-05-02T15:00:00+07:00</updated>
  </entry>
</feed>`;

const sitemap = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://sokhcn.tuyenquang.gov.vn/tin/chuyen-doi-so-trong-doanh-nghiep-8850</loc>
    <news:news>
      <news:publication><news:name>Sở KH&amp;CN Tuyên Quang</news:name><news:language>vi</news:language></news:publication>
      <news:publication_date>2025-05-12T16:00:00+07:00</news:publication_date>
      <news:title>Chuyển đổi số trong doanh nghiệp nhỏ và vừa</news:title>
    </news:news>
  </url>
  <url>
    <loc>https://sokhcn.tuyenquang.gov.vn/tin/chuyen-doi-so-nong-thon-2025</loc>
    <lastmod>2025-05-12</lastmod>
  </url>
</urlset>`;

const page = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hơn 1.200 người dân được tập huấn kỹ năng số | Báo Tuyên Quang</title>
<meta property="og:title" content="Hơn 1.200 người dân được tập huấn kỹ năng số">
<meta property="og:image" content="/uploads/2025/05/12/tap-huan.jpg">
<meta property="og:site_name" content="Báo Tuyên Quang điện tử">
<meta property="article:published_time" content="2025-05-12T23:30:00+07:00">
</head><body><p>…</p></body></html>`;

beforeAll(async () => {
  feeds = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const xml = (body: string) => response.writeHead(200, { 'content-type': 'application/xml' }).end(body);
    if (path === '/bao/rss') xml(rss());
    else if (path === '/so/atom') xml(atom);
    else if (path === '/so/sitemap-news.xml') xml(sitemap);
    // Cut off in the middle of an item, as a feed written by a crashed script is.
    else if (path === '/xa/rss') xml(rss().slice(0, rss().indexOf('</item>') - 40));
    else if (path === '/to-loopback') {
      response.writeHead(302, { location: `http://127.0.0.1:${port}/bao/rss` }).end();
    } else if (path === '/bai-viet.html') response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
  port = (feeds.address() as AddressInfo).port;
  ({ t, coordinator, focal, viewer } = await signedInApp(
    { coordinator: 'tq.dieuphoi', focal: 'hoaan.daumoi', viewer: 'tq.lanhdao' },
    { feedAllowHosts: ['localhost'] },
  ));

  const department = (await userBody('tq.dieuphoi')).id;
  const release = async (title: string, body: string, sentAt: string, code: string, status = 'sent') => {
    const row = await t.handle.db
      .insertInto('press_releases')
      .values({
        body_id: department,
        title,
        body,
        code,
        status: status as 'sent' | 'draft',
        sent_at: status === 'sent' ? new Date(sentAt) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };
  releaseIds.quoted = await release(
    'Thông cáo báo chí: Hội nghị triển khai Nghị quyết 57-NQ/TW',
    'UBND tỉnh tổ chức hội nghị triển khai Nghị quyết 57-NQ/TW.',
    '2025-05-11T15:00:00+07:00',
    CODE,
  );
  releaseIds.subject = await release(
    'Ngày hội chuyển đổi số tỉnh Tuyên Quang năm 2025',
    'Ngày 11/5, tại quảng trường Nguyễn Tất Thành, khai mạc Ngày hội chuyển đổi số với 60 gian hàng.',
    '2025-05-08T10:00:00+07:00',
    'Ab12Cd34',
  );
  // On the subject of the third article, but sent more than 30 days before it.
  releaseIds.old = await release(
    'Hội thảo khoa học nông nghiệp hữu cơ vùng chè Mỹ Bằng',
    'Hội thảo khoa học về phát triển nông nghiệp hữu cơ vùng chè Mỹ Bằng.',
    '2025-03-20T10:00:00+07:00',
    'Old00001',
  );
  // A draft is followed by nothing, whatever it shares.
  releaseIds.draft = await release(
    'Hội thảo khoa học về nông nghiệp hữu cơ vùng chè Mỹ Bằng',
    'Nháp.',
    '',
    'Draft001',
    'draft',
  );
});
afterAll(async () => {
  await t?.close();
  feeds?.closeAllConnections();
  await new Promise<void>((resolve) => (feeds ? feeds.close(() => resolve()) : resolve()));
});

async function userBody(username: string) {
  return t.handle.db
    .selectFrom('users')
    .innerJoin('bodies', 'bodies.id', 'users.body_id')
    .select(['bodies.id', 'bodies.parent_id'])
    .where('users.username', '=', username)
    .executeTakeFirstOrThrow();
}

const pressAgency = async () => childBodyId(t.handle, await bodyIdByCode(t.handle, '08'), 'press_agency');

/** A channel registered by inserting its row (the channels' own routes are tested elsewhere). */
async function channel(
  bodyId: string,
  kind: ChannelKind,
  name: string,
  feedUrl: string | null,
  topicWords: string[] = [],
) {
  const row = await t.handle.db
    .insertInto('channels')
    .values({ body_id: bodyId, kind, name, feed_url: feedUrl, topic_words: topicWords })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const outputsOf = (channelId: string) =>
  t.handle.db
    .selectFrom('outputs')
    .selectAll()
    .where('channel_id', '=', channelId)
    .orderBy('published_on', 'desc')
    .execute();

const channelRow = (channelId: string) =>
  t.handle.db.selectFrom('channels').selectAll().where('id', '=', channelId).executeTakeFirstOrThrow();

describe('reading a press agency’s RSS feed', () => {
  let pressChannel: string;

  beforeAll(async () => {
    pressChannel = await channel(
      await pressAgency(),
      'press',
      'Chuyên mục Khoa học – Công nghệ',
      `${origin()}/bao/rss`,
      ['chuyển đổi số', 'khoa học', 'công nghệ'],
    );
  });

  it('records the items on the channel’s topic as articles of the agency, linked to the releases they follow', async () => {
    const res = await coordinator.post(`/api/channels/${pressChannel}/read`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ recorded: 3, error: null });

    const outputs = await outputsOf(pressChannel);
    // "Giá lúa…" speaks of none of the channel's topic words.
    expect(outputs.map((o) => o.title)).toEqual([
      'Tuyên Quang triển khai Nghị quyết 57 về khoa học, công nghệ và chuyển đổi số',
      'Khai mạc Ngày hội chuyển đổi số tỉnh Tuyên Quang năm 2025 tại quảng trường Nguyễn Tất Thành',
      'Hội thảo khoa học về nông nghiệp hữu cơ vùng chè Mỹ Bằng',
    ]);
    const [quoting, onSubject, late] = outputs;
    expect(quoting).toMatchObject({
      kind: 'article',
      source: 'feed',
      channel_kind: 'press',
      channel_name: 'Chuyên mục Khoa học – Công nghệ',
      published_on: '2025-05-12',
      url: 'https://baotuyenquang.com.vn/thoi-su/trien-khai-nghi-quyet-57-210345.html',
      external_id: 'https://baotuyenquang.com.vn/thoi-su/trien-khai-nghi-quyet-57-210345.html',
      image_url: 'https://baotuyenquang.com.vn/uploads/2025/05/12/hoi-nghi.jpg',
      topics: ['chuyển đổi số', 'khoa học', 'công nghệ'],
      // Its description links to the release's tracked page.
      press_release_id: releaseIds.quoted,
    });
    // Published 20:00 on 11/5 in Vietnam: that Vietnam day. Its title speaks of the release sent on 8/5.
    expect(onSubject).toMatchObject({
      published_on: '2025-05-11',
      image_url: 'https://cdn.baotuyenquang.com.vn/2025/05/11/ngay-hoi.jpg',
      topics: ['chuyển đổi số'],
      press_release_id: releaseIds.subject,
    });
    // Its subject's release was sent more than 30 days before; the draft was never sent.
    expect(late).toMatchObject({ published_on: '2025-05-10', topics: ['khoa học'], press_release_id: null });

    const read = await channelRow(pressChannel);
    expect(read).toMatchObject({ last_read_error: null, last_read_new: 3 });
    expect(read.last_read_at).not.toBeNull();
  });

  it('records nothing twice when read again, and audits each read', async () => {
    const again = await coordinator.post(`/api/channels/${pressChannel}/read`);
    expect(again.json()).toEqual({ recorded: 0, error: null });
    expect(await outputsOf(pressChannel)).toHaveLength(3);
    expect((await channelRow(pressChannel)).last_read_new).toBe(0);
    const audits = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_type', '=', 'channel')
      .where('entity_id', '=', pressChannel)
      .where('action', '=', 'channel.feed_read')
      .execute();
    expect(audits).toHaveLength(2);
    const outputAudits = await t.handle.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'output.create')
      .where(
        'entity_id',
        'in',
        (await outputsOf(pressChannel)).map((o) => o.id),
      )
      .execute();
    expect(outputAudits).toHaveLength(3);
  });

  it('answers 404 to a body outside the channel’s subtree, and to a missing channel', async () => {
    // Hòa An's focal point communicates for the commune only, not for the province's press agency.
    expect((await focal.post(`/api/channels/${pressChannel}/read`)).statusCode).toBe(404);
    // A reader of the whole province who does not communicate.
    expect((await viewer.post(`/api/channels/${pressChannel}/read`)).statusCode).toBe(404);
    expect(
      (await coordinator.post('/api/channels/00000000-0000-4000-8000-000000000000/read')).statusCode,
    ).toBe(404);
    const otherProvince = await t.handle.db
      .selectFrom('bodies')
      .select('id')
      .where('kind', '=', 'province')
      .where('code', '<>', '08')
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const elsewhere = await channel(otherProvince.id, 'portal', 'Cổng tỉnh khác', `${origin()}/bao/rss`);
    expect((await coordinator.post(`/api/channels/${elsewhere}/read`)).statusCode).toBe(404);
    expect(await outputsOf(elsewhere)).toHaveLength(0);
  });

  it('says a channel without a feed has nothing to read', async () => {
    const noFeed = await channel(await pressAgency(), 'fanpage', 'Fanpage Báo Tuyên Quang', null);
    const res = await coordinator.post(`/api/channels/${noFeed}/read`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/chưa có địa chỉ nguồn tin/);
  });
});

describe('a department’s portal', () => {
  it('records every entry of an Atom feed when the channel has no topic words', async () => {
    const department = (await userBody('tq.dieuphoi')).id;
    const portal = await channel(department, 'portal', 'Tin hoạt động của Sở', `${origin()}/so/atom`);
    expect((await coordinator.post(`/api/channels/${portal}/read`)).json()).toEqual({
      recorded: 2,
      error: null,
    });
    expect((await outputsOf(portal)).map((o) => [o.kind, o.title, o.published_on, o.topics])).toEqual([
      ['portal_post', 'Hướng dẫn đăng ký nhiệm vụ khoa học và công nghệ năm 2026', '2025-05-12', []],
      ['portal_post', 'Lịch tiếp công dân tháng 5', '2025-05-02', []],
    ]);
  });
});

describe('the daily job', () => {
  let sitemapChannel: string;
  let malformed: string;
  let redirected: string;

  beforeAll(async () => {
    const department = (await userBody('tq.dieuphoi')).id;
    const hoaAn = await bodyIdByCode(t.handle, '02353');
    sitemapChannel = await channel(
      department,
      'portal',
      'Tin chuyển đổi số của Sở',
      `${origin()}/so/sitemap-news.xml`,
      ['chuyển đổi số'],
    );
    malformed = await channel(hoaAn, 'portal', 'Trang thông tin điện tử xã (RSS)', `${origin()}/xa/rss`);
    redirected = await channel(hoaAn, 'zalo_oa', 'Zalo OA xã', `${origin()}/to-loopback`);
    await enqueueJobOnce(t.handle.db, 'channels.read_feeds', { date: '2025-05-13' });
    await t.worker.idle();
  });

  it('reads every channel with a feed not read today, and finishes', async () => {
    const job = await t.handle.db
      .selectFrom('jobs')
      .select(['status', 'error'])
      .where('kind', '=', 'channels.read_feeds')
      .executeTakeFirstOrThrow();
    expect(job).toEqual({ status: 'done', error: null });
    const outputs = await outputsOf(sitemapChannel);
    // A news sitemap's title, and a plain entry's title made of its address.
    expect(outputs).toHaveLength(2);
    expect(outputs.map((o) => [o.title, o.published_on, o.source])).toEqual(
      expect.arrayContaining([
        ['Chuyển đổi số trong doanh nghiệp nhỏ và vừa', '2025-05-12', 'feed'],
        ['Chuyen doi so nong thon 2025', '2025-05-12', 'feed'],
      ]),
    );
    // The audit of a read by the job has no actor.
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('actor_id')
      .where('action', '=', 'channel.feed_read')
      .where('entity_id', '=', sitemapChannel)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBeNull();
  });

  it('records a malformed feed as the channel’s error', async () => {
    const row = await channelRow(malformed);
    expect(row.last_read_error).toMatch(/lỗi cấu trúc XML/);
    expect(row.last_read_at).not.toBeNull();
    expect(await outputsOf(malformed)).toHaveLength(0);
  });

  it('refuses a feed that redirects to 127.0.0.1, recorded as the channel’s error', async () => {
    const row = await channelRow(redirected);
    expect(row.last_read_error).toMatch(/mạng nội bộ \(127\.0\.0\.1\)/);
    expect(await outputsOf(redirected)).toHaveLength(0);
    // Read on demand, the same error is the answer, not a failure of the request.
    const res = await focal.post(`/api/channels/${redirected}/read`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ recorded: 0, error: row.last_read_error });
  });
});

describe('a pasted link’s preview', () => {
  it('reads the page’s Open Graph data: title, image, site, and the Vietnam day it was published', async () => {
    const res = await focal.post('/api/outputs/preview', { url: `${origin()}/bai-viet.html` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      url: `${origin()}/bai-viet.html`,
      title: 'Hơn 1.200 người dân được tập huấn kỹ năng số',
      // 23:30 on 12/5 in Vietnam.
      publishedOn: '2025-05-12',
      imageUrl: `${origin()}/uploads/2025/05/12/tap-huan.jpg`,
      siteName: 'Báo Tuyên Quang điện tử',
      problem: null,
    });
  });

  it('answers with the problem, not a failure, when the page cannot be read', async () => {
    const refused = await focal.post('/api/outputs/preview', {
      url: `http://127.0.0.1:${port}/bai-viet.html`,
    });
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({ title: null, problem: expect.stringMatching(/mạng nội bộ/) });
    const missing = await focal.post('/api/outputs/preview', { url: `${origin()}/khong-co.html` });
    expect(missing.json().problem).toMatch(/lỗi 404/);
    const feed = await focal.post('/api/outputs/preview', { url: `${origin()}/so/atom` });
    expect(feed.json().problem).toMatch(/không phải một trang web/);
  });

  it('is for those who record outputs, and takes only http(s) links', async () => {
    expect((await viewer.post('/api/outputs/preview', { url: `${origin()}/bai-viet.html` })).statusCode).toBe(
      404,
    );
    expect((await focal.post('/api/outputs/preview', { url: 'javascript:alert(1)' })).statusCode).toBe(400);
  });
});
