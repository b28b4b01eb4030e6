import { describe, expect, it } from 'vitest';
import { parsePlanText, parseTimeframe, splitBodies, withTimeframesRead } from '../src/index.ts';

describe('splitting lists of bodies', () => {
  it('keeps commas inside a name and inside a collective group', () => {
    expect(splitBodies('Sở Văn hóa, Thể thao và Du lịch; các sở, ban, ngành; UBND các xã, phường.')).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
      'các sở, ban, ngành',
      'UBND các xã, phường',
    ]);
    expect(splitBodies('Báo và Phát thanh, Truyền hình Sơn La')).toEqual([
      'Báo và Phát thanh, Truyền hình Sơn La',
    ]);
  });

  it('splits at "và" and at a comma when a new body follows', () => {
    expect(splitBodies('Sở Khoa học và Công nghệ và các cơ quan, đơn vị có liên quan')).toEqual([
      'Sở Khoa học và Công nghệ',
      'các cơ quan, đơn vị có liên quan',
    ]);
    expect(splitBodies('Phòng Văn hóa - Xã hội, Trung tâm Dịch vụ công.')).toEqual([
      'Phòng Văn hóa - Xã hội',
      'Trung tâm Dịch vụ công',
    ]);
    expect(splitBodies('Các sở, ban, ngành, cơ quan báo chí tỉnh')).toEqual([
      'Các sở, ban, ngành',
      'cơ quan báo chí tỉnh',
    ]);
  });

  it('drops notes in parentheses and the verb phrase after a body', () => {
    expect(
      splitBodies('Sở Khoa học và Công nghệ (chủ trì tổng hợp đề xuất của các cơ quan, đơn vị).'),
    ).toEqual(['Sở Khoa học và Công nghệ']);
    expect(
      splitBodies('UBND xã, phường. Mời Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp, định hướng nội dung.'),
    ).toEqual(['UBND xã, phường', 'Ban Tuyên giáo và Dân vận Tỉnh ủy']);
  });
});

describe('timeframes', () => {
  it('parses continuous work with peaks in quarters', () => {
    expect(parseTimeframe('Thường xuyên hằng năm; cao điểm vào quý II và quý III.')).toEqual({
      text: 'Thường xuyên hằng năm; cao điểm vào quý II và quý III',
      continuous: true,
      yearly: true,
      peaks: { quarters: [2, 3] },
    });
  });

  it('reads a time a reviewer wrote, and leaves a time read from the document as it was read', () => {
    const read = { text: 'Quý II', quarters: [2], years: [2026] };
    const task = { ref: '1', title: 'A', lead: [], partners: [] };
    const extract = parsePlanText('');
    const x = withTimeframesRead({
      ...extract,
      tasks: [
        { ...task, timeframe: { text: 'Quý III/2026' } },
        { ...task, timeframe: read },
        { ...task, timeframe: { text: 'khi có chỉ đạo' } },
      ],
    });
    expect(x.tasks.map((t) => t.timeframe)).toEqual([
      { text: 'Quý III/2026', quarters: [3], years: [2026] },
      read,
      { text: 'khi có chỉ đạo' },
    ]);
  });

  it('parses months, years, quarters and a date set by the higher level', () => {
    expect(parseTimeframe('Tháng 6 và tháng 9 năm 2026')).toMatchObject({ months: [6, 9], years: [2026] });
    expect(parseTimeframe('Quý II năm 2026')).toMatchObject({ quarters: [2], years: [2026] });
    expect(parseTimeframe('Giai đoạn 2026 - 2028')).toMatchObject({ years: [2026, 2027, 2028] });
    expect(parseTimeframe('Theo phát động của cấp trên (dự kiến tháng 6 và tháng 9 hằng năm)')).toMatchObject(
      {
        followsSuperior: true,
        months: [6, 9],
        yearly: true,
      },
    );
  });
});

