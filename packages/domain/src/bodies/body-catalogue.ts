// Standard bodies of a province and of a commune after the 2025 reform (two-level local government,
// merged departments). Used by the demo-data seed and by tests; names are NFC with the 2017 tone
// placement ("Hòa"), short names and aliases are what plan documents actually write.
import { normalizeTonePlacement } from '../text/vietnamese.ts';
import type { BodyKind } from './body.ts';

export interface CatalogueEntry {
  /** Stable slug, unique within one province's or one commune's catalogue, e.g. 'so-khcn'. */
  key: string;
  kind: BodyKind;
  name: string;
  shortNames: string[];
  aliases: string[];
}

export interface ProvincialCatalogueOptions {
  /** Sở Dân tộc và Tôn giáo exists only where the share of ethnic minorities warrants it. */
  withEthnicAffairs?: boolean;
  /** Sở Ngoại vụ exists only in some provinces (border provinces, large cities). */
  withForeignAffairs?: boolean;
}

function entry(key: string, kind: BodyKind, name: string, shortNames: string[] = [], aliases: string[] = []) {
  const nfc = (s: string) => normalizeTonePlacement(s);
  return { key, kind, name: nfc(name), shortNames: shortNames.map(nfc), aliases: aliases.map(nfc) };
}

/** "Tỉnh Tuyên Quang" / "tuyên quang" → "Tuyên Quang"; "Thành phố Hà Nội" → "Hà Nội". */
function placeName(name: string, prefixes: RegExp): string {
  return normalizeTonePlacement(name).trim().replace(/\s+/g, ' ').replace(prefixes, '').trim();
}

/**
 * The standard bodies of a province. Defaults include Sở Dân tộc và Tôn giáo and Sở Ngoại vụ, which
 * the two mountain/border sample provinces (Tuyên Quang, Sơn La) have; pass options to leave them out.
 */
