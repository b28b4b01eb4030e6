import { describe, expect, it } from 'vitest';
import { decodeDocument, parsePagePreview } from '../src/index.ts';
import { fixture, WINDOWS_1258_TITLE } from './fixtures.ts';

describe('a page’s preview', () => {
  it('prefers Open Graph: og:title, og:image resolved against the page, og:site_name, article:published_time', () => {
    expect(
      parsePagePreview(fixture('article-og.html'), 'https://baotuyenquang.com.vn/xa-hoi/bai-1.html'),
    ).toEqual({
      title: 'Hơn 1.200 người dân được tập huấn kỹ năng số',
      description: 'Các tổ công nghệ số cộng đồng đã tập huấn cho hơn 1.200 người dân & hộ kinh doanh.',
      imageUrl: 'https://baotuyenquang.com.vn/uploads/2025/05/12/tap-huan-ky-nang-so.jpg',
      siteName: 'Báo Tuyên Quang điện tử',
      publishedAt: new Date('2025-05-12T01:30:00Z'),
    });
  });

  it('falls back to <title>, the description meta, <link rel=image_src> under <base>, and <time datetime>', () => {
    expect(
      parsePagePreview(
        fixture('article-plain.html'),
        'https://hoaan.tuyenquang.gov.vn/tin-tuc/ngay-hoi.html',
      ),
    ).toEqual({
      // HTML entities (&ndash;) decoded, the lines of the title joined.
      title: 'Xã Hòa An tổ chức Ngày hội công nghệ số – Cổng thông tin xã Hòa An',
      description: 'Ngày hội công nghệ số thu hút đông đảo người dân tham gia.',
      imageUrl: 'https://hoaan.tuyenquang.gov.vn/anh/ngay-hoi.png',
      siteName: null,
      // dd/mm/yyyy HH:MM without a zone: Vietnam time.
      publishedAt: new Date('2025-05-12T07:00:00Z'),
    });
  });

  it('dates a page by its JSON-LD datePublished when it has no article:published_time', () => {
    const html = `<html><head><title>T</title>
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"T","datePublished":"2025-05-03T09:00:00+07:00"}]}</script>
      <script type="application/ld+json">{ not json</script></head><body><time datetime="2020-01-01">x</time></body></html>`;
    expect(parsePagePreview(html, 'https://e.vn/a').publishedAt).toEqual(new Date('2025-05-03T02:00:00Z'));
  });

  it('returns only http(s) images, and null for what the page does not say', () => {
    const html = `<html><head><meta property="og:image" content="javascript:alert(1)">
      <meta property="og:image:secure_url" content="data:image/png;base64,AAAA"></head><body></body></html>`;
    expect(parsePagePreview(html, 'https://e.vn/a')).toEqual({
      title: null,
      description: null,
      imageUrl: null,
      siteName: null,
      publishedAt: null,
    });
  });

  it('clips a very long title', () => {
    const preview = parsePagePreview(`<title>${'Chuyển đổi số '.repeat(100)}</title>`, 'https://e.vn/a');
    expect(preview.title?.length).toBe(500);
  });
});

describe('decoding a page', () => {
  const page = (charsetMeta: string, title: Uint8Array) =>
    Buffer.concat([
      Buffer.from(`<html><head>${charsetMeta}<title>`),
      title,
      Buffer.from('</title></head><body></body></html>'),
    ]);

  it('reads windows-1258 declared by <meta charset>, composing the tone marks (NFC)', () => {
    const html = decodeDocument(page('<meta charset="windows-1258">', WINDOWS_1258_TITLE), null);
    expect(parsePagePreview(html, 'https://e.vn/a').title).toBe('Chuyển đổi số ở xã Hòa An');
  });

  it('reads windows-1258 declared by http-equiv, and by the server’s header before the page', () => {
    const httpEquiv = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">';
    expect(
      parsePagePreview(decodeDocument(page(httpEquiv, WINDOWS_1258_TITLE), null), 'https://e.vn/a').title,
    ).toBe('Chuyển đổi số ở xã Hòa An');
    const wrongMeta = '<meta charset="utf-8">';
    expect(
      parsePagePreview(decodeDocument(page(wrongMeta, WINDOWS_1258_TITLE), 'windows-1258'), 'https://e.vn/a')
        .title,
    ).toBe('Chuyển đổi số ở xã Hòa An');
  });

  it('reads UTF-8 by default, with or without a byte-order mark, and decomposed text composed', () => {
    const decomposed = 'Chuyển đổi số'.normalize('NFD');
    const plain = decodeDocument(page('', Buffer.from(decomposed)), null);
    expect(parsePagePreview(plain, 'https://e.vn/a').title).toBe('Chuyển đổi số');
    const withBom = decodeDocument(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), page('', Buffer.from('Số'))]),
      'latin1',
    );
    expect(parsePagePreview(withBom, 'https://e.vn/a').title).toBe('Số');
  });

  it('reads an unknown charset label, and a UTF-16 claim inside the page, as UTF-8', () => {
    expect(decodeDocument(page('<meta charset="x-unknown">', Buffer.from('Số')), 'bogus')).toContain('Số');
    expect(decodeDocument(page('<meta charset="utf-16">', Buffer.from('Số')), null)).toContain('Số');
  });

  it('reads the encoding of an XML declaration', () => {
    const xml = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1258"?><rss><channel><title>'),
      WINDOWS_1258_TITLE,
      Buffer.from('</title></channel></rss>'),
    ]);
    expect(decodeDocument(xml, null)).toContain('Chuyển đổi số ở xã Hòa An');
  });
});
