import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type IndicatorBinding,
  proposeIndicatorBinding,
  proposeOutputBinding,
} from '../src/outputs/output-binding.ts';
import type { OutputIndicatorKind } from '../src/outputs/outputs.ts';
import { matchesTopicWords, subjectOverlap, subjectWords } from '../src/outputs/topic-words.ts';

const SAMPLES = new URL('../../../samples/plans/', import.meta.url);
const PLANS = ['hoa-an-2026', 'son-la-2025', 'tuyen-quang-2026'] as const;
const goldTargets = (plan: string): string[] =>
  (
    JSON.parse(readFileSync(new URL(`${plan}.gold.json`, SAMPLES), 'utf8')) as {
      targets: { text: string }[];
    }
  ).targets.map((target) => target.text);

const officials = { kind: 'audience_informed', audience: 'officials' } as const;
const staffTrained = { kind: 'audience_trained', audience: 'communication_staff' } as const;

// Every target of the sample plans' golds, with what the coordinator is offered for it: the
// register's measure (proposeOutputBinding) and the binding of any computed measure
// (proposeIndicatorBinding: the training and briefing records first). A target about something the
// records do not count (a plan issued, directions supplied, people reached) gets nothing; the
// state-funded S&T tasks communicated are the S&T registry's disclosed share.
const GOLD_TARGETS: [
  plan: string,
  text: string,
  output: OutputIndicatorKind | null,
  binding: IndicatorBinding | null,
][] = [
  [
    'hoa-an-2026',
    '100% cán bộ, công chức, viên chức và người lao động trong các cơ quan, đơn vị trên địa bàn xã được tuyên truyền, phổ biến quán triệt',
    null,
    officials,
  ],
  ['hoa-an-2026', 'Cung cấp kịp thời 100% nội dung chỉ đạo của Ban chỉ đạo xã', null, null],
  [
    'hoa-an-2026',
    '100% các chương trình, dự án ứng dụng khoa học và công nghệ tại xã có sử dụng ngân sách nhà nước được truyền thông',
    null,
    null,
  ],
  ['hoa-an-2026', 'Ít nhất 80% người dân trên địa bàn xã tiếp cận được các thông tin định hướng', null, null],
  [
    'hoa-an-2026',
    '100% cán bộ phụ trách truyền thông và viên chức vận hành hệ thống thông tin xã được bồi dưỡng kỹ năng truyền thông số',
    null,
    staffTrained,
  ],
  [
    'son-la-2025',
    '100% các cơ quan, đơn vị và Ủy ban nhân dân các xã, phường trên địa bàn tỉnh xây dựng, ban hành Kế hoạch triển khai Chương trình',
    null,
    null,
  ],
  [
    'son-la-2025',
    '100% lãnh đạo, cán bộ, công chức, viên chức trong cơ quan nhà nước, đơn vị sự nghiệp công lập đều được tuyên truyền, phổ biến',
    null,
    officials,
  ],
  [
    'son-la-2025',
    '100% các nhiệm vụ khoa học và công nghệ có sử dụng ngân sách nhà nước được quản lý, lưu giữ, phục vụ tra cứu, khai thác và được truyền thông',
    null,
    { kind: 'science_disclosed' },
  ],
  [
    'son-la-2025',
    'Ít nhất 80% người dân trên địa bàn tỉnh tiếp cận thông tin định hướng thông qua hệ thống thông tin cơ sở',
    null,
    null,
  ],
  [
    'son-la-2025',
    'Ít nhất 70% cán bộ chuyên trách làm công tác truyền thông được đào tạo chuyên sâu về kỹ năng truyền thông số',
    null,
    staffTrained,
  ],
  [
    'tuyen-quang-2026',
    '100% lãnh đạo, cán bộ, công chức, viên chức trong cơ quan nhà nước, đơn vị sự nghiệp công lập được tuyên truyền, phổ biến về các quan điểm chỉ đạo của Nghị quyết số 57-NQ/TW',
    null,
    officials,
  ],
  [
    'tuyen-quang-2026',
    '100% cơ quan báo chí truyền thông xây dựng các chuyên trang/chuyên mục/các tuyến nội dung tuyên truyền',
    'channels_active',
    { kind: 'channels_active' },
  ],
  [
    'tuyen-quang-2026',
    'Cung cấp kịp thời 100% nội dung chỉ đạo của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Tuyên Quang',
    null,
    null,
  ],
  [
    'tuyen-quang-2026',
    '100% các nhiệm vụ khoa học và công nghệ có sử dụng ngân sách nhà nước được truyền thông, phổ biến',
    null,
    { kind: 'science_disclosed' },
  ],
  [
    'tuyen-quang-2026',
    'Ít nhất 80% người dân tiếp cận thông tin định hướng của Đảng và Nhà nước thông qua hệ thống thông tin cơ sở',
    null,
    null,
  ],
  [
    'tuyen-quang-2026',
    'Ít nhất 70% cán bộ, công chức, viên chức chuyên trách làm công tác truyền thông được đào tạo chuyên sâu về kỹ năng truyền thông số',
    null,
    staffTrained,
  ],
];

