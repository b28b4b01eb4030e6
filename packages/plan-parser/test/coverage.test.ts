import { LOW_CONFIDENCE } from '@lantoa/domain/constants';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../src/index.ts';

const plan = (tasks: string, appendix = ''): string => `ỦY BAN NHÂN DÂN
XÃ TÂN AN
Số: 15/KH-UBND
Tân An, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Truyền thông về chuyển đổi số năm 2026
Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh;
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;
Căn cứ Luật Tổ chức chính quyền địa phương;
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của 100% cán bộ.
II. MỤC TIÊU
1. Mục tiêu chung
Người dân hiểu về chuyển đổi số.
2. Mục tiêu cụ thể
- Năm 2026: 90% hộ gia đình được phổ biến.
- Đào tạo 500 lượt cán bộ về kỹ năng số.
III. NHIỆM VỤ
${tasks}
IV. TỔ CHỨC THỰC HIỆN
1. Văn phòng HĐND và UBND xã: theo dõi, đôn đốc.
- Tổng hợp kết quả, báo cáo UBND xã.
2. Đề nghị Đoàn Thanh niên xã; yêu cầu Trường Tiểu học Tân An: phối hợp tuyên truyền.
${appendix}TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình`;

const LED = `1. Tổ chức hội nghị quán triệt (Văn phòng HĐND và UBND xã chủ trì; thời gian: Quý II/2026).
- Chuẩn bị tài liệu hội nghị.
2. Phát bản tin trên đài truyền thanh xã.
- Cơ quan chủ trì: Đài truyền thanh xã
- Thời gian thực hiện: Hằng tháng`;

describe('the share of the document that the reading took in', () => {
  it('counts numbered work, figures under the targets, cited documents and duties, and lists what became nothing', () => {
    const x = parsePlanText(plan(LED));
    // Basis (2, the law has no number), targets (2 figures), tasks (2 items, a detail), duties (3).
    expect(x.coverage).toEqual({
      items: 10,
      read: 9,
      unread: [{ section: 'II. MỤC TIÊU', text: '- Đào tạo 500 lượt cán bộ về kỹ năng số.' }],
    });
    expect(x.warnings.some((w) => w.startsWith('Chỉ đọc được'))).toBe(false);
  });

  it('warns, naming where it stands, when a quarter or more of the document became nothing', () => {
    const table = [
      'TT\tNội dung\tGhi chú\tThời gian',
      '1\tTổ chức hội nghị\tTại hội trường\tQuý II',
      '2\tPhát hành tờ rơi\tIn 2.000 bản\tQuý III',
      '3\tIn tờ gấp\t\tQuý IV',
      '4\tTập huấn kỹ năng số\tCho cán bộ thôn\tQuý IV',
    ].join('\n');
    const x = parsePlanText(plan('Các nhiệm vụ chi tiết tại Phụ lục kèm theo.', `PHỤ LỤC\n${table}\n`));
    // Read: the basis (2), a target, the duties (3); not read: a figure, the table's rows (4).
    expect(x.coverage?.read).toBe(6);
    expect(x.coverage?.items).toBe(11);
    expect(x.coverage?.unread.filter((u) => u.section === 'Phụ lục').map((u) => u.text)).toEqual([
      '1 Tổ chức hội nghị Tại hội trường Quý II',
      '2 Phát hành tờ rơi In 2.000 bản Quý III',
      '3 In tờ gấp Quý IV',
      '4 Tập huấn kỹ năng số Cho cán bộ thôn Quý IV',
    ]);
    expect(x.warnings).toContainEqual(
      expect.stringMatching(
        /^Chỉ đọc được 6\/11 mục của văn bản \(55%\).*"Phụ lục" \(4 mục\), "II\. MỤC TIÊU" \(1 mục\)/,
      ),
    );
  });

  it('keeps no item of a section that was found but read as nothing', () => {
    const items = [
      '1. Tuyên truyền trên cổng thông tin.',
      '2. Tuyên truyền trên mạng xã hội.',
      '3. Treo băng rôn.',
    ];
    const x = parsePlanText(plan(items.map((i) => `- ${i}`).join('\n')));
    // Nothing of the section; the duties of "Tổ chức thực hiện" are the plan's work.
    expect(x.tasks.map((t) => t.ref)).toEqual(['TCTH.1.1', 'TCTH.1.2', 'TCTH.2.1']);
    expect(x.coverage?.unread.filter((u) => u.section === 'III. NHIỆM VỤ')).toHaveLength(3);
  });
});

describe('how sure the reading is of each item', () => {
  const x = parsePlanText(plan(`${LED}\n3. Khảo sát mức độ hài lòng của người dân.`));

  it('is sure of a task with its lead, a sentence of work and a time, and not of one without a lead', () => {
    const byRef = Object.fromEntries(x.tasks.map((t) => [t.ref, t.confidence]));
    expect(byRef['III.1']).toBe(1);
    expect(byRef['III.2']).toBe(1);
    expect(byRef['III.3']).toBeLessThan(LOW_CONFIDENCE);
  });

  it('is less sure of a target with no year, a basis with no date and a duty named by a sentence', () => {
    const y = parsePlanText(
      plan(LED)
        .replace('- Năm 2026: 90%', '- 90%')
        .replace('ngày 05/01/2026 của Ủy ban nhân dân tỉnh', 'của Ủy ban nhân dân tỉnh'),
    );
    expect(x.targets[0]?.confidence).toBe(1);
    expect(y.targets[0]?.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(x.basis[0]?.confidence).toBe(1);
    expect(y.basis[0]?.confidence).toBeLessThan(1);
    expect(x.responsibilities.map((r) => r.confidence)).toEqual([1, 1]);
  });
});
