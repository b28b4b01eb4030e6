import { describe, expect, it } from 'vitest';
import { proposeReportedBy, reportsIndicator } from '../src/reports/reported-by.ts';

describe('who reports an indicator', () => {
  it('is every body when nothing is chosen, else the chosen kinds only', () => {
    expect(reportsIndicator([], 'commune')).toBe(true);
    expect(reportsIndicator(['department'], 'commune')).toBe(false);
    expect(reportsIndicator(['department', 'commune'], 'commune')).toBe(true);
  });

  it.each([
    ['100% cơ quan báo chí tỉnh xây dựng chuyên trang, chuyên mục về khoa học, công nghệ', ['press_agency']],
    [
      '100% nhiệm vụ khoa học và công nghệ có sử dụng ngân sách nhà nước được truyền thông, phổ biến',
      ['department'],
    ],
    ['Ít nhất 80% người dân trên địa bàn xã tiếp cận được các thông tin', ['commune']],
    ['80% thành viên Tổ công nghệ số cộng đồng được bồi dưỡng, tập huấn', ['commune']],
    ['100% hệ thống thông tin cơ sở đăng, phát lại các sản phẩm truyền thông', ['commune']],
    ['100% cán bộ, công chức, viên chức được phổ biến, quán triệt', []],
    ['Tỷ lệ nhiệm vụ hoàn thành đúng hạn', []],
  ])('proposes for "%s" the kinds %j', (text, kinds) => {
    expect(proposeReportedBy(text)).toEqual(kinds);
  });

  it('reads whole words only', () => {
    expect(proposeReportedBy('Tỷ lệ cơ quan báo chíx')).toEqual([]);
    expect(proposeReportedBy('100% các thôn')).toEqual(['commune']);
  });
});
