import { describe, expect, it } from 'vitest';
import { MAX_FEED_ITEMS, parseFeedXml, titleFromLink, type WebReadError } from '../src/index.ts';
import { fixture } from './fixtures.ts';

const BASE = 'https://baotuyenquang.com.vn/rss/khoa-hoc-cong-nghe.rss';

function feedOf(name: string, base = BASE) {
  const parsed = parseFeedXml(fixture(name), base);
  if (parsed.kind === 'sitemap_index') throw new Error('expected a feed');
  return parsed;
}

function refusal(xml: string): WebReadError {
  try {
    parseFeedXml(xml, BASE);
  } catch (error) {
    return error as WebReadError;
  }
  throw new Error('the document was read');
}

describe('RSS 2.0', () => {
  const feed = feedOf('rss-bao.xml');

  it('reads the channel and every item, newest first, with Vietnamese text decoded', () => {
    expect(feed.kind).toBe('rss');
    expect(feed.title).toBe('Báo Tuyên Quang - Khoa học & Công nghệ');
    expect(feed.items.map((i) => i.title)).toEqual([
      'Tuyên Quang đẩy mạnh chuyển đổi số trong cơ quan nhà nước',
      // &quot; and a double-escaped &amp;amp; (the title's HTML escaped once more for XML).
      'Hội thảo "Khoa học, công nghệ & đổi mới sáng tạo" năm 2025',
      // Numeric character references.
      'Xã Hòa An ra mắt Tổ công nghệ số cộng đồng',
      'Giá lúa vụ chiêm xuân tăng nhẹ',
    ]);
  });

  it('dates items from RFC 822 with an offset, in GMT, and from dc:date in ISO with +07:00', () => {
    expect(feed.items.map((i) => i.publishedAt?.toISOString())).toEqual([
      '2025-05-12T01:30:00.000Z',
      '2025-05-10T02:00:00.000Z',
      '2025-05-09T09:45:00.000Z',
      '2025-05-08T00:00:00.000Z',
    ]);
  });

  it('takes the guid as id, else the link; a guid that is no permalink is not taken as the link', () => {
    const [first, second, third] = feed.items;
    expect(first?.id).toBe(first?.link);
    expect(second?.id).toBe('bao-tq-210301');
    expect(second?.link).toBe(
      'https://baotuyenquang.com.vn/khoa-hoc-cong-nghe/hoi-thao-khoa-hoc-cong-nghe-doi-moi-sang-tao-210301.html',
    );
    expect(third?.id).toBe(
      'https://baotuyenquang.com.vn/xa-hoi/xa-hoa-an-ra-mat-to-cong-nghe-so-cong-dong-210288.html',
    );
  });

  it('makes the description (CDATA or escaped HTML) plain text, and keeps its links', () => {
    const [first, second] = feed.items;
    expect(first?.summary).toMatch(/^Sáng 12\/5, UBND tỉnh tổ chức hội nghị .* Nghị quyết 57-NQ\/TW/);
    expect(first?.summary).not.toContain('<');
    expect(first?.links).toContain('https://lantoa.example.vn/thong-cao/TC-2025-0007');
    // &amp;nbsp; inside escaped HTML is a space once read as HTML.
    expect(second?.summary).toBe(
      'Ngày 10/5, Sở Khoa học và Công nghệ phối hợp tổ chức hội thảo với sự tham gia của hơn 200 đại biểu.',
    );
  });

  it('finds the image: relative <img> of the description, media:content, an image enclosure', () => {
    expect(feed.items.map((i) => i.imageUrl)).toEqual([
      'https://baotuyenquang.com.vn/uploads/2025/05/12/chuyen-doi-so.jpg',
      'https://cdn.baotuyenquang.com.vn/2025/05/10/hoi-thao.jpg',
      'https://cdn.baotuyenquang.com.vn/2025/05/09/to-cnsc.jpg',
      null,
    ]);
  });

  it('reads RSS 1.0 (RDF), whose items stand beside the channel', () => {
    const rdf = parseFeedXml(
      `<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://example.vn/"><title>Trang tin</title></channel>
        <item rdf:about="https://example.vn/a"><title>Tin A</title><link>https://example.vn/a</link><dc:date>2025-05-12T08:00:00+07:00</dc:date></item>
      </rdf:RDF>`,
      BASE,
    );
    expect(rdf.kind).toBe('rss');
    if (rdf.kind !== 'rss') return;
    expect(rdf.items).toMatchObject([
      { id: 'https://example.vn/a', title: 'Tin A', publishedAt: new Date('2025-05-12T01:00:00Z') },
    ]);
  });

  it('keeps one item per id and at most MAX_FEED_ITEMS, the newest', () => {
    const items = Array.from(
      { length: MAX_FEED_ITEMS + 50 },
      (_, n) =>
        `<item><title>Tin ${n}</title><link>https://example.vn/tin-${n}</link><pubDate>${new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toUTCString()}</pubDate></item>`,
    );
    const duplicated = `<rss version="2.0"><channel><title>T</title>${items.join('')}${items[0]}</channel></rss>`;
    const parsed = parseFeedXml(duplicated, BASE);
    if (parsed.kind === 'sitemap_index') throw new Error('expected a feed');
    expect(parsed.items).toHaveLength(MAX_FEED_ITEMS);
    expect(parsed.items[0]?.title).toBe(`Tin ${MAX_FEED_ITEMS + 49}`);
    expect(new Set(parsed.items.map((i) => i.id)).size).toBe(MAX_FEED_ITEMS);
  });

  it('skips an item with neither guid nor link, and a javascript: link', () => {
    const parsed = parseFeedXml(
      `<rss version="2.0"><channel><title>T</title>
        <item><title>Không có địa chỉ</title></item>
        <item><title>Script</title><link>javascript:alert(1)</link></item>
        <item><title>Có</title><link>/tin/co</link></item>
      </channel></rss>`,
      BASE,
    );
    if (parsed.kind === 'sitemap_index') throw new Error('expected a feed');
    expect(parsed.items.map((i) => [i.title, i.link])).toEqual([
      ['Có', 'https://baotuyenquang.com.vn/tin/co'],
    ]);
  });
});