describe('proposeOutputBinding and proposeIndicatorBinding on the sample plans', () => {
  it('has an expectation for every target of the golds, and only for them', () => {
    for (const plan of PLANS) {
      expect(
        GOLD_TARGETS.filter(([p]) => p === plan).map(([, text]) => text),
        `the targets of ${plan}.gold.json`,
      ).toEqual(goldTargets(plan));
    }
  });

  it.each(GOLD_TARGETS)('%s: «%s» → %s', (_plan, text, output, binding) => {
    expect(proposeOutputBinding(text)).toBe(output);
    expect(proposeIndicatorBinding(text)).toEqual(binding);
  });
});

describe('proposeOutputBinding', () => {
  it.each<[string, OutputIndicatorKind]>([
    ['100% cơ quan báo chí tỉnh xây dựng chuyên trang/chuyên mục', 'channels_active'],
    [
      '100% sở, ban, ngành, địa phương tuyên truyền về chuyển đổi số trên Cổng/Trang thông tin điện tử',
      'channels_active',
    ],
    ['Các xã có trang fanpage hoặc Zalo OA đăng tin thường xuyên', 'channels_active'],
    ['Tối thiểu 40% các sản phẩm truyền thông về nỗ lực của địa phương', 'outputs_local'],
    ['40% sản phẩm truyền thông phản ánh kết quả, cách làm hay của địa phương', 'outputs_local'],
    [
      'Tối thiểu 10% (2026), 30% (2030) xuất bản phẩm về khoa học, công nghệ trong chương trình đặt hàng',
      'outputs_commissioned',
    ],
    [
      '100% hệ thống thông tin cơ sở đăng, phát lại các sản phẩm truyền thông của Trung ương và địa phương',
      'stations_rebroadcast',
    ],
  ])('reads «%s» as %s', (text, kind) => {
    expect(proposeOutputBinding(text)).toBe(kind);
    expect(proposeIndicatorBinding(text)).toEqual({ kind });
  });

  it('ignores diacritics, tone placement, case and punctuation', () => {
    expect(proposeOutputBinding('100% CƠ QUAN BÁO CHÍ XÂY DỰNG CHUYÊN TRANG')).toBe('channels_active');
    expect(proposeOutputBinding('co quan bao chi xay dung chuyen muc')).toBe('channels_active');
    expect(proposeOutputBinding('Đài truyền thanh phát  lại, tiếp sóng')).toBe('stations_rebroadcast');
    expect(proposeOutputBinding('xuất bản phẩm đặt hàng'.normalize('NFD'))).toBe('outputs_commissioned');
    expect(proposeOutputBinding('Sản phẩm (tin, bài) về thành tựu của địa phương')).toBe('outputs_local');
  });

  it('takes the first measure a target speaks of: a rebroadcast of products is not about local efforts', () => {
    expect(
      proposeOutputBinding('Đài truyền thanh phát lại sản phẩm về nỗ lực của địa phương trên chuyên mục'),
    ).toBe('stations_rebroadcast');
    expect(proposeOutputBinding('Sản phẩm đặt hàng về nỗ lực của địa phương')).toBe('outputs_commissioned');
  });

  it('wants whole words, and products about local efforts in that order', () => {
    // "chuyên trách" is not "chuyên trang"; "địa phương … sản phẩm" is not "sản phẩm … địa phương".
    expect(proposeOutputBinding('Cán bộ chuyên trách truyền thông')).toBeNull();
    expect(proposeOutputBinding('Địa phương có nỗ lực xây dựng sản phẩm OCOP')).toBeNull();
    expect(proposeOutputBinding('Kế hoạch lại được ban hành')).toBeNull();
    expect(proposeOutputBinding('')).toBeNull();
  });
});

describe('proposeIndicatorBinding', () => {
  it('proposes the training records before the register when a target names people', () => {
    expect(
      proposeIndicatorBinding(
        '100% cán bộ chuyên trách làm công tác truyền thông được tập huấn xây dựng chuyên trang',
      ),
    ).toEqual(staffTrained);
  });
});

