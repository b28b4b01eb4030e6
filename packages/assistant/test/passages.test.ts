import { describe, expect, it } from 'vitest';
import { cutPassages, MAX_WORDS, passageTerms } from '../src/index.ts';

const words = (n: number, word = 'truyền') => Array.from({ length: n }, () => word).join(' ');

const PLAN = [
  'KẾ HOẠCH',
  'I. MỤC ĐÍCH, YÊU CẦU',
  `1. Mục đích`,
  `Đẩy mạnh truyền thông về chuyển đổi số ${words(50)}.`,
  'II. MỤC TIÊU',
  '2. Mục tiêu cụ thể',
  'a) Trong năm 2025',
  `- 100% cán bộ được tuyên truyền ${words(45, 'thông')}.`,
  'b) Đến năm 2030',
  `- Ít nhất 80% người dân tiếp cận thông tin qua hệ thống thông tin cơ sở ${words(40, 'số')}.`,
  'III. NHIỆM VỤ',
  `1. Tổ chức Ngày hội truyền thông ${words(45, 'hội')}.`,
  '1.1. Thời gian thực hiện: Tháng 10 hằng năm.',
  `2. Tổ chức tập huấn ${words(50, 'huấn')}.`,
].join('\n');

describe('cutPassages', () => {
  const passages = cutPassages(PLAN);

  it('gives each passage the trail of headings above it', () => {
    const target = passages.find((p) => p.text.includes('80% người dân'));
    expect(target?.section).toBe('II. MỤC TIÊU › 2. Mục tiêu cụ thể › b) Đến năm 2030');
    expect(passages.find((p) => p.text.includes('100% cán bộ'))?.section).toBe(
      'II. MỤC TIÊU › 2. Mục tiêu cụ thể › a) Trong năm 2025',
    );
    expect(passages.every((p) => p.page === null)).toBe(true);
  });

  it('joins a short tail to the passage of its section before it, not to the next section', () => {
    const festival = passages.find((p) => p.text.includes('Ngày hội'));
    expect(festival?.text).toContain('Tháng 10 hằng năm');
    expect(festival?.text).not.toContain('tập huấn');
  });

  it('cuts a long paragraph between sentences, none much over the limit', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Câu số ${i} nói về chuyển đổi số ${words(20)}.`).join(
      ' ',
    );
    const cut = cutPassages(`I. NỘI DUNG\n${long}`);
    expect(cut.length).toBeGreaterThan(1);
    for (const p of cut) expect(p.text.split(/\s+/).length).toBeLessThanOrEqual(MAX_WORDS);
    expect(cut.map((p) => p.text).join(' ')).toBe(long);
  });

  it('rejoins a line cut by a page break, and numbers pages at form feeds', () => {
    const cut = cutPassages(
      `I. MỤC TIÊU\nQuyết định phê\n\nduyệt Chương trình ${words(40)}.\fII. NHIỆM VỤ\nTuyên truyền ${words(40)}.`,
    );
    expect(cut[0]?.text).toContain('phê duyệt Chương trình');
    expect(cut.map((p) => p.page)).toEqual([1, 2]);
  });

  it('keeps table rows as passages of their own, found by the table header', () => {
    const cut = cutPassages(
      'PHỤ LỤC NHIỆM VỤ\nSTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tTổ chức cuộc thi\tSở Khoa học và Công nghệ\tQuý III\n2\tTập huấn\tSở Nội vụ\tQuý II',
    );
    expect(cut.map((p) => p.text)).toEqual([
      '1 | Tổ chức cuộc thi | Sở Khoa học và Công nghệ | Quý III',
      '2 | Tập huấn | Sở Nội vụ | Quý II',
    ]);
    expect(passageTerms(cut[1] as (typeof cut)[number])).toContain('chu tri');
  });

  it('reads "Điều" and "PHẦN" as headings', () => {
    const cut = cutPassages(`PHẦN I. QUY ĐỊNH CHUNG\nĐiều 3. Trách nhiệm thi hành ${words(45)}.`);
    expect(cut[0]?.section).toMatch(/^PHẦN I\. QUY ĐỊNH CHUNG › Điều 3\./);
  });

  it('finds a passage by its document title', () => {
    const [first] = cutPassages(`Tuyên truyền ${words(40)}.`);
    expect(passageTerms(first as NonNullable<typeof first>, 'Kế hoạch của tỉnh Sơn La')).toContain('son la');
  });
});