describe('Atom 1.0', () => {
  const feed = feedOf('atom-cong.xml', 'https://tuyenquang.gov.vn/chuyen-doi-so/atom.xml');

  it('reads entries: id, the alternate link (not the first), published before updated', () => {
    expect(feed.kind).toBe('atom');
    expect(feed.title).toBe('Cổng thông tin điện tử tỉnh Tuyên Quang - Chuyển đổi số');
    expect(feed.items[0]).toMatchObject({
      id: 'tag:tuyenquang.gov.vn,2025:post-8841',
      title: 'Ban hành Kế hoạch tuyên truyền về chuyển đổi số năm 2025',
      link: 'https://tuyenquang.gov.vn/chuyen-doi-so/ban-hanh-ke-hoach-tuyen-truyen-ve-chuyen-doi-so-nam-2025-8841',
      publishedAt: new Date('2025-05-12T02:15:00Z'),
      summary: 'UBND tỉnh ban hành Kế hoạch số 112/KH-UBND về tuyên truyền chuyển đổi số…',
      imageUrl: null,
    });
  });

  it('dates an entry without <published> by <updated>, reads XHTML content, finds an image enclosure', () => {
    expect(feed.items[1]).toMatchObject({
      link: 'https://tuyenquang.gov.vn/chuyen-doi-so/nguoi-dan-xa-hoa-an-duoc-huong-dan-dich-vu-cong-8820',
      publishedAt: new Date('2025-05-09T08:00:00Z'),
      summary: 'Các thành viên Tổ công nghệ số cộng đồng đến từng hộ.',
      imageUrl: 'https://tuyenquang.gov.vn/media/8820.png',
    });
  });
});

