import { describe, expect, it } from 'vitest';
import { buildReviewReportDocx, formatShare, formatWhole, type ReviewReport } from '../src/index.ts';
import { DECREE30_PAGE, decree30Page, elements, textOf, unzip } from './fixtures.ts';

/** The yearly review the S&T department of Tuyên Quang sends at the end of 2027. */
function sampleReview(overrides: Partial<ReviewReport> = {}): ReviewReport {
  return {
    kind: 'yearly',
    years: [2026, 2027],
    year: 2027,
    endYear: 2030,
    issuer: { parent: 'UBND tỉnh Tuyên Quang', name: 'Sở Khoa học và Công nghệ' },
    number: null,
    symbol: 'BC-SKHCN',
    place: 'Tuyên Quang',
    date: '2027-12-20',
    title: 'Sơ kết năm 2027 thực hiện Kế hoạch số 178/KH-UBND ngày 07/5/2026 của UBND tỉnh',
    opening:
      'Thực hiện Kế hoạch số 178/KH-UBND ngày 07/5/2026 của Ủy ban nhân dân tỉnh Tuyên Quang, Sở Khoa học và Công nghệ báo cáo sơ kết năm 2027 như sau:',
    sections: [
      {
        heading: 'Kết quả thực hiện năm 2027',
        paragraphs: [],
        parts: [
          {
            heading: 'Kết quả thực hiện các chỉ tiêu',
            paragraphs: ['Kế hoạch có 2 chỉ tiêu.'],
            table: 'results',
          },
          {
            heading: 'Xu hướng các chỉ tiêu qua các năm',
            paragraphs: ['So sánh với năm 2026:'],
            table: 'trend',
          },
          {
            heading: 'Tiến độ thực hiện nhiệm vụ',
            paragraphs: ['Năm 2027 có 2 nhiệm vụ đến hạn.'],
            table: 'tasks',
          },
          { heading: 'Kinh phí thực hiện', paragraphs: ['Kinh phí theo nguồn như sau:'], table: 'budget' },
        ],
      },
      {
        heading: 'Đề xuất, kiến nghị',
        paragraphs: ['- Xã Hòa An: Đề nghị hỗ trợ loa không dây.'],
        parts: [],
      },
    ],
    results: [
      {
        name: 'Người dân tiếp cận thông tin qua hệ thống thông tin cơ sở',
        unit: '%',
        target: '≥ 80% (2030)',
        value: '80%',
        numerator: 1_600,
        denominator: 2_000,
        status: 'Đúng lộ trình',
        finalTarget: '≥ 80% (2030)',
        finalStatus: 'Đạt',
      },
      {
        name: 'Số cuộc thi trực tuyến',
        unit: 'cuộc',
        target: '≥ 2 cuộc (2027)',
        value: '1 cuộc',
        status: 'Chưa đạt',
        finalTarget: '≥ 2 cuộc (2027)',
        finalStatus: 'Chưa đạt',
      },
    ],
    trend: [
      {
        name: 'Người dân tiếp cận thông tin qua hệ thống thông tin cơ sở',
        unit: '%',
        years: [
          { year: 2026, value: '50%', status: 'Đúng lộ trình' },
          { year: 2027, value: '80%', status: 'Đúng lộ trình' },
        ],
        change: 'Tăng 30 điểm %',
      },
      {
        name: 'Số cuộc thi trực tuyến',
        unit: 'cuộc',
        years: [{ year: 2027, value: '1 cuộc', status: '' }],
        change: '—',
      },
    ],
    tasks: [
      { year: 2026, doneOnTime: 90, doneLate: 5, inProgress: 0, overdue: 5 },
      { year: 2027, doneOnTime: 1, doneLate: 1, inProgress: 1, overdue: 1 },
    ],
    budget: [
      {
        source: 'Ngân sách tỉnh',
        estimated: 50_000_000,
        approved: 40_000_000,
        allocated: 40_000_000,
        spent: 25_000_000,
      },
      {
        source: 'Xã hội hóa',
        estimated: 20_000_000,
        approved: 20_000_000,
        allocated: 10_000_000,
        spent: 5_000_000,
      },
    ],
    honours: [
      { name: 'Xã Hòa An', form: 'Giấy khen', decision: 'Quyết định số 1520/QĐ-UBND ngày 10/12/2027' },
    ],
    recipients: ['UBND tỉnh (b/c)', 'Lưu: VT'],
    signer: { title: 'Giám đốc', name: 'Lê Văn Bình' },
    ...overrides,
  };
}

