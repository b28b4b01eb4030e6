import { strFromU8, unzipSync } from 'fflate';
import type { ConsolidatedReport } from '../src/index.ts';

/** A report as the coordinator of Tuyên Quang would send it at the end of 2026. */
export function sampleReport(overrides: Partial<ConsolidatedReport> = {}): ConsolidatedReport {
  return {
    issuer: { parent: 'UBND tỉnh Tuyên Quang', name: 'Sở Khoa học và Công nghệ' },
    number: '125/BC-SKHCN',
    symbol: 'BC-SKHCN',
    place: 'Tuyên Quang',
    date: '2026-12-05',
    title: 'Kết quả thực hiện Kế hoạch số 178/KH-UBND ngày 15/8/2025 của UBND tỉnh 6 tháng cuối năm 2026',
    opening:
      'Thực hiện Kế hoạch số 178/KH-UBND ngày 15/8/2025 của Ủy ban nhân dân tỉnh Tuyên Quang về truyền thông Nghị quyết số 57-NQ/TW, Sở Khoa học và Công nghệ báo cáo kết quả thực hiện 6 tháng cuối năm 2026 như sau:',
    sections: [
      {
        heading: 'Kết quả thực hiện',
        paragraphs: [],
        parts: [
          {
            heading: 'Công tác chỉ đạo, triển khai',
            paragraphs: [
              'Các sở, ban, ngành và UBND các xã, phường đã quán triệt, tuyên truyền sâu rộng Nghị quyết số 57-NQ/TW đến cán bộ, đảng viên và Nhân dân.',
              'Đài truyền thanh cơ sở của 124 xã, phường đã phát 3.250 bản tin về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.',
            ],
          },
          {
            heading: 'Tiến độ thực hiện nhiệm vụ',
            paragraphs: ['Trong kỳ có 2 nhiệm vụ đến hạn. Kết quả từng nhiệm vụ như sau:'],
            table: 'tasks',
          },
          {
            heading: 'Kết quả thực hiện các chỉ tiêu',
            paragraphs: ['Số liệu tổng hợp chỉ tính các báo cáo đã được chấp nhận (3 báo cáo).'],
            table: 'indicators',
          },
        ],
      },
      {
        heading: 'Đánh giá chung',
        paragraphs: [],
        parts: [
          { heading: 'Ưu điểm', paragraphs: ['35/42 phần việc hoàn thành đúng hạn.'] },
          {
            heading: 'Khó khăn, vướng mắc',
            paragraphs: [
              '- Xã Hòa An:',
              '+ Kinh phí cho hoạt động truyền thông ở cấp xã còn hạn chế.',
              '+ Một số đài truyền thanh cơ sở xuống cấp, chưa được thay thế.',
            ],
          },
        ],
      },
      {
        heading: 'Đề xuất, kiến nghị',
        paragraphs: [
          '- Xã Hòa An: Đề nghị UBND tỉnh bố trí kinh phí nâng cấp hệ thống thông tin cơ sở năm 2027.',
        ],
        parts: [],
      },
    ],
    tasks: [
      {
        title: 'II.1. Tổ chức quán triệt Nghị quyết số 57-NQ/TW',
        bodies: 'Sở Văn hóa, Thể thao và Du lịch',
        due: '30/9/2026',
        state: 'Hoàn thành đúng hạn',
      },
      {
        title: 'II.2. Phát bản tin trên hệ thống truyền thanh cơ sở',
        bodies: 'Xã Hòa An; Xã Bình An và 122 đơn vị khác',
        due: '31/12/2026',
        state: 'Hoàn thành đúng hạn: 100/124; Quá hạn, chưa hoàn thành: 24/124',
      },
    ],
    indicators: [
      {
        name: 'Tỷ lệ người dân được tiếp cận thông tin qua hệ thống thông tin cơ sở',
        unit: '%',
        target: '≥ 80%',
        value: '83,5%',
        numerator: 512_340,
        denominator: 613_582,
        status: 'Đạt',
      },
      {
        name: 'Tỷ lệ cán bộ làm công tác truyền thông được tập huấn',
        unit: '%',
        target: '≥ 70%',
        value: '64,2%',
        numerator: 1_284,
        denominator: 2_000,
        status: 'Chưa đạt',
      },
      {
        name: 'Số cuộc thi trắc nghiệm trực tuyến tổ chức',
        unit: 'cuộc',
        target: '2',
        value: '2',
        status: 'Đạt',
      },
    ],
    recipients: [
      'UBND tỉnh (b/c)',
      'Sở Văn hóa, Thể thao và Du lịch',
      'UBND các xã, phường',
      'Lưu: VT, KHTC',
    ],
    signer: { title: 'KT. Giám đốc\nPhó Giám đốc', name: 'Nguyễn Thị Hồng Nhung' },
    ...overrides,
  };
}

export function unzip(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The visible text of a WordprocessingML fragment. */
export function textOf(xml: string): string {
  return decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

/** The attributes of the first element named `tag`, e.g. w:pgSz. */
export function attributes(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}(\\s[^>]*?)/?>`).exec(xml);
  if (!m?.[1]) throw new Error(`no <${tag}>`);
  return Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
}

/** Top-level elements of a kind, e.g. every <w:r> run, in document order. */
export function elements(xml: string, tag: 'w:r' | 'w:p' | 'w:tr' | 'w:tc' | 'w:tbl'): string[] {
  // w:tbl can nest, the others never contain themselves in what the builder writes.
  const out: string[] = [];
  const open = new RegExp(`<${tag}[ >]|</${tag}>`, 'g');
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(open)) {
    if (m[0].startsWith('</')) {
      depth--;
      if (depth === 0) out.push(xml.slice(start, (m.index ?? 0) + m[0].length));
    } else {
      if (depth === 0) start = m.index ?? 0;
      depth++;
    }
  }
  return out;
}

/** Decree 30/2020's page: A4, margins of 20 mm top and bottom, 30 mm left and 15 mm right (twips). */
export function decree30Page(xml: string) {
  return { size: attributes(xml, 'w:pgSz'), margins: attributes(xml, 'w:pgMar') };
}
export const DECREE30_PAGE = {
  size: { 'w:w': '11906', 'w:h': '16838' },
  margins: { 'w:top': '1134', 'w:bottom': '1134', 'w:left': '1701', 'w:right': '851' },
} as const;
