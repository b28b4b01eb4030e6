import type { PlanDocumentContent } from '../src/index.ts';

/** Hòa An's plan as the server would hand it to the builder: a commune carrying out the province's plan. */
export function samplePlanDocument(overrides: Partial<PlanDocumentContent> = {}): PlanDocumentContent {
  return {
    issuer: { parent: null, name: 'Ủy ban nhân dân xã Hòa An' },
    number: '12/KH-UBND',
    symbol: 'KH-UBND',
    place: 'Hòa An',
    date: '2026-05-27',
    title:
      'Triển khai công tác truyền thông thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn xã Hòa An',
    note: null,
    basis: [
      {
        kind: 'KH',
        number: '178/KH-UBND',
        date: '2026-05-07',
        issuer: 'Ủy ban nhân dân tỉnh Tuyên Quang',
      },
      { kind: 'NQ', number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị' },
    ],
    purposes: [],
    targets: [
      {
        year: 2026,
        comparator: '=',
        value: 100,
        unit: '%',
        text: '100% cán bộ, công chức trên địa bàn xã được tuyên truyền, phổ biến',
      },
      {
        year: 2026,
        comparator: '>=',
        value: 80,
        unit: '%',
        text: '80% hộ gia đình được tiếp cận thông tin qua hệ thống thông tin cơ sở',
      },
      {
        year: 2030,
        comparator: '>=',
        value: 1250,
        unit: 'lượt người',
        text: 'Số lượt người dân tham gia cuộc thi trực tuyến',
      },
    ],
    tasks: [
      {
        ref: 'III.1',
        title: 'Triển khai các chiến dịch truyền thông',
        lead: ['Phòng Văn hóa - Xã hội', 'Trung tâm Dịch vụ công'],
        partners: ['Các thôn', 'Tổ công nghệ số cộng đồng'],
        timeframe: 'Thường xuyên hằng năm; cao điểm vào quý II và quý III',
      },
      {
        ref: 'III.2',
        title: 'Tổ chức cuộc thi trực tuyến tìm hiểu Nghị quyết số 57-NQ/TW',
        lead: ['Phòng Văn hóa - Xã hội'],
        partners: [],
        timeframe: 'Quý III năm 2026',
      },
    ],
    responsibilities: [
      {
        agency: 'Phòng Văn hóa - Xã hội',
        duties: ['Chủ trì, tham mưu tổ chức triển khai Kế hoạch.', 'Theo dõi, tổng hợp kết quả thực hiện.'],
      },
      { agency: 'Trung tâm Dịch vụ công', duties: [] },
    ],
    reporting: [
      {
        from: 'các thôn',
        to: 'Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội)',
        day: 5,
        month: 12,
        recurrence: 'yearly',
        text: 'Các thôn báo cáo kết quả trước ngày 05/12 hằng năm.',
      },
    ],
    recipients: ['Như mục V', 'Lưu: VT'],
    signer: { title: 'Chủ tịch', name: 'Đỗ Văn Hiếu' },
    ...overrides,
  };
}
