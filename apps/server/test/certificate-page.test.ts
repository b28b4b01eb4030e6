import { describe, expect, it } from 'vitest';
import { type CertificateView, certificatePageHtml } from '../src/public-pages/certificate-page.ts';

// The public page a certificate's QR code opens: what it says for a genuine certificate and for an
// unknown number, and that nothing typed into a record (a name, a topic) can become markup on it.

const PAYLOAD = '<script>alert(1)</script>';

const genuine = (over: Partial<Extract<CertificateView, { found: true }>> = {}): CertificateView => ({
  found: true,
  certificateNo: 'CN-2026-000012',
  personName: 'Nguyễn Thị Hồng Nhung',
  personBodyName: 'Xã Hòa An',
  courseTopic: 'Kỹ năng chuyển đổi số cho Tổ công nghệ số cộng đồng',
  issuerName: 'Sở Khoa học và Công nghệ tỉnh Tuyên Quang',
  startsOn: '2026-06-03',
  endsOn: '2026-06-05',
  issuedOn: '2026-06-05',
  ...over,
});

/** The page's text without its tags, whitespace collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the certificate verification page', () => {
  it('says a genuine certificate is valid, with its details and dates as dd/mm/yyyy', () => {
    const { html, csp } = certificatePageHtml(genuine());
    expect(html).toMatch(/^<!doctype html>\n<html lang="vi">/);
    expect(html).toContain('<title>Giấy chứng nhận CN-2026-000012 hợp lệ</title>');
    expect(html).toMatch(
      /<meta name="description" content="Giấy chứng nhận số CN-2026-000012 cấp cho Nguyễn Thị Hồng Nhung/,
    );
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    const text = textOf(html);
    for (const expected of [
      'Giấy chứng nhận hợp lệ',
      'Số giấy chứng nhận CN-2026-000012',
      'Họ và tên Nguyễn Thị Hồng Nhung',
      'Đơn vị Xã Hòa An',
      'Nội dung Kỹ năng chuyển đổi số cho Tổ công nghệ số cộng đồng',
      'Thời gian Từ ngày 03/06/2026 đến ngày 05/06/2026',
      'Đơn vị cấp Sở Khoa học và Công nghệ tỉnh Tuyên Quang',
      'Ngày cấp 05/06/2026',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Không tìm thấy');
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    expect(html).toMatch(/<h2 id="verdict" class="ok">/);
    // No script on the page, and the policy allows none.
    expect(html).not.toContain('<script');
    expect(csp).toContain("script-src 'none'");
  });

  it('says one day for a one-day course', () => {
    const text = textOf(certificatePageHtml(genuine({ endsOn: '2026-06-03' })).html);
    expect(text).toContain('Thời gian Ngày 03/06/2026');
  });

  it('says an unknown number is not found and what to do', () => {
    const { html } = certificatePageHtml({ found: false, certificateNo: 'CN-2026-999999' });
    expect(html).toContain('<title>Không tìm thấy giấy chứng nhận</title>');
    expect(html).toMatch(/<meta name="description" content="Không tìm thấy giấy chứng nhận/);
    expect(html).toMatch(/<h2 id="verdict" class="bad">/);
    const text = textOf(html);
    expect(text).toContain('Không tìm thấy giấy chứng nhận');
    expect(text).toContain('Số đã tra cứu: CN-2026-999999');
    expect(text).toContain('Kiểm tra lại số');
    expect(text).toContain('quét lại mã QR');
    expect(text).toContain('liên hệ đơn vị cấp giấy');
    expect(text).not.toContain('hợp lệ');
    expect(textOf(certificatePageHtml({ found: false }).html)).not.toContain('Số đã tra cứu');
  });

  it('escapes every value, so a name with a script stays text', () => {
    const pages = [
      certificatePageHtml(
        genuine({
          certificateNo: `CN"${PAYLOAD}`,
          personName: `Nguyễn ${PAYLOAD}`,
          personBodyName: PAYLOAD,
          courseTopic: `<img src=x onerror=alert(2)> & ${PAYLOAD}`,
          issuerName: `Sở "KH&CN" ${PAYLOAD}`,
        }),
      ).html,
      certificatePageHtml({ found: false, certificateNo: `"><${PAYLOAD}` }).html,
    ];
    for (const html of pages) {
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).not.toMatch(/content="[^"]*<|"><script/);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    expect(pages[0]).toContain('Nguyễn &lt;script&gt;');
    expect(pages[0]).toContain('Sở &quot;KH&amp;CN&quot;');
    expect(pages[0]).toContain('&lt;img src=x onerror=alert(2)&gt; &amp; ');
  });
});
