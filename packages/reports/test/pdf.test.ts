import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildConsolidatedReportDocx,
  convertDocxToPdf,
  PdfConversionError,
  PdfUnavailableError,
  pdfConversionAvailable,
} from '../src/index.ts';
import { sampleReport } from './fixtures.ts';

let pdf: Uint8Array;
let draft: Uint8Array;
let text: string;
let info: string;
let scratch: string;
let tempBefore: string[];

/** What convertDocxToPdf leaves in the temp directory (it should leave nothing). */
const tempEntries = () => readdirSync(tmpdir()).filter((n) => n.startsWith('lantoa-pdf-'));

beforeAll(async () => {
  // LibreOffice is installed here and in CI. Two conversions at once show that each call has its
  // own profile; the first one serves every test below.
  tempBefore = tempEntries();
  [pdf, draft] = await Promise.all([
    buildConsolidatedReportDocx(sampleReport()).then((d) => convertDocxToPdf(d, { timeoutMs: 90_000 })),
    buildConsolidatedReportDocx(sampleReport({ number: null, date: '2026-12' })).then((d) =>
      convertDocxToPdf(d, { timeoutMs: 90_000 }),
    ),
  ]);
  scratch = mkdtempSync(join(tmpdir(), 'lantoa-reports-test-'));
  const file = join(scratch, 'bao-cao.pdf');
  writeFileSync(file, pdf);
  text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
  info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the consolidated report as PDF', () => {
  it('converts through LibreOffice into a PDF of one to three A4 pages', () => {
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(new TextDecoder().decode(draft.subarray(0, 5))).toBe('%PDF-');
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('removes its temporary files and profile', () => {
    expect(tempEntries()).toEqual(tempBefore);
  });

  it('keeps the Vietnamese text with its diacritics', () => {
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Tuyên Quang, ngày 05 tháng 12 năm 2026',
      'BÁO CÁO',
      'Khó khăn, vướng mắc',
      'Đề xuất, kiến nghị',
      'Nơi nhận:',
      'Nguyễn Thị Hồng Nhung',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('prints the national title on one line beside the issuer', () => {
    const line = text.split('\n').find((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) ?? '';
    expect(line).toMatch(/ỦY BAN NHÂN DÂN .*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
  });

  it('stops a conversion that takes longer than its time limit, and cleans up', async () => {
    const docx = await buildConsolidatedReportDocx(sampleReport());
    const error = await convertDocxToPdf(docx, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfConversionError);
    expect((error as PdfConversionError).code).toBe('pdf_timeout');
    expect(tempEntries()).toEqual(tempBefore);
  });

  it('says so in Vietnamese when LibreOffice is not installed', async () => {
    const empty = join(scratch, 'empty-bin');
    mkdirSync(empty);
    expect(await pdfConversionAvailable({ path: empty })).toBe(false);
    expect(await pdfConversionAvailable({ soffice: join(empty, 'soffice') })).toBe(false);
    const error = await convertDocxToPdf(new Uint8Array([1]), { path: empty }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfUnavailableError);
    expect((error as Error).message).toContain('LibreOffice');
    expect((error as Error).message).toContain('apt-get install libreoffice-writer-nogui fonts-liberation2');
    expect((error as Error).message).toContain('.docx');
  });

  it('finds LibreOffice on the PATH where it is installed', async () => {
    expect(await pdfConversionAvailable()).toBe(true);
  });
});
