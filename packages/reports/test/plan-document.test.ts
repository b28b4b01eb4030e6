import { parsePlanText, readPlanDocument } from '@lantoa/plan-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  basisLine,
  buildPlanDocumentDocx,
  type PlanDocumentContent,
  reportingLine,
  signerTitle,
  targetLine,
} from '../src/index.ts';
import { DECREE30_PAGE, decree30Page, elements, textOf, unzip } from './fixtures.ts';
import { samplePlanDocument } from './plan-document-fixture.ts';

let files: Record<string, string>;
let xml: string;

beforeAll(async () => {
  files = unzip(await buildPlanDocumentDocx(samplePlanDocument()));
  xml = files['word/document.xml'] ?? '';
});

const body = () => xml.slice(xml.indexOf('<w:body>'));
const tables = () => elements(body(), 'w:tbl');
const paragraphs = () => elements(body(), 'w:p').map(textOf);
const runWith = (text: string): string => {
  const run = elements(xml, 'w:r').find((r) => textOf(r).includes(text));
  if (!run) throw new Error(`no run with "${text}"`);
  return run;
};
const build = async (overrides: Partial<PlanDocumentContent>) =>
  unzip(await buildPlanDocumentDocx(samplePlanDocument(overrides)))['word/document.xml'] ?? '';