const PLAN = `ỦY BAN NHÂN DÂN
PHƯỜNG BA ĐÌNH
Số: ......./KH-UBND
Ba Đình, ngày ... tháng ... năm 2026
KẾ HOẠCH
Tuyên truyền về chuyển đổi số năm 2026
Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân Thành phố;
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức.
II. CHỈ TIÊU
- Đến năm 2027: tối thiểu 90% hộ gia đình được phổ biến.
- Trên 60% người dân sử dụng dịch vụ công trực tuyến và 50% thanh toán không dùng tiền mặt.
III. NHIỆM VỤ CỤ THỂ
1. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Phục vụ hành chính công thực hiện các nhiệm vụ:
a) Biên soạn tài liệu hỏi - đáp về chuyển đổi số.
b) Phát bản tin trên đài truyền thanh phường.
đ) Tổ chức hội thi tìm hiểu.
2. Tập huấn kỹ năng số
+ Chủ trì: Văn phòng HĐND và UBND phường
+ Đơn vị phối hợp: Đoàn Thanh niên phường
+ Thời gian thực hiện: Quý III năm 2026
3. Khảo sát mức độ hài lòng của người dân.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội: tổng hợp, báo cáo kết quả về UBND phường trước ngày 15/6 và 15/12 hằng năm.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An`;

/** PLAN with its task section "III. NHIỆM VỤ CỤ THỂ" in other words: `section`, its heading first. */
const withTaskSection = (section: string): string =>
  PLAN.replace(/III\. NHIỆM VỤ CỤ THỂ[\s\S]*?(?=IV\. TỔ CHỨC)/, `${section}\n`);

describe('the plan grammar on variants the samples do not use', () => {
  const x = parsePlanText(PLAN);

  it('reads a header with a blank number and a blank day and month', () => {
    expect(x.document).toMatchObject({
      number: null,
      kind: 'KH',
      issuer: 'Ủy ban nhân dân phường Ba Đình',
      level: 'commune',
      place: 'Ba Đình',
      date: '2026',
      signer: { name: 'Nguyễn Văn An', title: 'Chủ tịch' },
    });
    expect(x.basis).toMatchObject([{ number: '12/KH-UBND', date: '2026-01-05' }]);
  });

  it('reads targets with inline years, comparators and two percentages in one bullet', () => {
    expect(x.targets.map((t) => [t.year, t.comparator, t.value])).toEqual([
      [2027, '>=', 90],
      [null, '>=', 60],
      [null, '=', 50],
    ]);
    expect(x.warnings.filter((w) => w.startsWith('Chỉ tiêu không rõ năm'))).toHaveLength(2);
  });

  it('gives the lead of a group to each lettered item, reads "+" fields and warns on a task without lead', () => {
    expect(x.tasks.map((t) => t.ref)).toEqual(['III.1.a', 'III.1.b', 'III.1.đ', 'III.2', 'III.3']);
    expect(x.tasks[0]).toMatchObject({
      lead: ['Phòng Văn hóa - Xã hội'],
      partners: ['Trung tâm Phục vụ hành chính công'],
    });
    expect(x.tasks[3]).toMatchObject({
      title: 'Tập huấn kỹ năng số',
      lead: ['Văn phòng HĐND và UBND phường'],
      partners: ['Đoàn Thanh niên phường'],
      timeframe: { text: 'Quý III năm 2026', quarters: [3], years: [2026] },
    });
    expect(x.tasks[4]?.lead).toEqual([]);
    expect(x.warnings.some((w) => w.includes('III.3') && w.includes('chủ trì'))).toBe(true);
  });

  it('reads two reporting deadlines in one sentence', () => {
    expect(x.reporting.map((r) => [r.day, r.month, r.recurrence])).toEqual([
      [15, 6, 'yearly'],
      [15, 12, 'yearly'],
    ]);
    expect(x.responsibilities.map((r) => r.agency)).toEqual(['Phòng Văn hóa - Xã hội']);
  });

  it('says a report is not a plan', () => {
    const x = parsePlanText(PLAN.replace('KẾ HOẠCH', 'BÁO CÁO').replace('/KH-UBND', '/BC-UBND'));
    expect(x.document.kind).toBe('BC');
    expect(x.warnings).toContainEqual(expect.stringMatching(/^Văn bản là một báo cáo, không phải kế hoạch/));
    expect(parsePlanText(PLAN).warnings.some((w) => w.includes('không phải kế hoạch'))).toBe(false);
  });

  it('reports a news article as not a plan, with a warning instead of a crash', () => {
    const news = parsePlanText(
      'Sáng 12/3, tại Hà Nội đã diễn ra hội thảo về chuyển đổi số.\nNhiều chuyên gia cho rằng cần đầu tư hạ tầng.\nTheo thống kê, 70% doanh nghiệp đã dùng hóa đơn điện tử.',
    );
    expect(news.tasks).toEqual([]);
    expect(news.warnings[0]).toMatch(/Không nhận ra văn bản là một kế hoạch/);
  });
});

