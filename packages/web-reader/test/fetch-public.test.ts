import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fetchPublic,
  MAX_REDIRECTS,
  readFeed,
  readPagePreview,
  type WebReadError,
  type WebReadErrorCode,
} from '../src/index.ts';
import { fixture } from './fixtures.ts';
import { localServer, send } from './local-server.ts';

// The fetcher against a real HTTP server on loopback. The server is reached by the name 'localhost',
// trusted the way a province's intranet portal would be (allowHosts); the address 127.0.0.1 itself is
// never trusted by that, however a URL or a redirect spells it.

const MB = 1024 * 1024;
const RSS = 'application/rss+xml; charset=utf-8';
const redirect =
  (to: (origin: string) => string) =>
  (_request: unknown, response: import('node:http').ServerResponse, origin: string) => {
    response.writeHead(302, { location: to(origin) }).end();
  };

let server: Awaited<ReturnType<typeof localServer>>;
const trusted = { allowHosts: ['localhost'], timeoutMs: 3_000 };

beforeAll(async () => {
  server = await localServer({
    '/rss': send(RSS, fixture('rss-bao.xml')),
    '/rss-gzip': send(RSS, gzipSync(fixture('rss-bao.xml')), { 'content-encoding': 'gzip' }),
    '/to-rss': redirect(() => '/rss'),
    '/to-loopback': redirect(() => `http://127.0.0.1:${server.port}/rss`),
    '/to-mapped-loopback': redirect(() => `http://[::ffff:127.0.0.1]:${server.port}/rss`),
    '/to-ftp': redirect(() => 'ftp://localhost/rss'),
    '/hop-1': redirect(() => '/rss'),
    '/hop-2': redirect(() => '/hop-1'),
    '/hop-3': redirect(() => '/hop-2'),
    '/hop-4': redirect(() => '/hop-3'),
    '/big': send('application/xml', Buffer.alloc(2 * MB, 0x20)),
    '/big-chunked': (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/xml' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const more = () => {
        while (sent < 2 * MB) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        response.end();
      };
      more();
    },
    // 20 MB of spaces, 20 KB on the wire.
    '/bomb': send('application/xml', gzipSync(Buffer.alloc(20 * MB, 0x20)), { 'content-encoding': 'gzip' }),
    '/silent': () => {},
    '/stalls': (_request, response) => {
      response.writeHead(200, { 'content-type': RSS });
      response.write('<rss version="2.0"><channel>');
    },
    '/missing': (_request, response) => void response.writeHead(404).end(),
    '/broken': (_request, response) => void response.writeHead(503).end(),
    '/page': send('text/html; charset=utf-8', fixture('article-og.html')),
    '/untyped-page': (_request, response) => {
      response.writeHead(200);
      response.end(fixture('article-og.html'));
    },
    '/document.pdf': send('application/pdf', '%PDF-1.7\n'),
    '/truncated': send('application/xml', fixture('rss-truncated.xml')),
    '/sitemap.xml': send('application/xml', fixture('sitemap-index.xml')),
    '/sitemaps/news.xml': send('application/xml', fixture('sitemap-news.xml')),
    '/sitemaps/pages.xml': send('application/xml', fixture('sitemap-plain.xml')),
    '/sitemap-news.xml.gz': send('application/x-gzip', gzipSync(fixture('sitemap-news.xml'))),
  });
});
afterAll(() => server?.close());

async function refusal(read: Promise<unknown>): Promise<WebReadError> {
  try {
    await read;
  } catch (error) {
    expect((error as Error).name).toBe('WebReadError');
    return error as WebReadError;
  }
  throw new Error('the read succeeded');
}
const code = async (read: Promise<unknown>): Promise<WebReadErrorCode> => (await refusal(read)).code;