export function standardProvincialBodies(
  provinceName: string,
  options: ProvincialCatalogueOptions = {},
): CatalogueEntry[] {
  const p = placeName(provinceName, /^(tỉnh|thành phố)\s+/iu);
  const { withEthnicAffairs = true, withForeignAffairs = true } = options;
  const entries: CatalogueEntry[] = [
    entry(
      'vp-ubnd',
      'pc_office',
      `Văn phòng Ủy ban nhân dân tỉnh ${p}`,
      ['Văn phòng UBND tỉnh', 'VP UBND tỉnh', 'VPUBND tỉnh'],
      [`Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh ${p}`],
    ),
    entry(
      'trung-tam-thong-tin',
      'other',
      'Trung tâm Thông tin - Hội nghị',
      ['Trung tâm Thông tin', 'TT Thông tin - Hội nghị'],
      [
        'Trung tâm Thông tin - Văn phòng UBND tỉnh',
        'Trung tâm Thông tin, Văn phòng UBND tỉnh',
        'Trung tâm Tin học - Công báo',
      ],
    ),
    entry('so-noi-vu', 'department', 'Sở Nội vụ', ['SNV'], ['Sở Lao động - Thương binh và Xã hội']),
    entry('so-tu-phap', 'department', 'Sở Tư pháp', ['STP']),
    entry('so-tai-chinh', 'department', 'Sở Tài chính', ['STC'], ['Sở Kế hoạch và Đầu tư']),
    entry('so-cong-thuong', 'department', 'Sở Công Thương', ['SCT']),
    entry(
      'so-nnmt',
      'department',
      'Sở Nông nghiệp và Môi trường',
      ['Sở NN&MT', 'Sở NNMT'],
      ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Tài nguyên và Môi trường'],
    ),
    entry('so-xay-dung', 'department', 'Sở Xây dựng', ['SXD'], ['Sở Giao thông vận tải']),
    entry(
      'so-khcn',
      'department',
      'Sở Khoa học và Công nghệ',
      ['Sở KH&CN', 'Sở KHCN', 'Sở KH và CN'],
      ['Sở Thông tin và Truyền thông', 'Sở TT&TT', 'Sở TTTT'],
    ),
    entry(
      'so-vhttdl',
      'department',
      'Sở Văn hóa, Thể thao và Du lịch',
      ['Sở VHTTDL', 'Sở VH,TT&DL', 'Sở VHTT&DL', 'Sở VH-TT-DL'],
      ['Sở Văn hóa và Thể thao', 'Sở Du lịch'],
    ),
    entry('so-gddt', 'department', 'Sở Giáo dục và Đào tạo', ['Sở GD&ĐT', 'Sở GDĐT']),
    entry('so-y-te', 'department', 'Sở Y tế', ['SYT']),
    entry('thanh-tra', 'department', 'Thanh tra tỉnh', ['Thanh tra tỉnh']),
  ];
  if (withEthnicAffairs) {
    entries.push(
      entry('so-dttg', 'department', 'Sở Dân tộc và Tôn giáo', ['Sở DT&TG', 'Sở DTTG'], ['Ban Dân tộc tỉnh']),
    );
  }
  if (withForeignAffairs) entries.push(entry('so-ngoai-vu', 'department', 'Sở Ngoại vụ', ['SNgV']));
  entries.push(
    entry(
      'bql-kcn',
      'department',
      'Ban Quản lý các khu công nghiệp tỉnh',
      ['BQL các KCN tỉnh', 'Ban Quản lý KCN tỉnh'],
      ['Ban Quản lý các khu công nghiệp'],
    ),
    entry(
      'bao-ptth',
      'press_agency',
      `Báo và Phát thanh, Truyền hình ${p}`,
      [`Báo và PTTH ${p}`, `Báo và PT-TH ${p}`, `Báo và PT,TH ${p}`],
      [
        `Báo ${p}`,
        `Đài Phát thanh và Truyền hình ${p}`,
        `Đài Phát thanh và Truyền hình tỉnh ${p}`,
        'Đài Phát thanh và Truyền hình tỉnh',
        `Đài PT-TH ${p}`,
      ],
    ),
    entry('cong-an', 'other', 'Công an tỉnh', [`Công an tỉnh ${p}`]),
    entry('bo-chqs', 'other', 'Bộ Chỉ huy Quân sự tỉnh', ['Bộ CHQS tỉnh']),
    entry(
      'ban-tgdv',
      'other',
      'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      ['Ban TG&DV Tỉnh ủy', 'Ban TGDV Tỉnh ủy'],
      ['Ban Tuyên giáo Tỉnh ủy', 'Ban Dân vận Tỉnh ủy'],
    ),
    entry(
      'bcd-57',
      'other',
      `Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh ${p}`,
      ['Ban Chỉ đạo 57 tỉnh', 'BCĐ 57 tỉnh', 'Ban Chỉ đạo về phát triển KH, CN, ĐMST và CĐS tỉnh'],
      ['Ban Chỉ đạo chuyển đổi số tỉnh'],
    ),
    entry(
      'mttq',
      'association',
      `Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ${p}`,
      ['Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban MTTQ tỉnh', 'UBMTTQ tỉnh', 'MTTQ tỉnh'],
      ['Mặt trận Tổ quốc tỉnh'],
    ),
    entry(
      'tinh-doan',
      'association',
      'Tỉnh Đoàn',
      ['Tỉnh đoàn', 'Đoàn Thanh niên tỉnh'],
      [`Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh ${p}`, 'Đoàn TNCS Hồ Chí Minh tỉnh'],
    ),
    entry('hoi-lhpn', 'association', `Hội Liên hiệp Phụ nữ tỉnh ${p}`, ['Hội LHPN tỉnh', 'Hội Phụ nữ tỉnh']),
    entry('hoi-nong-dan', 'association', `Hội Nông dân tỉnh ${p}`, ['Hội Nông dân tỉnh', 'Hội ND tỉnh']),
    entry('hoi-ccb', 'association', `Hội Cựu chiến binh tỉnh ${p}`, [
      'Hội CCB tỉnh',
      'Hội Cựu chiến binh tỉnh',
    ]),
    entry('ldld', 'association', `Liên đoàn Lao động tỉnh ${p}`, ['LĐLĐ tỉnh', 'Liên đoàn Lao động tỉnh']),
    entry(
      'lhh-khkt',
      'association',
      `Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh ${p}`,
      ['Liên hiệp các Hội KH&KT tỉnh', 'Liên hiệp các Hội KHKT tỉnh', 'LHH KH&KT tỉnh'],
      ['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh'],
    ),
    entry('hoi-nha-bao', 'association', `Hội Nhà báo tỉnh ${p}`, ['Hội Nhà báo tỉnh']),
    entry('hiep-hoi-dn', 'association', `Hiệp hội Doanh nghiệp tỉnh ${p}`, ['Hiệp hội Doanh nghiệp tỉnh']),
    entry('hiep-hoi-dnnvv', 'association', `Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh ${p}`, [
      'Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh',
      'Hiệp hội DNNVV tỉnh',
    ]),
    entry('hiep-hoi-du-lich', 'association', `Hiệp hội Du lịch tỉnh ${p}`, ['Hiệp hội Du lịch tỉnh']),
    entry('hoi-dntt', 'association', `Hội Doanh nhân trẻ tỉnh ${p}`, ['Hội Doanh nhân trẻ tỉnh']),
  );
  return entries;
}

