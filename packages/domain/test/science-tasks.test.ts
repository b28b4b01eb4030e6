import { describe, expect, it } from 'vitest';
import { proposeIndicatorBinding, proposeScienceBinding } from '../src/outputs/output-binding.ts';
import { formatVnd, millionsToVnd } from '../src/public/science-tasks.ts';

describe('formatVnd', () => {
  it('groups thousands with dots, as Vietnamese write sums', () => {
    expect(formatVnd(1_250_000_000)).toBe('1.250.000.000 đồng');
    expect(formatVnd(0)).toBe('0 đồng');
    expect(formatVnd(999)).toBe('999 đồng');
    expect(formatVnd(1000)).toBe('1.000 đồng');
  });
});

describe('millionsToVnd', () => {
  it('reads millions of đồng as numbers and as Vietnamese or decimal-point text', () => {
    expect(millionsToVnd(1250)).toBe(1_250_000_000);
    expect(millionsToVnd(1.5)).toBe(1_500_000);
    expect(millionsToVnd('1.250')).toBe(1_250_000_000);
    expect(millionsToVnd('1.250,5')).toBe(1_250_500_000);
    expect(millionsToVnd('850,75')).toBe(850_750_000);
    expect(millionsToVnd('1.5')).toBe(1_500_000);
    expect(millionsToVnd(' 2 500 triệu đồng ')).toBe(2_500_000_000);
  });

  it('is null when empty and bad for anything but a non-negative amount of whole đồng', () => {
    expect(millionsToVnd(null)).toBeNull();
    expect(millionsToVnd('')).toBeNull();
    expect(millionsToVnd('  ')).toBeNull();
    expect(millionsToVnd('một tỷ')).toBe('bad');
    expect(millionsToVnd(-3)).toBe('bad');
    expect(millionsToVnd('1,2345678')).toBe('bad');
    expect(millionsToVnd(Number.POSITIVE_INFINITY)).toBe('bad');
  });
});

describe('proposeScienceBinding', () => {
  it('reads the registry target of the plans, with or without the secret clause', () => {
    const target =
      '100% nhiệm vụ khoa học và công nghệ có sử dụng ngân sách nhà nước (trừ những nhiệm vụ liên quan đến bí mật nhà nước) được truyền thông, phổ biến';
    expect(proposeScienceBinding(target)).toBe('science_disclosed');
    expect(proposeIndicatorBinding(target)).toEqual({ kind: 'science_disclosed' });
    expect(proposeScienceBinding('100% nhiệm vụ KH&CN dùng ngân sách nhà nước được công khai')).toBe(
      'science_disclosed',
    );
  });

  it('wants the registry and a disclosure, not any S&T programme', () => {
    expect(
      proposeScienceBinding(
        '100% các chương trình, dự án ứng dụng khoa học và công nghệ tại xã có sử dụng ngân sách nhà nước được truyền thông',
      ),
    ).toBeNull();
    expect(
      proposeScienceBinding(
        '100% nhiệm vụ khoa học và công nghệ có sử dụng ngân sách nhà nước được nghiệm thu',
      ),
    ).toBeNull();
  });
});