describe('a plan as the .docx of a Kế hoạch in the Decree 30/2020 layout', () => {
  it('is an A4 page with margins of 20 mm top and bottom, 30 mm left and 15 mm right', () => {
    expect(decree30Page(xml)).toMatchObject(DECREE30_PAGE);
  });

  it('writes every run in Times New Roman, the body at 14 pt', () => {
    for (const r of elements(xml, 'w:r').filter((x) => textOf(x).trim())) {
      expect(r).toContain('w:ascii="Times New Roman"');
    }
    expect(runWith('Căn cứ Kế hoạch số 178/KH-UBND')).toContain('<w:sz w:val="28"/>');
    expect(files['word/styles.xml']).toContain('Times New Roman');
  });

  it('heads the page with the commune’s people’s committee, the number, the national title and the date', () => {
    const [first, second] = elements(tables()[0] ?? '', 'w:tr');
    expect(tables()[0]).toMatch(/<w:tblBorders>.*<w:top w:val="none"/);
    const [left, right] = elements(first ?? '', 'w:tc');
    expect(elements(left ?? '', 'w:p').map(textOf)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN', '']);
    expect(runWith('XÃ HÒA AN')).toContain('<w:b/>');
    expect(left).toContain('<w:bottom w:val="single"');
    expect(textOf(right ?? '')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc');
    expect(right).toContain('<w:bottom w:val="single"');
    const [number, date] = elements(second ?? '', 'w:tc').map(textOf);
    expect(number).toBe('Số: 12/KH-UBND');
    expect(date).toBe('Hòa An, ngày 27 tháng 5 năm 2026');
    expect(runWith('Hòa An, ngày 27')).toContain('<w:i/>');
  });

  it('leaves the number and the date blank for a plan not yet numbered nor dated', async () => {
    const draft = await build({ number: null, date: null });
    const [, second] = elements(elements(draft, 'w:tbl')[0] ?? '', 'w:tr');
    const [number, date] = elements(second ?? '', 'w:tc').map(textOf);
    expect(number).toBe(`Số:${'\u00a0'.repeat(6)}/KH-UBND`);
    expect(date).toMatch(/^Hòa An, ngày \u00a0+ tháng \u00a0+ năm \u00a0+$/u);
  });

  it('puts a department under its people’s committee, only the department in bold', async () => {
    const department = await build({
      issuer: { parent: 'Ủy ban nhân dân tỉnh Tuyên Quang', name: 'Sở Khoa học và Công nghệ' },
    });
    const [left] = elements(elements(elements(department, 'w:tbl')[0] ?? '', 'w:tr')[0] ?? '', 'w:tc');
    expect(elements(left ?? '', 'w:p').map(textOf)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      '',
    ]);
    const runs = elements(left ?? '', 'w:r');
    expect(runs[0]).not.toContain('<w:b/>');
    expect(runs[1]).toContain('<w:b/>');
  });

  it('centres "KẾ HOẠCH" and the title in bold, then cites the basis, the parent plan first', () => {
    const all = paragraphs();
    const title = elements(body(), 'w:p').find((p) => textOf(p) === 'KẾ HOẠCH') ?? '';
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('<w:b/>');
    expect(runWith('Triển khai công tác truyền thông')).toContain('<w:b/>');
    const basis = all.filter((p) => p.startsWith('Căn cứ'));
    expect(basis).toEqual([
      'Căn cứ Kế hoạch số 178/KH-UBND ngày 07/05/2026 của Ủy ban nhân dân tỉnh Tuyên Quang;',
      'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;',
    ]);
    expect(all.indexOf('KẾ HOẠCH')).toBeLessThan(all.indexOf(basis[0] ?? ''));
    expect(all).toContain('Ủy ban nhân dân xã Hòa An ban hành Kế hoạch với các nội dung sau:');
  });

  it('numbers the five sections of a plan I to V, in bold', () => {
    const headings = paragraphs().filter((t) => /^[IVX]+\. /.test(t));
    expect(headings).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. MỤC TIÊU',
      'III. NHIỆM VỤ',
      'IV. KINH PHÍ',
      'V. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(runWith('III. NHIỆM VỤ')).toContain('<w:b/>');
    // The plan's purposes are not in its data: a neutral line the commune edits.
    const all = paragraphs();
    const purposes = all.slice(all.indexOf('I. MỤC ĐÍCH, YÊU CẦU') + 1, all.indexOf('II. MỤC TIÊU'));
    expect(purposes.length).toBeGreaterThan(0);
    expect(purposes.every((p) => p.startsWith('- '))).toBe(true);
  });

  it('states the targets by year with their comparators in words and Vietnamese separators', () => {
    const all = paragraphs();
    const targets = all.slice(all.indexOf('II. MỤC TIÊU') + 1, all.indexOf('III. NHIỆM VỤ'));
    expect(targets).toEqual([
      '1. Đến năm 2026',
      '- Đạt 100% cán bộ, công chức trên địa bàn xã được tuyên truyền, phổ biến;',
      '- Tối thiểu 80% hộ gia đình được tiếp cận thông tin qua hệ thống thông tin cơ sở.',
      '2. Đến năm 2030',
      '- Số lượt người dân tham gia cuộc thi trực tuyến: tối thiểu 1.250 lượt người.',
    ]);
  });

  it('lists the tasks in order in a bordered table: TT, task, lead, partners, time', () => {
    const table = tables().find((t) => textOf(t).includes('Cơ quan chủ trì')) ?? '';
    const rows = elements(table, 'w:tr');
    const cells = rows.map((r) => elements(r, 'w:tc').map((c) => elements(c, 'w:p').map(textOf)));
    expect(cells).toEqual([
      [['TT'], ['Nhiệm vụ'], ['Cơ quan chủ trì'], ['Cơ quan phối hợp'], ['Thời gian thực hiện']],
      [
        ['III.1'],
        ['Triển khai các chiến dịch truyền thông'],
        ['Phòng Văn hóa - Xã hội', 'Trung tâm Dịch vụ công'],
        ['Các thôn', 'Tổ công nghệ số cộng đồng'],
        ['Thường xuyên hằng năm; cao điểm vào quý II và quý III'],
      ],
      [
        ['III.2'],
        ['Tổ chức cuộc thi trực tuyến tìm hiểu Nghị quyết số 57-NQ/TW'],
        ['Phòng Văn hóa - Xã hội'],
        [],
        ['Quý III năm 2026'],
      ],
    ]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    for (const r of elements(rows[0] ?? '', 'w:r')) expect(r).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/);
    expect(rows[1]).toMatch(/<w:tcBorders><w:top w:val="single"/);
  });

  it('gives each body its duties and the reporting deadline under "Tổ chức thực hiện"', () => {
    const all = paragraphs();
    const organisation = all.slice(all.indexOf('V. TỔ CHỨC THỰC HIỆN') + 1);
    expect(organisation.slice(0, 6)).toEqual([
      '1. Phòng Văn hóa - Xã hội',
      '- Chủ trì, tham mưu tổ chức triển khai Kế hoạch;',
      '- Theo dõi, tổng hợp kết quả thực hiện.',
      '2. Trung tâm Dịch vụ công',
      '3. Chế độ báo cáo',
      'Các thôn báo cáo kết quả về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) trước ngày 05/12 hằng năm.',
    ]);
    expect(all).toContain(
      'Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành, lồng ghép trong các chương trình, đề án có liên quan và các nguồn kinh phí hợp pháp khác (nếu có).',
    );
  });

  it('ends with "Nơi nhận:" on the left and the chairman’s signature on the right', () => {
    const closing = tables().at(-1) ?? '';
    const [left, right] = elements(closing, 'w:tc');
    expect(elements(left ?? '', 'w:p').map(textOf)).toEqual(['Nơi nhận:', '- Như mục V;', '- Lưu: VT.']);
    expect(runWith('Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(runWith('- Như mục V;')).toContain('<w:sz w:val="22"/>');
    const signature = elements(right ?? '', 'w:p').map(textOf);
    expect(signature.filter(Boolean)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Đỗ Văn Hiếu']);
    expect(signature.indexOf('Đỗ Văn Hiếu') - signature.indexOf('CHỦ TỊCH')).toBeGreaterThan(3);
    expect(runWith('Đỗ Văn Hiếu')).toContain('<w:b/>');
  });

  it('writes text as plain runs, in NFC, whatever the plan’s text holds', async () => {
    const hostile = await build({
      title: 'Kế hoạch <w:r>tiêm</w:r> & "thử"'.normalize('NFD'),
      tasks: [
        {
          ref: '1',
          title: '<script>alert(1)</script> **đậm**',
          lead: ['Phòng Văn hóa - Xã hội'],
          partners: [],
          timeframe: '',
        },
      ],
    });
    const text = textOf(hostile);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('Kế hoạch <w:r>tiêm</w:r> & "thử"');
    expect(text).toContain('<script>alert(1)</script> **đậm**');
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toContain('<w:r>tiêm');
  });

  it('reads back through the plan parser: number, basis, targets and tasks', async () => {
    const { text } = await readPlanDocument(
      await buildPlanDocumentDocx(samplePlanDocument()),
      'ke-hoach.docx',
    );
    const extract = parsePlanText(text);
    expect(extract.document.number).toBe('12/KH-UBND');
    expect(extract.document.date).toBe('2026-05-27');
    // The parser may cite a document first where the title names it: which ones, not their order.
    expect(extract.basis.map((b) => b.number).sort()).toEqual(['178/KH-UBND', '57-NQ/TW']);
    expect(extract.targets.map((t) => t.value)).toEqual([100, 80, 1250]);
    expect(extract.tasks.map((t) => t.title)).toEqual([
      'Triển khai các chiến dịch truyền thông',
      'Tổ chức cuộc thi trực tuyến tìm hiểu Nghị quyết số 57-NQ/TW',
    ]);
  });
});

describe('the lines of a plan', () => {
  it('names a basis document’s type from its symbol, or from its number', () => {
    expect(
      basisLine({ kind: 'QĐ', number: '1169/QĐ-TTg', date: '2025-06-16', issuer: 'Thủ tướng Chính phủ' }),
    ).toBe('Căn cứ Quyết định số 1169/QĐ-TTg ngày 16/06/2025 của Thủ tướng Chính phủ;');
    expect(basisLine({ kind: null, number: '71/NQ-CP', date: '2025-04', issuer: null })).toBe(
      'Căn cứ Nghị quyết số 71/NQ-CP ngày 04/2025;',
    );
    expect(basisLine({ kind: null, number: '12', date: null, issuer: 'Bộ' })).toBe(
      'Căn cứ Văn bản số 12 của Bộ;',
    );
  });

  it('puts the comparator in words before a figure the text starts with, or after a text without it', () => {
    const base = { year: 2026, unit: '%', value: 80 } as const;
    expect(targetLine({ ...base, comparator: '>=', text: '80% hộ gia đình được tiếp cận.' })).toBe(
      'Tối thiểu 80% hộ gia đình được tiếp cận',
    );
    expect(targetLine({ ...base, comparator: '=', text: 'cung cấp kịp thời 80% nội dung' })).toBe(
      'Cung cấp kịp thời 80% nội dung',
    );
    expect(targetLine({ ...base, comparator: '<=', text: 'Tỷ lệ hồ sơ trễ hạn' })).toBe(
      'Tỷ lệ hồ sơ trễ hạn: tối đa 80%',
    );
    expect(
      targetLine({ year: null, unit: 'lượt người', value: 1250, comparator: '>=', text: '1.250 lượt người' }),
    ).toBe('Tối thiểu 1.250 lượt người');
  });

  it('writes a reporting deadline as dd/mm, or the plan’s sentence when it has no date', () => {
    const deadline = { from: null, to: null, day: 5, month: 6, recurrence: 'once' as const, text: '' };
    expect(reportingLine(deadline, 'Ủy ban nhân dân xã Hòa An')).toBe(
      'Các cơ quan, đơn vị báo cáo kết quả về Ủy ban nhân dân xã Hòa An trước ngày 05/06.',
    );
    expect(reportingLine({ ...deadline, day: null, text: 'Báo cáo khi có yêu cầu.' }, 'X')).toBe(
      'Báo cáo khi có yêu cầu.',
    );
  });

  it('signs for a people’s committee on its behalf, a deputy for the head', () => {
    expect(signerTitle('Ủy ban nhân dân tỉnh Sơn La', 'Phó Chủ tịch Thường trực')).toBe(
      'TM. Ủy ban nhân dân\nKT. Chủ tịch\nPhó Chủ tịch Thường trực',
    );
    expect(signerTitle('Sở Khoa học và Công nghệ', 'Giám đốc')).toBe('Giám đốc');
    expect(signerTitle('Sở Khoa học và Công nghệ', 'Phó Giám đốc')).toBe('KT. Giám đốc\nPhó Giám đốc');
  });
});