describe('matchesTopicWords', () => {
  const topics = ['chuyển đổi số', 'KH&CN', '57-NQ/TW'];

  it('ignores diacritics, tone placement and case', () => {
    expect(matchesTopicWords('Tuyên Quang đẩy mạnh CHUYỂN ĐỔI SỐ', topics)).toBe(true);
    expect(matchesTopicWords('Tuyen Quang day manh chuyen doi so', topics)).toBe(true);
    expect(matchesTopicWords('Chuyển đổi số'.normalize('NFD'), topics)).toBe(true);
    expect(matchesTopicWords('Chăm sóc sức khoẻ người cao tuổi', ['sức khỏe'])).toBe(true);
    expect(matchesTopicWords('Hoà An mở lớp Bình dân học vụ số', ['Hòa An'])).toBe(true);
  });

  it('matches a phrase as consecutive whole words', () => {
    expect(matchesTopicWords('Chuyển đổi mô hình số hóa', topics)).toBe(false);
    expect(matchesTopicWords('Số chuyển đổi', ['chuyển đổi số'])).toBe(false);
    expect(matchesTopicWords('Hải Phòng tổ chức hội chợ', ['AI'])).toBe(false);
    expect(matchesTopicWords('Ứng dụng AI trong y tế', ['AI'])).toBe(true);
    expect(matchesTopicWords('Bảo tàng, khoa học', ['tang, khoa'])).toBe(true);
  });

  it('keeps "KH&CN" and "57-NQ/TW" as one word each', () => {
    expect(matchesTopicWords('Hội nghị KH&CN tỉnh năm 2026', topics)).toBe(true);
    expect(matchesTopicWords('Hội nghị (kh&cn), tổng kết', topics)).toBe(true);
    expect(matchesTopicWords('Hội nghị KH và CN tỉnh', topics)).toBe(false);
    expect(matchesTopicWords('Quán triệt Nghị quyết 57-NQ/TW của Bộ Chính trị', topics)).toBe(true);
    expect(matchesTopicWords('Quán triệt Nghị quyết 57 của tỉnh', topics)).toBe(false);
  });

  it('matches any one of the topics, and everything when there are none', () => {
    expect(matchesTopicWords('Một tin về giao thông', ['giao thông', 'y tế'])).toBe(true);
    expect(matchesTopicWords('Một tin về giao thông', topics)).toBe(false);
    expect(matchesTopicWords('Một tin về giao thông', [])).toBe(true);
    expect(matchesTopicWords('Một tin về giao thông', ['', '  ', '—'])).toBe(true);
    expect(matchesTopicWords('', [])).toBe(true);
    expect(matchesTopicWords('', topics)).toBe(false);
  });
});

describe('subjectOverlap', () => {
  it('is the share of the title’s subject words found in the subject', () => {
    // Title: tuyen quang ra mat to cong nghe so dong (9 words); the subject has 7 of them.
    expect(
      subjectOverlap(
        'Tuyên Quang ra mắt Tổ công nghệ số cộng đồng',
        'Ra mắt Tổ công nghệ số cộng đồng tại các xã',
      ),
    ).toBeCloseTo(7 / 9);
    expect(subjectOverlap('Chuyển đổi số', 'Họp báo về chuyển đổi số tỉnh Tuyên Quang')).toBe(1);
    expect(subjectOverlap('Giá lúa tăng', 'Họp báo về chuyển đổi số')).toBe(0);
  });

  it('ignores the common words of administrative writing, and single letters', () => {
    expect(subjectWords('Các xã và phường của tỉnh đã được thông tin')).toEqual(new Set());
    expect(subjectWords('Kế hoạch số 5 về chuyển đổi số')).toEqual(
      new Set(['ke', 'hoach', 'so', 'chuyen', 'doi']),
    );
    const bare = subjectOverlap('Hội thảo chuyển đổi số', 'chuyển đổi số');
    expect(bare).toBeCloseTo(3 / 5);
    expect(subjectOverlap('Hội thảo về chuyển đổi số của các xã, phường', 'chuyển đổi số')).toBe(bare);
    expect(subjectOverlap('Tin của tỉnh và các xã', 'tin của tỉnh và các xã')).toBe(0);
  });

  it('ignores diacritics, tone placement and case, and reads the title’s words, not the subject’s', () => {
    expect(subjectOverlap('CHUYỂN ĐỔI SỐ', 'chuyen doi so')).toBe(1);
    expect(subjectOverlap('Hoà nhập số', 'Hòa nhập số')).toBe(1);
    expect(subjectOverlap('Chuyển đổi số', 'Chuyển đổi số, công nghệ, đổi mới sáng tạo')).toBe(1);
    // chuyen doi so cong nghe moi sang tao: "đổi" once, three of the eight in the subject.
    expect(subjectOverlap('Chuyển đổi số, công nghệ, đổi mới sáng tạo', 'Chuyển đổi số')).toBeCloseTo(3 / 8);
    expect(subjectOverlap('', 'chuyển đổi số')).toBe(0);
  });
});
