import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocumentDocx, closePdfConverter, convertDocxToPdf } from '../src/index.ts';
import { samplePlanDocument } from './plan-document-fixture.ts';

// The plan's document as LibreOffice lays it out (the server's .pdf): A4, and the first page holding
// the header, the title, the basis and the start of the work, with their diacritics.

let scratch: string;
let info: string;
let firstPage: string;
let everything: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'lantoa-plan-pdf-test-'));
  const pdf = await convertDocxToPdf(await buildPlanDocumentDocx(samplePlanDocument()), {
    timeoutMs: 90_000,
  });
  const file = join(scratch, 'ke-hoach.pdf');
  writeFileSync(file, pdf);
  info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = (...pages: string[]) =>
    execFileSync('pdftotext', ['-layout', ...pages, file, '-'], { encoding: 'utf8' }).normalize('NFC');
  firstPage = text('-f', '1', '-l', '1');
  everything = text();
}, 120_000);

afterAll(async () => {
  await closePdfConverter();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a plan’s document as PDF', () => {
  it('is laid out on A4 pages', () => {
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
  });

  it('heads the first page with the issuer beside the national title, the number beside the date', () => {
    const lines = firstPage.split('\n');
    expect(lines.find((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toMatch(
      /ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/,
    );
    expect(lines.find((l) => l.includes('Độc lập - Tự do - Hạnh phúc'))).toMatch(
      /XÃ HÒA AN\s+Độc lập - Tự do - Hạnh phúc/,
    );
    expect(lines.find((l) => l.includes('Số: 12/KH-UBND'))).toMatch(
      /Số: 12\/KH-UBND\s+Hòa An, ngày 27 tháng 5 năm 2026/,
    );
  });

  it('shows the title, the basis and the start of the work on the first page', () => {
    for (const s of [
      'KẾ HOẠCH',
      'Triển khai công tác truyền thông',
      'Căn cứ Kế hoạch số 178/KH-UBND ngày 07/05/2026',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. MỤC TIÊU',
      'Tối thiểu 80% hộ gia đình',
      '1.250 lượt người',
      'III. NHIỆM VỤ',
      'Cơ quan chủ trì',
    ]) {
      expect(firstPage).toContain(s);
    }
  });

  it('ends with "Nơi nhận" and the signer', () => {
    for (const s of [
      'V. TỔ CHỨC THỰC HIỆN',
      'trước ngày 05/12 hằng năm',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
    ]) {
      expect(everything).toContain(s);
    }
    expect(everything).toContain('Đỗ Văn Hiếu');
  });
});