describe('what the fetcher connects to', () => {
  it('reads a server trusted by its name, with its content type and charset', async () => {
    const fetched = await fetchPublic(`${server.origin}/rss`, trusted);
    expect(fetched).toMatchObject({
      url: `${server.origin}/rss`,
      status: 200,
      contentType: 'application/rss+xml',
      charset: 'utf-8',
    });
    expect(Buffer.from(fetched.body).toString('utf8')).toBe(fixture('rss-bao.xml'));
  });

  it('refuses the same server when its name is not trusted: localhost is a loopback address', async () => {
    const error = await refusal(fetchPublic(`${server.origin}/rss`, { timeoutMs: 3_000 }));
    expect(error.code).toBe('refused_address');
    expect(error.message).toMatch(/mạng nội bộ.*LANTOA_FEED_ALLOW_HOSTS/);
  });

  it('never trusts an address because a name is trusted, spelt in any form', async () => {
    for (const host of [
      '127.0.0.1',
      '127.1',
      '0x7f.0.0.1',
      '2130706433',
      '[::1]',
      '[::ffff:127.0.0.1]',
      '0.0.0.0',
    ]) {
      expect(await code(fetchPublic(`http://${host}:${server.port}/rss`, trusted)), host).toBe(
        'refused_address',
      );
    }
  });

  it('trusts an address listed itself', async () => {
    const fetched = await fetchPublic(`http://127.0.0.1:${server.port}/rss`, { allowHosts: ['127.0.0.1'] });
    expect(fetched.status).toBe(200);
  });

  it('refuses a redirect to 127.0.0.1 (and to its IPv6-mapped form) from a trusted server', async () => {
    const error = await refusal(fetchPublic(`${server.origin}/to-loopback`, trusted));
    expect(error.code).toBe('refused_address');
    expect(error.detail).toContain('127.0.0.1');
    expect(await code(fetchPublic(`${server.origin}/to-mapped-loopback`, trusted))).toBe('refused_address');
  });

  it(`follows up to ${MAX_REDIRECTS} redirects, relative ones included, and no more`, async () => {
    expect((await fetchPublic(`${server.origin}/to-rss`, trusted)).url).toBe(`${server.origin}/rss`);
    expect((await fetchPublic(`${server.origin}/hop-3`, trusted)).url).toBe(`${server.origin}/rss`);
    expect(await code(fetchPublic(`${server.origin}/hop-4`, trusted))).toBe('too_many_redirects');
  });

  it('reads only http and https, in the URL and in a redirect', async () => {
    for (const url of [
      'ftp://localhost/rss',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'không phải địa chỉ',
      '',
    ]) {
      expect(await code(fetchPublic(url, trusted)), url).toBe('bad_url');
    }
    expect(await code(fetchPublic(`${server.origin}/to-ftp`, trusted))).toBe('bad_url');
  });

  it('says a closed port is unreachable', async () => {
    const closed = await localServer({});
    await closed.close();
    expect(await code(fetchPublic(`${closed.origin}/rss`, trusted))).toBe('unreachable');
  });

  it('says what an error status means', async () => {
    const missing = await refusal(fetchPublic(`${server.origin}/missing`, trusted));
    expect([missing.code, missing.message]).toEqual([
      'bad_status',
      expect.stringContaining('lỗi 404 (không tìm thấy trang)'),
    ]);
    expect((await refusal(fetchPublic(`${server.origin}/broken`, trusted))).message).toContain('503');
  });
});

describe('limits', () => {
  it('refuses a body over the cap, whether its length is declared or not', async () => {
    const limits = { ...trusted, maxBytes: MB };
    expect(await code(fetchPublic(`${server.origin}/big`, limits))).toBe('too_large');
    expect(await code(fetchPublic(`${server.origin}/big-chunked`, limits))).toBe('too_large');
    expect((await fetchPublic(`${server.origin}/big`, { ...trusted, maxBytes: 3 * MB })).body.length).toBe(
      2 * MB,
    );
  });

  it('decompresses gzip, and counts the cap after decompression (a gzip bomb is refused)', async () => {
    const fetched = await fetchPublic(`${server.origin}/rss-gzip`, trusted);
    expect(Buffer.from(fetched.body).toString('utf8')).toBe(fixture('rss-bao.xml'));
    expect(await code(fetchPublic(`${server.origin}/bomb`, { ...trusted, maxBytes: MB }))).toBe('too_large');
  });

  it('gives up at the deadline, before the answer or in the middle of the body', async () => {
    const started = Date.now();
    const error = await refusal(fetchPublic(`${server.origin}/silent`, { ...trusted, timeoutMs: 300 }));
    expect([error.code, error.message]).toEqual(['timeout', expect.stringContaining('không trả lời trong')]);
    expect(await code(fetchPublic(`${server.origin}/stalls`, { ...trusted, timeoutMs: 300 }))).toBe(
      'timeout',
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('reading feeds and pages', () => {
  it('reads a feed', async () => {
    const feed = await readFeed(`${server.origin}/rss`, trusted);
    expect(feed.items[0]?.title).toBe('Tuyên Quang đẩy mạnh chuyển đổi số trong cơ quan nhà nước');
  });

  it('follows a sitemap index to its three most recently changed sitemaps, skipping one that fails', async () => {
    const feed = await readFeed(`${server.origin}/sitemap.xml`, trusted);
    expect(feed.kind).toBe('sitemap');
    // news.xml (2 items) and pages.xml (3); 2025-04.xml answers 404; 2025-03.xml is the fourth.
    expect(feed.items).toHaveLength(5);
    expect(feed.items[0]?.title).toBe('Khai mạc Ngày hội chuyển đổi số tỉnh Tuyên Quang năm 2025');
  });

  it('reads a gzipped sitemap sent as a file', async () => {
    const feed = await readFeed(`${server.origin}/sitemap-news.xml.gz`, trusted);
    expect(feed.items).toHaveLength(2);
  });

  it('refuses a page as a feed, and a truncated feed as malformed', async () => {
    expect(await code(readFeed(`${server.origin}/page`, trusted))).toBe('not_feed');
    expect(await code(readFeed(`${server.origin}/truncated`, trusted))).toBe('malformed');
  });

  it('reads a page’s preview; a PDF is not a page; a page without a type is read when it looks like one', async () => {
    const preview = await readPagePreview(`${server.origin}/page`, trusted);
    expect(preview).toMatchObject({
      url: `${server.origin}/page`,
      title: 'Hơn 1.200 người dân được tập huấn kỹ năng số',
      imageUrl: `${server.origin}/uploads/2025/05/12/tap-huan-ky-nang-so.jpg`,
    });
    expect(await code(readPagePreview(`${server.origin}/document.pdf`, trusted))).toBe('not_page');
    expect((await readPagePreview(`${server.origin}/untyped-page`, trusted)).title).toBe(preview.title);
  });
});