describe('layouts typed as two-column tables', () => {
  const text = [
    'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'TỈNH CAO BẰNG\tĐộc lập - Tự do - Hạnh phúc',
    'Số: 209/KH-UBND\tCao Bằng, ngày 27 tháng 01 năm 2026',
    'KẾ HOẠCH',
    'Tuyên truyền Nghị quyết số 57-NQ/TW',
    'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;',
    'I. NHIỆM VỤ, GIẢI PHÁP',
    '1. Sở Giáo dục và Đào tạo: Đưa nội dung vào trường học (thời gian: năm 2026).',
    'Nơi nhận:\tKT. CHỦ TỊCH',
    '- Như trên;\tPHÓ CHỦ TỊCH',
    '- Lưu: VT.\tLê Hải Hòa',
  ].join('\n');

  it('reads the issuer block, the signature beside the recipients and a body named before a colon', () => {
    const x = parsePlanText(text);
    expect(x.document).toMatchObject({
      number: '209/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Cao Bằng',
      level: 'province',
      date: '2026-01-27',
      signer: { name: 'Lê Hải Hòa', title: 'Phó Chủ tịch' },
    });
    expect(x.tasks).toMatchObject([
      {
        ref: 'I.1',
        title: 'Đưa nội dung vào trường học',
        lead: ['Sở Giáo dục và Đào tạo'],
        timeframe: { years: [2026] },
      },
    ]);
    expect(x.warnings).toEqual([]);
  });
});

describe('targets written as counts, or with a comparator the samples do not use', () => {
  const x = parsePlanText(
    PLAN.replace(
      '- Trên 60% người dân',
      [
        '- Năm 2026: tối thiểu 2 dự án được truyền thông; ít nhất 01 chuyên mục về khoa học, công nghệ.',
        '- Năm 2027: không dưới 1.000 lượt người tham gia cuộc thi; phấn đấu đạt 80% hồ sơ trực tuyến.',
        '- Năm 2028: tối đa 5 ngày xử lý; ≥ 95% phản ánh được trả lời; số 57-NQ/TW trên 2 nền tảng.',
        '- Trên 60% người dân',
      ].join('\n'),
    ),
  );

  it('gives the targets under a heading the year it names in words', () => {
    const y = parsePlanText(
      PLAN.replace(
        'II. CHỈ TIÊU',
        'II. MỤC TIÊU\n1. Mục tiêu cơ bản đến năm 2025\n- 100% thủ tục được cung cấp trực tuyến.\n2. Định hướng giai đoạn 2026 - 2030:\n- Tối thiểu 80% hồ sơ xử lý trực tuyến.\nIII. CHỈ TIÊU',
      ),
    );
    expect(y.targets.slice(0, 2).map((t) => [t.year, t.comparator, t.value])).toEqual([
      [2025, '=', 100],
      [2030, '>=', 80],
    ]);
  });

  it('reads a count with its unit after a comparator word, in the order written', () => {
    expect(x.targets.map((t) => [t.year, t.comparator, t.value, t.unit])).toEqual([
      [2027, '>=', 90, '%'],
      [2026, '>=', 2, 'dự án'],
      [2026, '>=', 1, 'chuyên mục'],
      [2027, '>=', 1000, 'lượt người'],
      [2027, '>=', 80, '%'],
      [2028, '<=', 5, 'ngày'],
      [2028, '>=', 95, '%'],
      [2028, '>=', 2, 'nền tảng'],
      [null, '>=', 60, '%'],
      [null, '=', 50, '%'],
    ]);
    expect(x.targets[1]?.text).toBe('Năm 2026: tối thiểu 2 dự án được truyền thông');
  });

  it('takes no bare number, date or document number for a count', () => {
    const bare = parsePlanText(
      PLAN.replace(
        '- Trên 60% người dân',
        '- Năm 2026: tổ chức 3 hội nghị trước ngày 30/6/2026 theo Kế hoạch số 12.\n- Trên 60% người dân',
      ),
    );
    expect(bare.targets.map((t) => t.value)).toEqual([90, 60, 50]);
  });
});