async function documentOf(review: ReviewReport) {
  const xml = unzip(await buildReviewReportDocx(review))['word/document.xml'] ?? '';
  const body = xml.slice(xml.indexOf('<w:body>'));
  const tables = elements(body, 'w:tbl').map((table) =>
    elements(table, 'w:tr').map((row) => elements(row, 'w:tc').map(textOf)),
  );
  return { xml, paragraphs: elements(xml, 'w:p').map(textOf), tables };
}

describe('the review .docx in the Decree 30/2020 layout', () => {
  it('is an A4 page in Times New Roman with the header, "BÁO CÁO", its subject, and the signature', async () => {
    const { xml, paragraphs, tables } = await documentOf(sampleReview());
    expect(decree30Page(xml)).toMatchObject(DECREE30_PAGE);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(tables[0]?.[0]).toEqual([
      'UBND TỈNH TUYÊN QUANGSỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc',
    ]);
    expect(tables[0]?.[1]).toEqual([
      'Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-SKHCN',
      'Tuyên Quang, ngày 20 tháng 12 năm 2027',
    ]);
    const title = paragraphs.indexOf('BÁO CÁO');
    expect(paragraphs[title + 1]).toBe(
      'Sơ kết năm 2027 thực hiện Kế hoạch số 178/KH-UBND ngày 07/5/2026 của UBND tỉnh',
    );
    expect(paragraphs.filter((p) => /^([IVX]+|\d+)\. /.test(p))).toEqual([
      'I. Kết quả thực hiện năm 2027',
      '1. Kết quả thực hiện các chỉ tiêu',
      '2. Xu hướng các chỉ tiêu qua các năm',
      '3. Tiến độ thực hiện nhiệm vụ',
      '4. Kinh phí thực hiện',
      'II. Đề xuất, kiến nghị',
      // The honours table no part placed still goes in, under a heading of its own.
      'III. Tập thể, cá nhân được khen thưởng',
    ]);
    expect(xml).toContain('Nơi nhận:');
    expect(tables.at(-1)?.[0]?.[1]).toBe('GIÁM ĐỐCLê Văn Bình');
  });

  it('prints each indicator against the year’s target and the end target, with a ratio’s figures', async () => {
    const { tables } = await documentOf(sampleReview());
    const results = tables.find((rows) => rows[0]?.[1] === 'Chỉ tiêu' && rows[0]?.includes('Đánh giá'));
    expect(results?.[0]).toEqual([
      'TT',
      'Chỉ tiêu',
      'Mục tiêu năm 2027',
      'Kết quả năm 2027',
      'Đánh giá',
      'Mục tiêu đến năm 2030',
      'So với mục tiêu năm 2030',
    ]);
    expect(results?.[1]).toEqual([
      '1',
      'Người dân tiếp cận thông tin qua hệ thống thông tin cơ sở',
      '≥ 80% (2030)',
      '80%(1.600/2.000)',
      'Đúng lộ trình',
      '≥ 80% (2030)',
      'Đạt',
    ]);
    // The final review measures the last year against the end target only.
    const final = await documentOf(sampleReview({ kind: 'final' }));
    const finalResults = final.tables.find((rows) => rows[0]?.includes('Mục tiêu đến năm 2030'));
    expect(finalResults?.[0]).toEqual([
      'TT',
      'Chỉ tiêu',
      'Mục tiêu đến năm 2030',
      'Kết quả năm 2027',
      'Đánh giá',
    ]);
    expect(finalResults?.[2]).toEqual([
      '2',
      'Số cuộc thi trực tuyến',
      '≥ 2 cuộc (2027)',
      '1 cuộc',
      'Chưa đạt',
    ]);
  });

  it('prints the trend with a column a year and a dash for a year without a figure', async () => {
    const { tables } = await documentOf(sampleReview());
    const trend = tables.find((rows) => rows[0]?.includes('So với năm trước'));
    expect(trend).toEqual([
      ['TT', 'Chỉ tiêu', 'Năm 2026', 'Năm 2027', 'So với năm trước'],
      [
        '1',
        'Người dân tiếp cận thông tin qua hệ thống thông tin cơ sở',
        '50%Đúng lộ trình',
        '80%Đúng lộ trình',
        'Tăng 30 điểm %',
      ],
      ['2', 'Số cuộc thi trực tuyến', '—', '1 cuộc', '—'],
    ]);
  });

  it('adds up work by year and money by source, with Vietnamese separators', async () => {
    const { tables, paragraphs } = await documentOf(sampleReview());
    const tasks = tables.find((rows) => rows[0]?.[0] === 'Năm');
    expect(tasks).toEqual([
      [
        'Năm',
        'Phần việc đến hạn',
        'Hoàn thành đúng hạn',
        'Hoàn thành quá hạn',
        'Chưa đến hạn',
        'Quá hạn chưa hoàn thành',
        'Tỷ lệ đúng hạn',
      ],
      ['2026', '100', '90', '5', '0', '5', '90%'],
      ['2027', '4', '1', '1', '1', '1', '33,3%'],
      ['Cộng', '104', '91', '6', '1', '6', '88,3%'],
    ]);
    const budget = tables.find((rows) => rows[0]?.includes('Nguồn kinh phí'));
    expect(budget?.at(-1)).toEqual(['', 'Tổng cộng', '70.000.000', '60.000.000', '50.000.000', '30.000.000']);
    expect(paragraphs).toContain('Đơn vị tính: đồng');
  });

  it('leaves out a table with no rows, and writes a review with no data at all', async () => {
    const empty = await documentOf(
      sampleReview({ results: [], trend: [], tasks: [], budget: [], honours: [], years: [2026], year: 2026 }),
    );
    // Only the header and the signature.
    expect(empty.tables).toHaveLength(2);
    expect(empty.paragraphs).not.toContain('Đơn vị tính: đồng');
    expect(empty.paragraphs).toContain('4. Kinh phí thực hiện');
  });

  it('narrows the year columns of a five-year trend to 11 pt', async () => {
    const years = [2026, 2027, 2028, 2029, 2030];
    const { xml, tables } = await documentOf(
      sampleReview({
        kind: 'final',
        years,
        year: 2030,
        trend: [
          {
            name: 'Chỉ tiêu A',
            unit: '%',
            years: years.map((year) => ({ year, value: '100%', status: 'Đạt' })),
            change: 'Không đổi',
          },
        ],
      }),
    );
    const trend = tables.find((rows) => rows[0]?.includes('So với năm trước'));
    expect(trend?.[0]).toEqual([
      'TT',
      'Chỉ tiêu',
      'Năm 2026',
      'Năm 2027',
      'Năm 2028',
      'Năm 2029',
      'Năm 2030',
      'So với năm trước',
    ]);
    const trendXml =
      elements(xml.slice(xml.indexOf('<w:body>')), 'w:tbl').find((x) =>
        textOf(x).includes('So với năm trước'),
      ) ?? '';
    expect(trendXml).toContain('<w:sz w:val="22"/>');
  });

  it('formats whole numbers and shares the Vietnamese way', () => {
    expect(formatWhole(1_234_567)).toBe('1.234.567');
    expect(formatShare(1, 3)).toBe('33,3%');
    expect(formatShare(1, 0)).toBe('—');
  });
});
