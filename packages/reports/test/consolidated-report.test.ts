import { readPlanDocument } from '@lantoa/plan-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildConsolidatedReportDocx,
  formatNumberLine,
  formatPlaceAndDate,
  recipientLines,
} from '../src/index.ts';
import { DECREE30_PAGE, decree30Page, elements, sampleReport, textOf, unzip } from './fixtures.ts';

let files: Record<string, string>;
let xml: string;

beforeAll(async () => {
  files = unzip(await buildConsolidatedReportDocx(sampleReport()));
  xml = files['word/document.xml'] ?? '';
});

const runWith = (text: string): string => {
  const run = elements(xml, 'w:r').find((r) => textOf(r).includes(text));
  if (!run) throw new Error(`no run with "${text}"`);
  return run;
};
const tables = () => elements(xml.slice(xml.indexOf('<w:body>')), 'w:tbl');

describe('the consolidated report .docx in the Decree 30/2020 layout', () => {
  it('is an A4 page with margins of 20 mm top and bottom, 30 mm left and 15 mm right', () => {
    expect(decree30Page(xml)).toMatchObject(DECREE30_PAGE);
  });

  it('writes every run in Times New Roman and the body at 14 pt', () => {
    const runs = elements(xml, 'w:r').filter((r) => textOf(r).trim());
    for (const r of runs) expect(r).toContain('w:ascii="Times New Roman"');
    const body = runWith('Đài truyền thanh cơ sở của 124 xã');
    expect(body).toContain('<w:sz w:val="28"/>');
    expect(files['word/styles.xml']).toContain('Times New Roman');
  });

  it('justifies body paragraphs with a first-line indent and 6 pt before them', () => {
    const p = elements(xml, 'w:p').find((x) => textOf(x).startsWith('Các sở, ban, ngành và UBND'));
    expect(p).toContain('<w:jc w:val="both"/>');
    expect(p).toMatch(/<w:ind [^>]*w:firstLine="720"/);
    expect(p).toMatch(/<w:spacing [^>]*w:before="120"/);
  });

  it('puts the issuer on the left and the national title and motto on the right of a borderless table', () => {
    const header = tables()[0] ?? '';
    expect(header).toMatch(/<w:tblBorders>.*<w:top w:val="none"/);
    const [left, right] = elements(elements(header, 'w:tr')[0] ?? '', 'w:tc');
    expect(textOf(left ?? '')).toBe('UBND TỈNH TUYÊN QUANGSỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(runWith('SỞ KHOA HỌC VÀ CÔNG NGHỆ')).toContain('<w:b/>');
    expect(runWith('UBND TỈNH')).not.toContain('<w:b/>');
    expect(textOf(right ?? '')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc');
    expect(runWith('CỘNG HÒA XÃ HỘI')).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
    expect(runWith('Độc lập - Tự do')).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/);
    // A short rule under the issuer and one under the motto.
    expect(left).toContain('<w:bottom w:val="single"');
    expect(right).toContain('<w:bottom w:val="single"');
  });

  it('prints the number under the issuer and the place and date in italics under the motto', () => {
    const [left, right] = elements(elements(tables()[0] ?? '', 'w:tr')[1] ?? '', 'w:tc');
    expect(textOf(left ?? '')).toBe('Số: 125/BC-SKHCN');
    expect(textOf(right ?? '')).toBe('Tuyên Quang, ngày 05 tháng 12 năm 2026');
    expect(runWith('Tuyên Quang, ngày 05')).toContain('<w:i/>');
  });

  it('centres the title and subject in bold, opens with "Thực hiện Kế hoạch", numbers I, II, … and 1, 2, …', () => {
    const title = elements(xml, 'w:p').find((p) => textOf(p) === 'BÁO CÁO') ?? '';
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('<w:b/>');
    expect(runWith('Kết quả thực hiện Kế hoạch số 178/KH-UBND ngày 15/8/2025')).toContain('<w:b/>');
    const texts = elements(xml, 'w:p').map(textOf);
    const opening = texts.findIndex((t) => t.startsWith('Thực hiện Kế hoạch số 178/KH-UBND'));
    expect(opening).toBeGreaterThan(texts.indexOf('BÁO CÁO'));
    expect(opening).toBeLessThan(texts.indexOf('I. Kết quả thực hiện'));
    const headings = texts.filter((t) => /^([IVX]+|\d+)\. /.test(t));
    expect(headings).toEqual([
      'I. Kết quả thực hiện',
      '1. Công tác chỉ đạo, triển khai',
      '2. Tiến độ thực hiện nhiệm vụ',
      '3. Kết quả thực hiện các chỉ tiêu',
      'II. Đánh giá chung',
      '1. Ưu điểm',
      '2. Khó khăn, vướng mắc',
      'III. Đề xuất, kiến nghị',
    ]);
    expect(runWith('2. Khó khăn, vướng mắc')).toContain('<w:b/>');
    // A body's lines stay under its name, as written.
    expect(texts).toContain('+ Kinh phí cho hoạt động truyền thông ở cấp xã còn hạn chế.');
  });

  it('tables the progress of each task with the bodies behind it, under its part', () => {
    const table = tables().find((t) => textOf(t).includes('Nhiệm vụ')) ?? '';
    const cells = elements(table, 'w:tr').map((r) => elements(r, 'w:tc').map((c) => textOf(c)));
    expect(cells[0]).toEqual(['TT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Thời hạn', 'Kết quả']);
    expect(cells[2]).toEqual([
      '2',
      'II.2. Phát bản tin trên hệ thống truyền thanh cơ sở',
      'Xã Hòa An; Xã Bình An và 122 đơn vị khác',
      '31/12/2026',
      'Hoàn thành đúng hạn: 100/124; Quá hạn, chưa hoàn thành: 24/124',
    ]);
    const body = xml.slice(xml.indexOf('<w:body>'));
    expect(body.indexOf('Trong kỳ có 2 nhiệm vụ')).toBeLessThan(body.indexOf('II.1. Tổ chức quán triệt'));
    expect(body.indexOf('II.2. Phát bản tin')).toBeLessThan(
      body.indexOf('3. Kết quả thực hiện các chỉ tiêu'),
    );
  });

  it('puts a table no part places in a section of its own', async () => {
    const bare = sampleReport({
      sections: [{ heading: 'Kết quả thực hiện', paragraphs: ['Văn bản.'], parts: [] }],
    });
    const doc = unzip(await buildConsolidatedReportDocx(bare))['word/document.xml'] ?? '';
    const headings = elements(doc, 'w:p')
      .map(textOf)
      .filter((t) => /^[IVX]+\. /.test(t));
    expect(headings).toEqual([
      'I. Kết quả thực hiện',
      'II. Tiến độ thực hiện nhiệm vụ',
      'III. Kết quả thực hiện các chỉ tiêu',
    ]);
  });

  it('prints the budget by source with its totals after the section that places it', async () => {
    const report = sampleReport({
      sections: [
        ...sampleReport().sections.slice(0, 1),
        {
          heading: 'Kinh phí thực hiện',
          paragraphs: ['Năm 2026, 2 cơ quan, đơn vị đã gửi dự toán. Chi tiết theo nguồn kinh phí như sau:'],
          parts: [],
          table: 'budget',
        },
        ...sampleReport().sections.slice(1),
      ],
      budget: [
        {
          source: 'Ngân sách tỉnh',
          estimated: 120_000_000,
          approved: 100_000_000,
          allocated: 90_000_000,
          spent: 15_500_000,
        },
        { source: 'Xã hội hóa', estimated: 1_234_567, approved: 0, allocated: 0, spent: 0 },
      ],
    });
    const doc = unzip(await buildConsolidatedReportDocx(report))['word/document.xml'] ?? '';
    const body = doc.slice(doc.indexOf('<w:body>'));
    const table = elements(body, 'w:tbl').find((x) => textOf(x).includes('Nguồn kinh phí')) ?? '';
    const cells = elements(table, 'w:tr').map((r) => elements(r, 'w:tc').map((c) => textOf(c)));
    expect(cells).toEqual([
      ['TT', 'Nguồn kinh phí', 'Dự toán', 'Thẩm định', 'Được giao', 'Đã chi'],
      ['1', 'Ngân sách tỉnh', '120.000.000', '100.000.000', '90.000.000', '15.500.000'],
      ['2', 'Xã hội hóa', '1.234.567', '0', '0', '0'],
      ['', 'Tổng cộng', '121.234.567', '100.000.000', '90.000.000', '15.500.000'],
    ]);
    // The totals row in bold; the unit above the table; the table under its section, before the next.
    expect(elements(elements(table, 'w:tr')[3] ?? '', 'w:r')[0]).toContain('<w:b/>');
    const at = (text: string) => body.indexOf(text);
    expect(at('II. Kinh phí thực hiện')).toBeLessThan(at('Đơn vị tính: đồng'));
    expect(at('Đơn vị tính: đồng')).toBeLessThan(at('Nguồn kinh phí'));
    expect(at('121.234.567')).toBeLessThan(at('III. Đánh giá chung'));
    // Without rows, no table (nor its unit).
    const none =
      unzip(await buildConsolidatedReportDocx({ ...report, budget: [] }))['word/document.xml'] ?? '';
    expect(none).not.toContain('Nguồn kinh phí');
    expect(none).not.toContain('Đơn vị tính: đồng');
  });

  it('puts the budget no section places in a section of its own, after the others', async () => {
    const bare = sampleReport({
      sections: [{ heading: 'Kết quả thực hiện', paragraphs: ['Văn bản.'], parts: [] }],
      budget: [{ source: 'Ngân sách tỉnh', estimated: 1, approved: 1, allocated: 1, spent: 0 }],
    });
    const doc = unzip(await buildConsolidatedReportDocx(bare))['word/document.xml'] ?? '';
    const headings = elements(doc, 'w:p')
      .map(textOf)
      .filter((t) => /^[IVX]+\. /.test(t));
    expect(headings).toEqual([
      'I. Kết quả thực hiện',
      'II. Tiến độ thực hiện nhiệm vụ',
      'III. Kết quả thực hiện các chỉ tiêu',
      'IV. Kinh phí thực hiện',
    ]);
  });

  it('lists the indicators against their targets in a bordered table with a bold header row at 13 pt', () => {
    const table = tables().find((t) => textOf(t).includes('Chỉ tiêu')) ?? '';
    const rows = elements(table, 'w:tr');
    const cells = rows.map((r) => elements(r, 'w:tc').map((c) => textOf(c)));
    expect(cells).toEqual([
      ['TT', 'Chỉ tiêu', 'Đơn vị', 'Mục tiêu', 'Kết quả', 'Đánh giá'],
      [
        '1',
        'Tỷ lệ người dân được tiếp cận thông tin qua hệ thống thông tin cơ sở',
        '%',
        '≥ 80%',
        '83,5%(512.340/613.582)',
        'Đạt',
      ],
      [
        '2',
        'Tỷ lệ cán bộ làm công tác truyền thông được tập huấn',
        '%',
        '≥ 70%',
        '64,2%(1.284/2.000)',
        'Chưa đạt',
      ],
      ['3', 'Số cuộc thi trắc nghiệm trực tuyến tổ chức', 'cuộc', '2', '2', 'Đạt'],
    ]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    for (const r of elements(rows[0] ?? '', 'w:r')) expect(r).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
    for (const r of elements(rows[2] ?? '', 'w:r')) expect(r).toContain('<w:sz w:val="26"/>');
    expect(rows[1]).toMatch(/<w:tcBorders><w:top w:val="single"/);
  });

  it('ends with "Nơi nhận:" on the left and the signer on the right', () => {
    const closing = tables().at(-1) ?? '';
    const [left, right] = elements(closing, 'w:tc');
    const lines = elements(left ?? '', 'w:p').map(textOf);
    expect(lines).toEqual([
      'Nơi nhận:',
      '- UBND tỉnh (b/c);',
      '- Sở Văn hóa, Thể thao và Du lịch;',
      '- UBND các xã, phường;',
      '- Lưu: VT, KHTC.',
    ]);
    expect(runWith('Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(runWith('- UBND tỉnh (b/c);')).toContain('<w:sz w:val="22"/>');
    const signature = elements(right ?? '', 'w:p').map(textOf);
    expect(signature.filter(Boolean)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Thị Hồng Nhung']);
    // Blank lines between the title and the name leave room for the signature and seal.
    expect(signature.indexOf('Nguyễn Thị Hồng Nhung') - signature.indexOf('PHÓ GIÁM ĐỐC')).toBeGreaterThan(3);
    expect(runWith('Nguyễn Thị Hồng Nhung')).toContain('<w:b/>');
  });

  it('numbers pages at the top centre from the second page on', () => {
    expect(xml).toContain('<w:titlePg/>');
    const headers = Object.entries(files).filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    const numbered = headers.filter(([, h]) => h.includes('PAGE'));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]?.[1]).toContain('<w:jc w:val="center"/>');
    const rels = files['word/_rels/document.xml.rels'] ?? '';
    const firstId = /<w:headerReference w:type="first" r:id="(\w+)"/.exec(xml)?.[1];
    const firstTarget = new RegExp(`Id="${firstId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    expect(files[`word/${firstTarget}`]).not.toContain('PAGE');
  });

  it('writes Vietnamese text in NFC even from decomposed input', async () => {
    const nfd = sampleReport({
      place: 'Tuyên Quang'.normalize('NFD'),
      opening: 'Thực hiện Kế hoạch số 178, Sở báo cáo như sau: kinh phí còn hạn chế.'.normalize('NFD'),
    });
    const doc = unzip(await buildConsolidatedReportDocx(nfd))['word/document.xml'] ?? '';
    const text = textOf(doc);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('kinh phí còn hạn chế.');
    expect(textOf(xml)).toBe(textOf(xml).normalize('NFC'));
  });

  it('makes one paragraph per line typed in the editor and drops control characters', async () => {
    const edited = sampleReport({
      sections: [
        { heading: 'Kết quả thực hiện', paragraphs: ['Dòng thứ nhất.\r\n\nDòng thứ hai\u0007.'], parts: [] },
      ],
    });
    const doc = unzip(await buildConsolidatedReportDocx(edited))['word/document.xml'] ?? '';
    const paragraphs = elements(doc, 'w:p').map(textOf);
    expect(paragraphs).toContain('Dòng thứ nhất.');
    expect(paragraphs).toContain('Dòng thứ hai.');
    expect(doc).not.toContain('\u0007');
  });

  it('reads back, through the plan parser, in the order of the official layout', async () => {
    const { text } = await readPlanDocument(
      await buildConsolidatedReportDocx(sampleReport()),
      'bao-cao.docx',
    );
    const order = [
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 125/BC-SKHCN',
      'Tuyên Quang, ngày 05 tháng 12 năm 2026',
      'BÁO CÁO',
      'Thực hiện Kế hoạch số 178/KH-UBND',
      'I. Kết quả thực hiện',
      '2. Tiến độ thực hiện nhiệm vụ',
      'II.2. Phát bản tin',
      '3. Kết quả thực hiện các chỉ tiêu',
      'Tỷ lệ người dân được tiếp cận',
      'II. Đánh giá chung',
      '+ Một số đài truyền thanh cơ sở xuống cấp',
      'III. Đề xuất, kiến nghị',
      'Nơi nhận:',
      'Nguyễn Thị Hồng Nhung',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('the header lines', () => {
  it('leaves a blank for the number of a report not yet numbered', () => {
    expect(formatNumberLine(null, 'BC-SKHCN')).toBe('Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-SKHCN');
    expect(formatNumberLine('125', 'BC-SKHCN')).toBe('Số: 125/BC-SKHCN');
  });

  it('puts a zero before days under 10 and months under 3 and leaves blanks for a draft', () => {
    expect(formatPlaceAndDate('Tuyên Quang', '2026-02-05')).toBe('Tuyên Quang, ngày 05 tháng 02 năm 2026');
    expect(formatPlaceAndDate('Sơn La', '2026-12-20')).toBe('Sơn La, ngày 20 tháng 12 năm 2026');
    const blank = '\u00a0'.repeat(6);
    expect(formatPlaceAndDate('Phú Thọ', '2026-06')).toBe(`Phú Thọ, ngày ${blank} tháng 6 năm 2026`);
    expect(formatPlaceAndDate('Phú Thọ', '2026')).toBe(`Phú Thọ, ngày ${blank} tháng ${blank} năm 2026`);
    expect(() => formatPlaceAndDate('Phú Thọ', '5/12/2026')).toThrow(RangeError);
  });

  it('ends each recipient with a semicolon and the last with a full stop', () => {
    expect(recipientLines(['- Như trên;', 'Lưu: VT.'])).toEqual(['- Như trên;', '- Lưu: VT.']);
  });
});