describe('sitemaps', () => {
  it('reads a news sitemap: news:title, news:publication_date, image:loc', () => {
    const feed = feedOf('sitemap-news.xml', 'https://baotuyenquang.com.vn/sitemap-news.xml');
    expect(feed.kind).toBe('sitemap');
    expect(feed.items).toEqual([
      {
        id: 'https://baotuyenquang.com.vn/thoi-su/khai-mac-ngay-hoi-chuyen-doi-so-210400.html',
        link: 'https://baotuyenquang.com.vn/thoi-su/khai-mac-ngay-hoi-chuyen-doi-so-210400.html',
        title: 'Khai mạc Ngày hội chuyển đổi số tỉnh Tuyên Quang năm 2025',
        publishedAt: new Date('2025-05-12T03:00:00Z'),
        summary: '',
        imageUrl: 'https://cdn.baotuyenquang.com.vn/2025/05/12/ngay-hoi.jpg',
        links: [],
      },
      expect.objectContaining({
        title: 'Lễ hội Thành Tuyên 2025 & những điểm mới',
        publishedAt: new Date('2025-05-11T13:30:00Z'),
      }),
    ]);
  });

  it('reads a plain sitemap: a date-only lastmod is that Vietnam day, the title comes from the address', () => {
    const feed = feedOf('sitemap-plain.xml', 'https://hoaan.tuyenquang.gov.vn/sitemap.xml');
    expect(feed.items.map((i) => [i.title, i.publishedAt?.toISOString() ?? null])).toEqual([
      ['Hoi nghi chuyen doi so xa hoa an 2025', '2025-05-11T17:00:00.000Z'],
      ['Tiem chung mo rong thang 5', '2025-05-02T01:00:00.000Z'],
      ['Gioi thieu', null],
    ]);
  });

  it('lists a sitemap index’s sitemaps, resolved against the index', () => {
    const index = parseFeedXml(fixture('sitemap-index.xml'), 'https://baotuyenquang.com.vn/sitemap.xml');
    expect(index.kind).toBe('sitemap_index');
    if (index.kind !== 'sitemap_index') return;
    expect(index.sitemaps.map((s) => s.url)).toEqual([
      'https://baotuyenquang.com.vn/sitemaps/2025-04.xml',
      'https://baotuyenquang.com.vn/sitemaps/news.xml',
      'https://baotuyenquang.com.vn/sitemaps/pages.xml',
      'https://baotuyenquang.com.vn/sitemaps/2025-03.xml',
    ]);
  });

  it('makes a title of an address: the article number dropped, a year kept', () => {
    expect(titleFromLink('https://x.vn/tin/le-hoi-thanh-tuyen-2025-210399.html')).toBe(
      'Le hoi thanh tuyen 2025',
    );
    expect(titleFromLink('https://x.vn/tin/ke-hoach-tuyen-truyen-2025')).toBe('Ke hoach tuyen truyen 2025');
    expect(titleFromLink('https://x.vn/tin/chuyen-doi-so-post8841.aspx')).toBe('Chuyen doi so');
    expect(titleFromLink('https://x.vn/tin/chuy%E1%BB%83n-%C4%91%E1%BB%95i-s%E1%BB%91')).toBe(
      'Chuyển đổi số',
    );
    expect(titleFromLink('https://x.vn/')).toBe('x.vn');
  });
});

describe('what is not a feed', () => {
  it('refuses a truncated feed and crossed tags as malformed, with a message saying what to do', () => {
    for (const name of ['rss-truncated.xml', 'rss-crossed.xml']) {
      const error = refusal(fixture(name));
      expect(error.code).toBe('malformed');
      expect(error.message).toMatch(/lỗi cấu trúc XML.*Hãy báo/);
    }
  });

  it('reads self-closing elements as closed', () => {
    const parsed = parseFeedXml(
      '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://e.vn/a</link><enclosure url="https://e.vn/a.jpg" type="image/jpeg"/></item></channel></rss>',
      BASE,
    );
    expect(parsed.kind).toBe('rss');
  });

  it('refuses an HTML page, an empty answer, text and other XML as not a feed', () => {
    for (const text of [
      fixture('article-og.html'),
      '',
      '   ',
      'Service Unavailable',
      '<?xml version="1.0"?><note><to>A</to></note>',
      '{"items": []}',
    ]) {
      expect(refusal(text).code).toBe('not_feed');
    }
  });

  it('leaves out control characters, which the database refuses in text', () => {
    const parsed = parseFeedXml(
      '<rss version="2.0"><channel><title>T</title><item><title>Tin\u0000 c\u0007ó ký tự lạ</title><guid>id\u0000-1</guid><description>Dòng 1\u000bDòng 2</description></item></channel></rss>',
      BASE,
    );
    if (parsed.kind === 'sitemap_index') throw new Error('expected a feed');
    expect(parsed.items[0]).toMatchObject({
      id: 'id -1',
      title: 'Tin c ó ký tự lạ',
      summary: 'Dòng 1 Dòng 2',
    });
  });

  it('never throws anything else on garbage', () => {
    for (const text of [
      '<',
      '<<<>>>',
      '<rss',
      '<rss><channel><item>',
      '<![CDATA[',
      '<rss>&#xFFFFFFF;</rss>',
      '\u0000<rss/>',
    ]) {
      try {
        parseFeedXml(text, BASE);
      } catch (error) {
        expect((error as Error).name).toBe('WebReadError');
      }
    }
  });
});
