import { describe, expect, it } from 'vitest';
import {
  foldVietnamese,
  matchesSearch,
  normalizeTonePlacement,
  withoutDiacritics,
} from '../src/text/vietnamese.ts';

describe('normalizeTonePlacement', () => {
  it.each([
    ['Hoà An', 'Hòa An'],
    ['khoẻ', 'khỏe'],
    ['Thuỷ', 'Thủy'],
    ['HOÀ', 'HÒA'],
    ['Hoàng', 'Hoàng'],
    ['quý', 'quý'],
    ['Sở Văn hoá, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
  ])('writes %s as %s', (input, expected) => {
    expect(normalizeTonePlacement(input)).toBe(expected.normalize('NFC'));
  });

  it('turns decomposed input into NFC', () => {
    expect(normalizeTonePlacement('Hòa'.normalize('NFD'))).toBe('Hòa'.normalize('NFC'));
  });
});

describe('foldVietnamese', () => {
  it('removes diacritics, tone and case', () => {
    expect(foldVietnamese('Bình dân học vụ số')).toBe('binh dan hoc vu so');
    expect(foldVietnamese('ĐẮK LẮK')).toBe('dak lak');
    expect(foldVietnamese('Hoà  An')).toBe(foldVietnamese('Hòa An'));
  });
});

describe('withoutDiacritics', () => {
  it('drops diacritics and tones but keeps case and spacing', () => {
    expect(withoutDiacritics('Đề án  Sở KH&CN.docx')).toBe('De an  So KH&CN.docx');
    expect(withoutDiacritics('đường ĐẮK LẮK'.normalize('NFD'))).toBe('duong DAK LAK');
  });
});

describe('matchesSearch', () => {
  it('finds Hoà An from "hoa an" and ignores word order', () => {
    expect(matchesSearch('Xã Hoà An', 'hoa an')).toBe(true);
    expect(matchesSearch('Xã Hoà An', 'an hoa')).toBe(true);
    expect(matchesSearch('Xã Hoà An', 'hoa binh')).toBe(false);
  });
});
