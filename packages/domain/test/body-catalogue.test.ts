import { describe, expect, it } from 'vitest';
import { BODY_KINDS } from '../src/bodies/body.ts';
import { standardCommuneBodies, standardProvincialBodies } from '../src/bodies/body-catalogue.ts';
import { normalizeTonePlacement } from '../src/text/vietnamese.ts';

const provincial = standardProvincialBodies('Tuyên Quang');
const commune = standardCommuneBodies('Xã Hoà An');
const ward = standardCommuneBodies('Phường Mỹ Lâm');
const byKey = (entries: typeof provincial, key: string) => entries.find((e) => e.key === key);

describe('standardProvincialBodies', () => {
  it.each([
    ['Văn phòng Ủy ban nhân dân tỉnh Tuyên Quang', 'pc_office'],
    ['Sở Nội vụ', 'department'],
    ['Sở Tài chính', 'department'],
    ['Sở Khoa học và Công nghệ', 'department'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'department'],
    ['Sở Giáo dục và Đào tạo', 'department'],
    ['Sở Y tế', 'department'],
    ['Sở Công Thương', 'department'],
    ['Sở Nông nghiệp và Môi trường', 'department'],
    ['Sở Xây dựng', 'department'],
    ['Sở Tư pháp', 'department'],
    ['Sở Dân tộc và Tôn giáo', 'department'],
    ['Sở Ngoại vụ', 'department'],
    ['Thanh tra tỉnh', 'department'],
    ['Ban Quản lý các khu công nghiệp tỉnh', 'department'],
    ['Báo và Phát thanh, Truyền hình Tuyên Quang', 'press_agency'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang', 'association'],
    ['Tỉnh Đoàn', 'association'],
    ['Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang', 'association'],
    ['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tuyên Quang', 'association'],
    ['Hiệp hội Doanh nghiệp tỉnh Tuyên Quang', 'association'],
    ['Hiệp hội Du lịch tỉnh Tuyên Quang', 'association'],
    ['Công an tỉnh', 'other'],
    ['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'other'],
  ])('includes "%s" as a %s', (name, kind) => {
    expect(provincial.find((e) => e.name === name)?.kind).toBe(kind);
  });

  it('accepts the province name with its prefix and with old tone placement', () => {
    expect(standardProvincialBodies('Tỉnh Tuyên Quang')).toEqual(provincial);
    const hoaBinh = standardProvincialBodies('Hoà Bình');
    expect(byKey(hoaBinh, 'bao-ptth')?.name).toBe('Báo và Phát thanh, Truyền hình Hòa Bình');
  });

  it('gives the S&T department its short names and the merged information department as an alias', () => {
    const khcn = byKey(provincial, 'so-khcn');
    expect(khcn?.shortNames).toEqual(expect.arrayContaining(['Sở KH&CN', 'Sở KHCN']));
    expect(khcn?.aliases).toContain('Sở Thông tin và Truyền thông');
    expect(byKey(provincial, 'so-vhttdl')?.shortNames).toContain('Sở VHTTDL');
  });

  it('keeps the former radio and television station as an alias of the merged press agency', () => {
    const press = byKey(provincial, 'bao-ptth');
    expect(press?.aliases).toEqual(
      expect.arrayContaining(['Đài Phát thanh và Truyền hình tỉnh', 'Báo Tuyên Quang']),
    );
  });

  it('leaves out the ethnic and foreign affairs departments when asked', () => {
    const keys = standardProvincialBodies('Phú Thọ', {
      withEthnicAffairs: false,
      withForeignAffairs: false,
    }).map((e) => e.key);
    expect(keys).not.toContain('so-dttg');
    expect(keys).not.toContain('so-ngoai-vu');
  });
});

describe('standardCommuneBodies', () => {
  it.each([
    ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Hòa An', 'pc_office'],
    ['Phòng Văn hóa - Xã hội', 'other'],
    ['Phòng Kinh tế', 'other'],
    ['Trung tâm Dịch vụ công', 'other'],
    ['Đài Truyền thanh xã Hòa An', 'other'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa An', 'association'],
  ])('includes "%s" as a %s for a commune', (name, kind) => {
    expect(commune.find((e) => e.name === name)?.kind).toBe(kind);
  });

  it('gives a ward an office for economy, infrastructure and urban affairs', () => {
    expect(byKey(ward, 'phong-kinh-te')?.name).toBe('Phòng Kinh tế, Hạ tầng và Đô thị');
    expect(byKey(ward, 'mttq')?.name).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam phường Mỹ Lâm');
  });

  it('treats a name without prefix as a commune', () => {
    expect(standardCommuneBodies('Hòa An')).toEqual(commune);
  });
});

describe('every catalogue entry', () => {
  const all = [
    ['province', provincial],
    ['commune', commune],
    ['ward', ward],
  ] as const;

  it.each(all)('has unique slug keys in the %s catalogue', (_, entries) => {
    const keys = entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(all)('is NFC with the new tone placement and a known kind in the %s catalogue', (_, entries) => {
    for (const entry of entries) {
      expect(BODY_KINDS).toContain(entry.kind);
      for (const text of [entry.name, ...entry.shortNames, ...entry.aliases]) {
        expect(text).toBe(normalizeTonePlacement(text));
        expect(text.trim()).toBe(text);
      }
    }
  });
});
