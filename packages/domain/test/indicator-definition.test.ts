import { describe, expect, it } from 'vitest';
import { defineIndicator } from '../src/plans/indicator-definition.ts';

describe('defineIndicator', () => {
  it.each([
    [
      'Ít nhất 80% người dân trên địa bàn xã tiếp cận được các thông tin định hướng',
      'Người dân trên địa bàn xã tiếp cận được các thông tin định hướng',
      'Số người dân trên địa bàn xã tiếp cận được các thông tin định hướng',
      'Tổng số người dân trên địa bàn xã',
    ],
    [
      '100% cán bộ, công chức, viên chức được tuyên truyền, phổ biến quán triệt',
      'Cán bộ, công chức, viên chức được tuyên truyền, phổ biến quán triệt',
      'Số cán bộ, công chức, viên chức được tuyên truyền, phổ biến quán triệt',
      'Tổng số cán bộ, công chức, viên chức',
    ],
    [
      'Cung cấp kịp thời 100% nội dung chỉ đạo của Ban chỉ đạo xã',
      'Cung cấp kịp thời nội dung chỉ đạo của Ban chỉ đạo xã',
      'Số nội dung chỉ đạo của Ban chỉ đạo xã được cung cấp kịp thời',
      'Tổng số nội dung chỉ đạo của Ban chỉ đạo xã',
    ],
  ])('reads "%s" as a numerator over a denominator', (text, name, numerator, denominator) => {
    expect(defineIndicator(text)).toEqual({ name, numeratorLabel: numerator, denominatorLabel: denominator });
  });

  it('keeps a plan’s long target whole in the name, as the official report prints it', () => {
    const target =
      '100% lãnh đạo, cán bộ, công chức, viên chức các cơ quan, đơn vị được tuyên truyền, phổ biến, quán triệt đầy đủ các quan điểm chỉ đạo của Nghị quyết số 57-NQ/TW và các văn bản hướng dẫn của Trung ương, của tỉnh';
    const d = defineIndicator(target);
    expect(d.name.endsWith('của Trung ương, của tỉnh')).toBe(true);
    expect(d.name).not.toContain('…');
  });

  it('cuts only what the indicator form could not take', () => {
    const d = defineIndicator(`100% ${'cán bộ '.repeat(120)}được tập huấn`);
    expect(d.name.length).toBeLessThanOrEqual(500);
    expect(d.numeratorLabel.endsWith('…')).toBe(true);
  });
});

describe('defineIndicator of a count target', () => {
  it.each([
    [
      'Tối thiểu 2 dự án chuyển đổi số được triển khai',
      'dự án',
      'Dự án chuyển đổi số được triển khai',
      'Số dự án chuyển đổi số được triển khai',
    ],
    [
      'Xây dựng ít nhất 01 chuyên mục về chuyển đổi số trên Cổng thông tin điện tử xã.',
      'chuyên mục',
      'Xây dựng chuyên mục về chuyển đổi số trên Cổng thông tin điện tử xã',
      'Số chuyên mục về chuyển đổi số trên Cổng thông tin điện tử xã được xây dựng',
    ],
    [
      'Phấn đấu đạt 50 tin, bài về chuyển đổi số',
      'tin, bài',
      'Tin, bài về chuyển đổi số',
      'Số tin, bài về chuyển đổi số',
    ],
    [
      'Không dưới 1.000 lượt người tham gia các lớp bồi dưỡng kỹ năng số',
      'lượt người',
      'Lượt người tham gia các lớp bồi dưỡng kỹ năng số',
      'Số lượt người tham gia các lớp bồi dưỡng kỹ năng số',
    ],
  ])('reads "%s" (%s) as one figure with no denominator', (text, unit, name, label) => {
    expect(defineIndicator(text, unit)).toEqual({ name, numeratorLabel: label, denominatorLabel: '' });
  });

  it('keeps a percentage a ratio whatever the spacing of its unit', () => {
    expect(defineIndicator('100% cán bộ được tập huấn', ' % ').denominatorLabel).toBe('Tổng số cán bộ');
  });
});