describe('plans pasted with their markup left in', () => {
  const plain = parsePlanText(PLAN);
  const shape = (x: ReturnType<typeof parsePlanText>) => ({
    document: x.document,
    basis: x.basis,
    targets: x.targets,
    tasks: x.tasks,
    reporting: x.reporting,
  });

  it('reads a header and citations wrapped by a page’s narrow cells', () => {
    const wrapped = PLAN.replace('KẾ HOẠCH\n', 'KẾ\nHOẠCH\n').replace(
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026',
      'Thực hiện Kế hoạch số\n12/KH-UBND ngày\n05/01/2026',
    );
    const x = parsePlanText(wrapped);
    expect(x.document).toEqual(plain.document);
    expect(x.basis).toEqual(plain.basis);
  });

  it('reads the cells of a page’s layout table copied one per line, and drops images', () => {
    const copied = PLAN.replace(
      'ỦY BAN NHÂN DÂN\nPHƯỜNG BA ĐÌNH',
      'ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH |\n![](/anh/quoc-huy.png) |',
    )
      .replace('Số: ......./KH-UBND', 'Số: ......./KH-UBND |')
      .replace('Ba Đình, ngày', '| Ba Đình, ngày');
    expect(parsePlanText(copied).document).toEqual(plain.document);
  });

  it('reads a plan copied as HTML, with entities, as it reads the plain text', () => {
    const html = `<html><head><style>p { color: red }</style></head><body>${PLAN.split('\n')
      .map((line) =>
        line.startsWith('- ')
          ? `<ul><li>${line.slice(2).replaceAll(' ', '&nbsp;')}</li></ul>`
          : `<p><strong>${line.replace('&', '&amp;')}</strong></p>`,
      )
      .join('\n')}<!-- hết --></body></html>`;
    expect(shape(parsePlanText(html))).toEqual(shape(plain));
  });

  it('reads a plan copied as Markdown: headings, bold, escaped numbers, links and bullets', () => {
    const markdown = PLAN.split('\n')
      .map((line) =>
        /^[IVX]+\. /.test(line)
          ? `## **${line}**`
          : line.startsWith('- ')
            ? `* ${line.slice(2)}`
            : line
                .replace(/^(\d+)\. /, '$1\\. ')
                .replace('Kế hoạch số 12/KH-UBND', '[Kế hoạch số 12/KH-UBND](https://example.vn/12)'),
      )
      .join('\n');
    expect(shape(parsePlanText(markdown))).toEqual(shape(plain));
  });

  it('reads a task table written in Markdown or HTML as the table of a .docx', () => {
    const rows = [
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
      [
        '1',
        'Biên soạn tài liệu hỏi - đáp',
        'Phòng Văn hóa - Xã hội',
        'Đoàn Thanh niên phường',
        'Quý II năm 2026',
      ],
      ['2', 'Tập huấn kỹ năng số', 'Văn phòng HĐND và UBND phường', '', 'Tháng 9 năm 2026'],
    ];
    const withTable = (table: string) => withTaskSection(`III. NHIỆM VỤ CỤ THỂ\n${table}`);
    const tabs = parsePlanText(withTable(rows.map((r) => r.join('\t')).join('\n')));
    const markdown = [
      `| ${rows[0]?.join(' | ')} |`,
      '|:--:|---|---|---|---|',
      ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
    const html = `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    expect(tabs.tasks.map((t) => [t.title, t.lead, t.timeframe?.text])).toEqual([
      ['Biên soạn tài liệu hỏi - đáp', ['Phòng Văn hóa - Xã hội'], 'Quý II năm 2026'],
      ['Tập huấn kỹ năng số', ['Văn phòng HĐND và UBND phường'], 'Tháng 9 năm 2026'],
    ]);
    expect(parsePlanText(withTable(markdown)).tasks).toEqual(tabs.tasks);
    expect(parsePlanText(withTable(html)).tasks).toEqual(tabs.tasks);
  });

  it('leaves plain text with a "<" or a backslash-free "|" alone', () => {
    const odd = PLAN.replace(
      'Nâng cao nhận thức.',
      'Nâng cao nhận thức (tỷ lệ hộ chưa tiếp cận < 10% | theo khảo sát).',
    );
    expect(parsePlanText(odd).document).toEqual(plain.document);
  });
});

describe('timeframes written where the samples do not write them', () => {
  const withTasks = (tasks: string) => withTaskSection(`III. NHIỆM VỤ CỤ THỂ\n${tasks}`);

  it('takes a parenthesis that ends an item as its timeframe, and leaves other parentheses in the title', () => {
    const x = parsePlanText(
      withTasks(
        [
          '1. Biên soạn tài liệu hỏi - đáp (Quý II/2026). Chủ trì: Phòng Văn hóa - Xã hội.',
          '2. Tập huấn kỹ năng số cho cán bộ (hoàn thành trước 30/6/2026)',
          '+ Chủ trì: Văn phòng HĐND và UBND phường',
          '3. Phát bản tin trên đài truyền thanh (Thời gian: thường xuyên hằng tháng)',
          '+ Chủ trì: Phòng Văn hóa - Xã hội',
          '4. Khảo sát mức độ hài lòng (gọi tắt là khảo sát SIPAS)',
          '+ Chủ trì: Phòng Văn hóa - Xã hội',
        ].join('\n'),
      ),
    );
    expect(x.tasks.map((t) => [t.title, t.timeframe?.text ?? null])).toEqual([
      ['Biên soạn tài liệu hỏi - đáp', 'Quý II/2026'],
      ['Tập huấn kỹ năng số cho cán bộ', 'hoàn thành trước 30/6/2026'],
      ['Phát bản tin trên đài truyền thanh', 'thường xuyên hằng tháng'],
      ['Khảo sát mức độ hài lòng (gọi tắt là khảo sát SIPAS)', null],
    ]);
  });

  it('gives the items under a year heading that year, and makes no task of the heading', () => {
    const x = parsePlanText(
      withTasks(
        [
          '1. Năm 2026',
          'a) Biên soạn tài liệu hỏi - đáp. Chủ trì: Phòng Văn hóa - Xã hội.',
          'b) Tập huấn kỹ năng số. Chủ trì: Văn phòng HĐND và UBND phường. Thời gian: Quý III năm 2026.',
          '2. Từ năm 2027:',
          'a) Phát bản tin hằng tuần. Chủ trì: Phòng Văn hóa - Xã hội.',
        ].join('\n'),
      ),
    );
    expect(x.tasks.map((t) => [t.ref, t.title, t.timeframe?.text, t.timeframe?.years])).toEqual([
      ['III.1.a', 'Biên soạn tài liệu hỏi - đáp', 'Năm 2026', [2026]],
      ['III.1.b', 'Tập huấn kỹ năng số', 'Quý III năm 2026', [2026]],
      ['III.2.a', 'Phát bản tin hằng tuần', 'Từ năm 2027', [2027]],
    ]);
  });
});

describe('leads named as the subject of the item', () => {
  const x = parsePlanText(
    withTaskSection(
      [
        'III. NHIỆM VỤ CỤ THỂ',
        '1. Phòng Văn hóa - Xã hội tham mưu UBND phường tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, hoàn thành trong Quý III/2026.',
        '2. Văn phòng HĐND và UBND phường chủ trì, phối hợp với Đoàn Thanh niên phường xây dựng chuyên mục trên trang thông tin điện tử.',
        '3. Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phường tuyên truyền đến hội viên.',
        '4. Trung tâm Phục vụ hành chính công phối hợp với Công an phường hướng dẫn người dân dùng dịch vụ công trực tuyến.',
        '5. Tăng cường tuyên truyền trên mạng xã hội, trước hết là cho đoàn viên.',
        '',
      ].join('\n'),
    ),
  );

  it('takes an official named by post as the lead of a commune’s item', () => {
    const x = parsePlanText(
      withTaskSection(
        'III. NHIỆM VỤ\n1. Công chức Văn hóa - Xã hội chủ trì tuyên truyền về chuyển đổi số, thời gian: thường xuyên.',
      ),
    );
    expect(x.tasks.map((t) => [t.lead, t.timeframe?.continuous])).toEqual([
      [['Công chức Văn hóa - Xã hội'], true],
    ]);
  });

  it('takes the body its sentence begins with as the lead, and the bodies it works with as partners', () => {
    expect(x.tasks.map((t) => [t.ref, t.lead, t.partners])).toEqual([
      ['III.1', ['Phòng Văn hóa - Xã hội'], []],
      ['III.2', ['Văn phòng HĐND và UBND phường'], ['Đoàn Thanh niên phường']],
      ['III.3', ['Ủy ban Mặt trận Tổ quốc Việt Nam phường', 'các tổ chức chính trị - xã hội phường'], []],
      ['III.4', ['Trung tâm Phục vụ hành chính công'], ['Công an phường']],
      ['III.5', [], []],
    ]);
    expect(x.warnings.filter((w) => w.includes('chưa rõ cơ quan chủ trì'))).toEqual([
      expect.stringContaining('III.5'),
    ]);
  });

  it('takes a last clause naming a time as the timeframe, and leaves other last clauses in the title', () => {
    expect(x.tasks[0]).toMatchObject({
      title: 'Phòng Văn hóa - Xã hội tham mưu UBND phường tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức',
      timeframe: { text: 'hoàn thành trong Quý III/2026', quarters: [3], years: [2026] },
    });
    expect(x.tasks[4]).toMatchObject({
      title: 'Tăng cường tuyên truyền trên mạng xã hội, trước hết là cho đoàn viên',
      timeframe: null,
    });
  });

  it('ends the duties of the last body at the signature block', () => {
    const last = x.responsibilities.at(-1);
    expect(last?.duties.some((d) => /ỦY BAN|CHỦ TỊCH|Nguyễn Văn An/.test(d))).toBe(false);
  });
});

describe('task tables and work the parser finds but cannot place', () => {
  const plan = (table: string) =>
    withTaskSection(
      'III. NỘI DUNG TUYÊN TRUYỀN\n1. Nội dung tuyên truyền\na) Vai trò của khoa học, công nghệ.',
    ).replace('TM. ỦY BAN NHÂN DÂN', `PHỤ LỤC\n${table}\nTM. ỦY BAN NHÂN DÂN`);
  const rows = [
    '1\tTổ chức hội nghị\tPhòng Văn hóa - Xã hội\tQuý II',
    '2\tPhát hành tờ rơi\tĐoàn Thanh niên phường\tQuý III',
  ];

  it('takes the column of the body that does the work as the lead when no column says "chủ trì"', () => {
    const x = parsePlanText(plan(['TT\tNội dung\tĐơn vị thực hiện\tThời gian', ...rows].join('\n')));
    expect(x.tasks.map((t) => [t.ref, t.title, t.lead])).toEqual([
      ['1', 'Tổ chức hội nghị', ['Phòng Văn hóa - Xã hội']],
      ['2', 'Phát hành tờ rơi', ['Đoàn Thanh niên phường']],
    ]);
  });

  it('names a table of work with no column of bodies, and points to the duties of "Tổ chức thực hiện"', () => {
    const x = parsePlanText(plan(['TT\tNội dung\tGhi chú\tThời gian', ...rows].join('\n')));
    expect(x.warnings).toContainEqual(
      expect.stringMatching(/^Bảng "TT \| Nội dung \| Ghi chú \| Thời gian" \(2 dòng\)/),
    );
    expect(x.warnings).toContainEqual(
      expect.stringContaining(
        '1 việc giao cho 1 cơ quan ở mục "Tổ chức thực hiện" đã được lập thành nhiệm vụ',
      ),
    );
  });

  it('makes each duty of "Tổ chức thực hiện" a task its body leads when no item names a lead', () => {
    const x = parsePlanText(
      withTaskSection('III. NỘI DUNG TUYÊN TRUYỀN\n1. Vai trò của khoa học, công nghệ.').replace(
        /IV\. TỔ CHỨC THỰC HIỆN[\s\S]*?(?=TM\.)/,
        [
          'IV. TỔ CHỨC THỰC HIỆN',
          '1. Phòng Văn hóa - Xã hội: chủ trì, phối hợp với Đoàn Thanh niên phường tổ chức hội thi tìm hiểu, hoàn thành trong Quý III/2026.',
          '- Tổng hợp, báo cáo kết quả về UBND phường.',
          '2. Đề nghị Ủy ban Mặt trận Tổ quốc phường, các đoàn thể: tuyên truyền đến hội viên.',
          '',
        ].join('\n'),
      ),
    );
    expect(x.tasks.map((t) => [t.ref, t.title, t.lead, t.partners, t.timeframe?.quarters])).toEqual([
      ['III.1', 'Vai trò của khoa học, công nghệ', [], [], undefined],
      [
        'TCTH.1.1',
        'Chủ trì, phối hợp với Đoàn Thanh niên phường tổ chức hội thi tìm hiểu',
        ['Phòng Văn hóa - Xã hội'],
        ['Đoàn Thanh niên phường'],
        [3],
      ],
      ['TCTH.1.2', 'Tổng hợp, báo cáo kết quả về UBND phường', ['Phòng Văn hóa - Xã hội'], [], undefined],
      [
        'TCTH.2.1',
        'Tuyên truyền đến hội viên',
        ['Ủy ban Mặt trận Tổ quốc phường', 'các đoàn thể'],
        [],
        undefined,
      ],
    ]);
  });
});

describe('reporting regimes the samples do not use', () => {
  const reportingOf = (sentence: string) =>
    parsePlanText(PLAN.replace(/1\. Phòng Văn hóa - Xã hội: tổng hợp[^\n]*/, `1. ${sentence}`)).reporting.map(
      (r) => [r.day, r.month, r.recurrence, r.from, r.to],
    );

  it('reads two tiers in one sentence, each with who reports to whom, yearly for both', () => {
    expect(
      reportingOf(
        'Các cơ quan, đơn vị báo cáo kết quả về Phòng Văn hóa - Xã hội trước ngày 5/12; Phòng Văn hóa - Xã hội tổng hợp, báo cáo UBND phường trước ngày 20/12 hằng năm.',
      ),
    ).toEqual([
      [5, 12, 'yearly', 'Các cơ quan, đơn vị', 'Phòng Văn hóa - Xã hội'],
      [20, 12, 'yearly', 'Phòng Văn hóa - Xã hội', 'UBND phường'],
    ]);
  });

  it('gives a quarterly or monthly deadline one yearly deadline per quarter or month', () => {
    expect(
      reportingOf(
        'Các đơn vị báo cáo hằng quý trước ngày 20 của tháng cuối quý về Văn phòng HĐND và UBND phường.',
      ),
    ).toEqual(
      [3, 6, 9, 12].map((month) => [20, month, 'yearly', 'Các đơn vị', 'Văn phòng HĐND và UBND phường']),
    );
    expect(
      reportingOf('Các đơn vị báo cáo hằng tháng trước ngày 25 về Phòng Văn hóa - Xã hội.'),
    ).toHaveLength(12);
  });
});

describe('basis documents the samples do not cite', () => {
  it('reads a list of documents under a "Căn cứ:" heading, or in a section of its own', () => {
    const list = [
      '- Luật Công nghệ thông tin ngày 29/6/2006;',
      '- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học;',
      '+ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình;',
    ].join('\n');
    const numbers = (text: string) => parsePlanText(text).basis.map((b) => [b.number, b.date, b.issuer]);
    const expected = [
      ['57-NQ/TW', '2024-12-22', 'Bộ Chính trị'],
      ['749/QĐ-TTg', '2020-06-03', 'Thủ tướng Chính phủ'],
    ];
    const headed = PLAN.replace(
      /Thực hiện Kế hoạch số 12\/KH-UBND[^\n]*\n/,
      `Căn cứ:\n${list}\nỦy ban nhân dân phường ban hành Kế hoạch như sau:\n`,
    );
    expect(numbers(headed)).toEqual(expected);
    const section = PLAN.replace(/Thực hiện Kế hoạch số 12\/KH-UBND[^\n]*\n/, '').replace(
      'I. MỤC ĐÍCH, YÊU CẦU',
      `I. CĂN CỨ LẬP KẾ HOẠCH\n${list}\nII. MỤC ĐÍCH, YÊU CẦU`,
    );
    expect(numbers(section)).toEqual(expected);
    // The law cites no number: it is no item of the coverage; the two documents are, and were read.
    expect(parsePlanText(section).coverage?.unread.filter((u) => u.section.startsWith('I.'))).toEqual([]);
  });

  it('reads qualified types and the documents a citation cites in turn, each once', () => {
    const x = parsePlanText(
      PLAN.replace(
        /Thực hiện Kế hoạch số 12\/KH-UBND[^\n]*/,
        'Thực hiện Kế hoạch hành động số 12/KH-UBND ngày 05/01/2026 của UBND Thành phố thực hiện Chương trình hành động số 45-CTr/TU ngày 03/3/2025 của Thành ủy về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Nghị quyết số 57-NQ/TW;',
      ),
    );
    expect(x.basis.map((b) => [b.number, b.date, b.issuer, b.kind])).toEqual([
      ['12/KH-UBND', '2026-01-05', 'UBND Thành phố', 'KH'],
      ['45-CTr/TU', '2025-03-03', 'Thành ủy', 'CTr'],
      ['57-NQ/TW', '2024-12-22', 'Bộ Chính trị', 'NQ'],
    ]);
  });
});

describe('a plan copied from a legal-document website', () => {
  const metadata = [
    'Kế hoạch 45/KH-UBND năm 2026 tuyên truyền về chuyển đổi số do phường Ba Đình ban hành',
    'Số hiệu:\t45/KH-UBND\tLoại văn bản:\tKế hoạch',
    'Nơi ban hành:\tPhường Ba Đình\tNgười ký:\tNguyễn Văn An',
    'Ngày ban hành:\t12/02/2026\tNgày hiệu lực:\tĐã biết',
  ].join('\n');

  it('keeps what the document’s own header says, and fills its blanks from the page’s metadata', () => {
    expect(parsePlanText(`${metadata}\n${PLAN}`).document).toEqual({
      ...parsePlanText(PLAN).document,
      number: '45/KH-UBND',
      date: '2026-02-12',
    });
    const otherDay = metadata.replace('12/02/2026', '12/02/2025');
    expect(parsePlanText(`${otherDay}\n${PLAN}`).document.date).toBe('2026');
  });

  it('takes number, type, issuer, date and title from the metadata and the headline when the header is lost', () => {
    const body = PLAN.slice(PLAN.indexOf('Thực hiện Kế hoạch'));
    const x = parsePlanText(`${metadata}\n${body}`);
    expect(x.document).toEqual({
      number: '45/KH-UBND',
      kind: 'KH',
      issuer: 'Ủy ban nhân dân phường Ba Đình',
      level: 'commune',
      place: 'Ba Đình',
      date: '2026-02-12',
      title: 'Tuyên truyền về chuyển đổi số',
      signer: { name: 'Nguyễn Văn An', title: 'Chủ tịch' },
    });
    expect(x.warnings.filter((w) => /loại văn bản|ngày tháng|cơ quan ban hành/.test(w))).toEqual([]);
  });
});

describe('a heading that only names the body, then its items', () => {
  it('gives the items under "1. Phòng Văn hóa - Xã hội" or "X có trách nhiệm:" that body as their lead, and makes no task of the heading', () => {
    const x = parsePlanText(
      withTaskSection(
        [
          'III. NHIỆM VỤ CỤ THỂ',
          '1. Phòng Văn hóa - Xã hội',
          'a) Biên soạn tài liệu hỏi - đáp về chuyển đổi số.',
          'b) Phát bản tin trên đài truyền thanh phường.',
          '2. Đoàn Thanh niên phường:',
          'a) Tổ chức hội thi tìm hiểu.',
          '3. Tổ chức tập huấn kỹ năng số',
          '+ Chủ trì: Văn phòng HĐND và UBND phường',
          '4. Trung tâm Phục vụ hành chính công có trách nhiệm:',
          '- Hướng dẫn người dân dùng dịch vụ công trực tuyến.',
          '',
        ].join('\n'),
      ),
    );
    expect(x.tasks.map((t) => [t.ref, t.lead])).toEqual([
      ['III.1.a', ['Phòng Văn hóa - Xã hội']],
      ['III.1.b', ['Phòng Văn hóa - Xã hội']],
      ['III.2.a', ['Đoàn Thanh niên phường']],
      ['III.3', ['Văn phòng HĐND và UBND phường']],
      ['III.4.1', ['Trung tâm Phục vụ hành chính công']],
    ]);
  });
});

describe('who leads, said in words rather than in a labelled field', () => {
  it('reads a parenthesis "(X chủ trì, phối hợp với Y; thời gian: …)" and a sentence "Giao X chủ trì thực hiện"', () => {
    const x = parsePlanText(
      withTaskSection(
        [
          'III. NHIỆM VỤ CỤ THỂ',
          '1. Tổ chức hội nghị quán triệt (Phòng Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên phường; thời gian: Quý I/2026).',
          '2. Tuyên truyền trên hệ thống thông tin cơ sở',
          'Giao Văn phòng HĐND và UBND phường chủ trì thực hiện; thời gian: hằng năm.',
          '',
        ].join('\n'),
      ),
    );
    expect(x.tasks.map((t) => [t.ref, t.title, t.lead, t.partners, t.timeframe?.text])).toEqual([
      [
        'III.1',
        'Tổ chức hội nghị quán triệt',
        ['Phòng Văn hóa - Xã hội'],
        ['Đoàn Thanh niên phường'],
        'Quý I/2026',
      ],
      [
        'III.2',
        'Tuyên truyền trên hệ thống thông tin cơ sở',
        ['Văn phòng HĐND và UBND phường'],
        [],
        'hằng năm',
      ],
    ]);
  });
});
