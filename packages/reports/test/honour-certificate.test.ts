import { readPlanDocument } from '@lantoa/plan-parser';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type HonourCertificateInput, renderHonourCertificate } from '../src/index.ts';

// A certificate of merit read back through the PDF reader the plan parser uses (pdf.js, in-process):
// one A4 landscape page with the deciding body, the national title, "GIẤY KHEN", who is honoured, the
// line of achievement, the decision, the number, the place and date and the signer, with diacritics.

const certificate = (over: Partial<HonourCertificateInput> = {}): HonourCertificateInput => ({
  issuerName: 'Ủy ban nhân dân tỉnh Tuyên Quang',
  governingName: null,
  awardedBy: 'Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang',
  recipient: 'Xã Hòa An',
  recipientDetail: '',
  citation:
    'Đã có thành tích xuất sắc trong công tác truyền thông về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số năm 2026',
  decisionNo: '125/QĐ-UBND',
  decidedOn: '2026-12-15',
  certificateNo: 'GK-2026-000012',
  place: 'Tuyên Quang',
  signerTitle: 'CHỦ TỊCH',
  ...over,
});

/** The text as the reader gives it, runs of whitespace as one space. */
const textOf = async (pdf: Uint8Array) =>
  (await readPlanDocument(pdf, 'giay-khen.pdf')).text.normalize('NFC').replace(/\s+/g, ' ');

let usual: Uint8Array;
beforeAll(async () => {
  usual = await renderHonourCertificate(certificate());
});

describe('a certificate of merit', () => {
  it('is one A4 landscape page titled with its number and the one honoured', async () => {
    const doc = await PDFDocument.load(usual, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    expect(doc.getTitle()).toBe('Giấy khen GK-2026-000012 - Xã Hòa An');
  });

  it('prints the deciding body, the national title, the honour, the decision, the number and the signer', async () => {
    const text = await textOf(usual);
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
      'TẶNG',
      'GIẤY KHEN',
      'Xã Hòa An',
      'Đã có thành tích xuất sắc trong công tác truyền thông',
      'chuyển đổi số năm 2026.',
      'Quyết định số 125/QĐ-UBND ngày 15/12/2026',
      'GK-2026-000012',
      'Tuyên Quang, ngày 15 tháng 12 năm 2026',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('names a person with their title and body, and a department under its people’s committee', async () => {
    const text = await textOf(
      await renderHonourCertificate(
        certificate({
          issuerName: 'Sở Khoa học và Công nghệ',
          governingName: 'Ủy ban nhân dân tỉnh Tuyên Quang',
          awardedBy: 'Giám đốc Sở Khoa học và Công nghệ',
          recipient: 'Nguyễn Văn Bình'.normalize('NFD'),
          recipientDetail: 'Phó Trưởng phòng Quản lý văn hóa, Sở Văn hóa, Thể thao và Du lịch',
          signerTitle: 'GIÁM ĐỐC',
        }),
      ),
    );
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(text).toContain('GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(text).toContain('Nguyễn Văn Bình');
    expect(text).toContain('Phó Trưởng phòng Quản lý văn hóa, Sở Văn hóa, Thể thao và Du lịch');
  });

  it('keeps an enormous line on the one page, and is the same bytes for the same input', async () => {
    const huge = await renderHonourCertificate(
      certificate({ citation: Array.from({ length: 60 }, (_, i) => `thành tích thứ ${i + 1}`).join(', ') }),
    );
    const doc = await PDFDocument.load(huge, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    const text = await textOf(huge);
    expect(text).toContain('thành tích thứ 1,');
    expect(text).toContain('GK-2026-000012');
    expect(Buffer.from(await renderHonourCertificate(certificate())).equals(Buffer.from(usual))).toBe(true);
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    await expect(renderHonourCertificate(certificate({ decidedOn: '15/12/2026' }))).rejects.toThrow(
      RangeError,
    );
  });
});