/**
 * The standard units of a commune or ward (commune-level government from 1/7/2025). A name starting
 * with "Phường" gives a ward, whose economic office also covers infrastructure and urban affairs.
 */
export function standardCommuneBodies(communeName: string): CatalogueEntry[] {
  const full = normalizeTonePlacement(communeName).trim().replace(/\s+/g, ' ');
  const isWard = /^phường\s/iu.test(full);
  const level = isWard ? 'phường' : 'xã';
  const c = placeName(full, /^(xã|phường|đặc khu)\s+/iu);
  const economic = isWard
    ? entry(
        'phong-kinh-te',
        'other',
        'Phòng Kinh tế, Hạ tầng và Đô thị',
        ['Phòng KT, HT&ĐT', 'Phòng KTHTĐT'],
        ['Phòng Kinh tế'],
      )
    : entry('phong-kinh-te', 'other', 'Phòng Kinh tế', [`Phòng Kinh tế ${level}`]);
  return [
    entry(
      'vp-hdnd-ubnd',
      'pc_office',
      `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${level} ${c}`,
      [`Văn phòng HĐND và UBND ${level}`, `VP HĐND và UBND ${level}`, `Văn phòng HĐND-UBND ${level}`],
      [`Văn phòng UBND ${level}`, `Văn phòng Ủy ban nhân dân ${level}`],
    ),
    entry(
      'phong-vhxh',
      'other',
      'Phòng Văn hóa - Xã hội',
      ['Phòng VH-XH', 'Phòng VHXH', `Phòng Văn hóa - Xã hội ${level}`],
      ['Phòng Văn hóa và Xã hội'],
    ),
    economic,
    entry(
      'tt-dich-vu-cong',
      'other',
      'Trung tâm Dịch vụ công',
      ['TT Dịch vụ công', `Trung tâm Dịch vụ công ${level}`],
      ['Trung tâm Dịch vụ tổng hợp', 'Trung tâm Cung ứng dịch vụ công'],
    ),
    entry(
      'tt-phuc-vu-hcc',
      'other',
      'Trung tâm Phục vụ hành chính công',
      ['TT Phục vụ HCC', `Trung tâm Phục vụ hành chính công ${level}`],
      ['Bộ phận một cửa'],
    ),
    entry(
      'dai-truyen-thanh',
      'other',
      `Đài Truyền thanh ${level} ${c}`,
      [`Đài Truyền thanh ${level}`, `Đài truyền thanh cơ sở ${level}`],
      [`Đài Truyền thanh cấp ${level}`, 'Đài truyền thanh cơ sở'],
    ),
    entry(
      'mttq',
      'association',
      `Ủy ban Mặt trận Tổ quốc Việt Nam ${level} ${c}`,
      [`Ủy ban MTTQ Việt Nam ${level}`, `Ủy ban MTTQ ${level}`, `MTTQ ${level}`],
      [`Mặt trận Tổ quốc ${level}`],
    ),
    entry(
      'doan-thanh-nien',
      'association',
      `Đoàn Thanh niên Cộng sản Hồ Chí Minh ${level} ${c}`,
      [`Đoàn Thanh niên ${level}`, `Đoàn TNCS Hồ Chí Minh ${level}`],
      [`Đoàn ${level}`],
    ),
    entry('hoi-lhpn', 'association', `Hội Liên hiệp Phụ nữ ${level} ${c}`, [
      `Hội LHPN ${level}`,
      `Hội Phụ nữ ${level}`,
    ]),
    entry('hoi-nong-dan', 'association', `Hội Nông dân ${level} ${c}`, [`Hội Nông dân ${level}`]),
    entry('hoi-ccb', 'association', `Hội Cựu chiến binh ${level} ${c}`, [`Hội CCB ${level}`]),
    entry('cong-an', 'other', `Công an ${level} ${c}`, [`Công an ${level}`]),
    entry('ban-chqs', 'other', `Ban Chỉ huy Quân sự ${level} ${c}`, [`Ban CHQS ${level}`]),
  ];
}
