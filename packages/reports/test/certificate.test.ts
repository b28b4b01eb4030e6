import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CertificateInput, certificateDates, qrPng, qrSvg, renderCertificate } from '../src/index.ts';

// The certificate read back as Poppler reads it (the fonts of Debian's fonts-liberation2 embedded):
// the words with their diacritics, one A4 landscape page, and every word inside the frame however
// long the topic and the name.

const TOPIC =
  'Kỹ năng chuyển đổi số cho Tổ công nghệ số cộng đồng: hướng dẫn người dân sử dụng dịch vụ công ' +
  'trực tuyến, thanh toán không dùng tiền mặt, nhận diện lừa đảo trên không gian mạng và bảo vệ dữ ' +
  'liệu cá nhân theo phong trào “Bình dân học vụ số”';

const certificate = (over: Partial<CertificateInput> = {}): CertificateInput => ({
  issuerName: 'Sở Khoa học và Công nghệ tỉnh Tuyên Quang',
  governingName: 'Ủy ban nhân dân tỉnh Tuyên Quang',
  // Decomposed on purpose (as some keyboards type it): printed NFC all the same.
  personName: 'Nguyễn Thị Hồng Nhung'.normalize('NFD'),
  personBodyName: 'Xã Hòa An',
  courseTopic: TOPIC,
  courseKindLabel: 'lớp tập huấn',
  startsOn: '2026-06-03',
  endsOn: '2026-06-05',
  place: 'Hội trường Ủy ban nhân dân xã Hòa An',
  certificateNo: 'CN-2026-000012',
  issuedOn: '2026-06-05',
  verifyUrl: 'https://lantoa.tuyenquang.gov.vn/chung-nhan/CN-2026-000012',
  ...over,
});

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

interface ReadBack {
  info: string;
  /** The text in reading order, runs of whitespace as one space. */
  text: string;
  words: Word[];
}

let scratch: string;

function readBack(pdf: Uint8Array, name: string): ReadBack {
  const file = join(scratch, name);
  writeFileSync(file, pdf);
  const run = (tool: string, ...args: string[]) =>
    execFileSync(tool, [...args, file, ...(tool === 'pdfinfo' ? [] : ['-'])], { encoding: 'utf8' }).normalize(
      'NFC',
    );
  const words = [
    ...run('pdftotext', '-bbox').matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map(([, xMin, yMin, xMax, yMax, text]) => ({
    text: text ?? '',
    xMin: Number(xMin),
    yMin: Number(yMin),
    xMax: Number(xMax),
    yMax: Number(yMax),
  }));
  return { info: run('pdfinfo'), text: run('pdftotext').replace(/\s+/g, ' '), words };
}

/** Every word inside the inner frame (26 pt from each edge of the 841.89 × 595.28 pt page). */
function outsideFrame(words: Word[]): Word[] {
  return words.filter((w) => w.xMin < 26 || w.yMin < 26 || w.xMax > 841.89 - 26 || w.yMax > 595.28 - 26);
}

let usual: ReadBack;
let usualPdf: Uint8Array;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'lantoa-certificate-test-'));
  usualPdf = await renderCertificate(certificate());
  usual = readBack(usualPdf, 'chung-nhan.pdf');
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('a certificate of completion', () => {
  it('is one A4 landscape page titled with its number and holder', () => {
    expect(usual.info).toMatch(/Pages:\s+1\n/);
    expect(usual.info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    expect(usual.info).toMatch(/Title:\s+Giấy chứng nhận CN-2026-000012 - Nguyễn Thị Hồng Nhung\n/);
  });

  it('prints the header, the holder, the course, its dates and place, with their diacritics', () => {
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TUYÊN QUANG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
      'GIẤY CHỨNG NHẬN',
      'Chứng nhận: Nguyễn Thị Hồng Nhung',
      'Đơn vị: Xã Hòa An',
      // The topic wraps over several lines and reads back whole, in order.
      `Đã hoàn thành lớp tập huấn “${TOPIC}”`,
      'Thời gian: từ ngày 03/06/2026 đến ngày 05/06/2026',
      'Địa điểm: Hội trường Ủy ban nhân dân xã Hòa An',
      'Số: CN-2026-000012',
      'Ngày 05 tháng 6 năm 2026',
      'THỦ TRƯỞNG ĐƠN VỊ',
      'https://lantoa.tuyenquang.gov.vn/chung-nhan/CN-2026-000012',
    ]) {
      expect(usual.text).toContain(expected);
    }
    const topicLines = new Set(
      usual.words.filter((w) => TOPIC.includes(w.text)).map((w) => Math.round(w.yMin)),
    );
    expect(topicLines.size).toBeGreaterThan(1);
    expect(outsideFrame(usual.words)).toEqual([]);
  });

  it('is the same bytes for the same input (dated by its issue day, not the clock)', async () => {
    expect(Buffer.from(await renderCertificate(certificate())).equals(Buffer.from(usualPdf))).toBe(true);
    expect(usual.info).toMatch(/CreationDate:\s+Thu Jun {2}4 17:00:00 2026 UTC/);
  });

  it('says one date for a one-day course, leaves out an empty place and prints the place of issue', async () => {
    const oneDay = readBack(
      await renderCertificate(
        certificate({ endsOn: '2026-06-03', place: '', governingName: null, issuePlace: 'Tuyên Quang' }),
      ),
      'mot-ngay.pdf',
    );
    expect(oneDay.text).toContain('Thời gian: ngày 03/06/2026');
    expect(oneDay.text).not.toContain('từ ngày');
    expect(oneDay.text).not.toContain('Địa điểm');
    expect(oneDay.text).not.toContain('ỦY BAN NHÂN DÂN');
    expect(oneDay.text).toContain('Tuyên Quang, ngày 05 tháng 6 năm 2026');
    expect(certificateDates('2026-01-09', '2026-01-09')).toBe('ngày 09/01/2026');
  });

  it('keeps an enormous topic, name and address inside the frame, above the number and signature', async () => {
    const topic = Array.from({ length: 80 }, (_, i) => `chuyển đổi số cộng đồng phần ${i + 1}`).join(', ');
    const url = `https://lantoa.tuyenquang.gov.vn/chung-nhan/xac-minh?ma=${'k'.repeat(150)}`;
    const huge = readBack(
      await renderCertificate(
        certificate({
          courseTopic: topic,
          personName: 'Hoàng Thị Phương Thảo'.replace(/ /g, '').repeat(8),
          issuerName: 'Trung tâm Công nghệ thông tin và Truyền thông trực thuộc Sở Khoa học và Công nghệ',
          verifyUrl: url,
        }),
      ),
      'rat-dai.pdf',
    );
    expect(huge.info).toMatch(/Pages:\s+1\n/);
    expect(outsideFrame(huge.words)).toEqual([]);
    expect(huge.text).toContain('chuyển đổi số cộng đồng phần 1,');
    expect(huge.text).toContain('…');
    expect(huge.text).toContain('Số: CN-2026-000012');
    expect(huge.text).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    const number = huge.words.find((w) => w.text === 'CN-2026-000012');
    const signer = huge.words.find((w) => w.text === 'THỦ');
    const lastTopicWord = huge.words.filter((w) => w.text.includes('…')).at(-1);
    expect(number && signer && lastTopicWord).toBeTruthy();
    expect(lastTopicWord?.yMax).toBeLessThan(Math.min(number?.yMin ?? 0, signer?.yMin ?? 0));
    // The address is printed whole, however many lines it takes.
    expect(huge.words.map((w) => w.text).join('')).toContain(url);
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    await expect(renderCertificate(certificate({ issuedOn: '05/06/2026' }))).rejects.toThrow(RangeError);
  });
});

describe('QR codes', () => {
  it('draws an SVG whose modules change with the text', async () => {
    const a = await qrSvg('https://lantoa.tuyenquang.gov.vn/diem-danh/abc');
    const b = await qrSvg('https://lantoa.tuyenquang.gov.vn/diem-danh/abd');
    expect(a).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(a.trimEnd()).toMatch(/<\/svg>$/);
    const modules = (svg: string) => /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
    expect(modules(a)).toBeTruthy();
    expect(modules(a)).not.toBe(modules(b));
    expect(await qrSvg('https://lantoa.tuyenquang.gov.vn/diem-danh/abc')).toBe(a);
  });

  it('draws a PNG of the asked width', async () => {
    const png = await qrPng('CN-2026-000012', 240);
    expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([240, 240]);
    await expect(qrPng('x', 0)).rejects.toThrow(RangeError);
  });
});
