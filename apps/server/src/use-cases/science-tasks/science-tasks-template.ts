import {
  SCIENCE_TASK_LEVEL_NAMES,
  SCIENCE_TASK_STATUS_NAMES,
  type ScienceTaskLevel,
  type ScienceTaskStatus,
} from '@lantoa/domain';
import { sheetTemplate } from '../shared/sheet-template.ts';
import { closedList } from '../training/import-sheet.ts';

// The Excel template of the S&T task registry (the department's list): written by
// scienceTasksTemplate, read back by importScienceTasks. Its headers are found by name, so a list
// the department already keeps with these columns imports as it is.

export const SCIENCE_TASKS_SHEET = 'Nhiệm vụ KH&CN';
export const LISTS_SHEET = 'Danh mục';

/**
 * The budget's unit: millions of đồng, as the departments' lists and the budget decisions write it
 * ("Kinh phí NSNN (triệu đồng)"). A list kept in đồng imports too, under a header that says so.
 */
export const BUDGET_HEADER = 'Kinh phí NSNN (triệu đồng)';

/** Each field's header in the template, then the other spellings people use for it. */
const TEMPLATE_HEADERS = {
  code: ['Mã nhiệm vụ', 'Mã', 'Mã số', 'Mã số nhiệm vụ', 'Mã đề tài', 'Số hiệu'],
  title: ['Tên nhiệm vụ', 'Tên đề tài', 'Tên nhiệm vụ KH&CN', 'Tên đề tài, dự án', 'Tên đề tài/dự án'],
  level: ['Cấp quản lý', 'Cấp', 'Cấp nhiệm vụ', 'Cấp quản lý nhiệm vụ'],
  hostOrganisation: ['Tổ chức chủ trì', 'Cơ quan chủ trì', 'Đơn vị chủ trì', 'Tổ chức chủ trì nhiệm vụ'],
  leadScientist: ['Chủ nhiệm', 'Chủ nhiệm nhiệm vụ', 'Chủ nhiệm đề tài', 'Chủ nhiệm đề tài, dự án'],
  budgetMillions: [
    BUDGET_HEADER,
    'Kinh phí NSNN',
    'Kinh phí (triệu đồng)',
    'Kinh phí từ NSNN (triệu đồng)',
    'Kinh phí ngân sách nhà nước (triệu đồng)',
    'Kinh phí',
  ],
  startsOn: ['Bắt đầu', 'Ngày bắt đầu', 'Thời gian bắt đầu', 'Từ ngày'],
  endsOn: ['Kết thúc', 'Ngày kết thúc', 'Thời gian kết thúc', 'Đến ngày'],
  status: ['Tình trạng', 'Trạng thái', 'Tình hình thực hiện'],
  results: ['Kết quả', 'Kết quả chính', 'Kết quả, sản phẩm', 'Sản phẩm, kết quả'],
  summary: ['Tóm tắt dễ hiểu', 'Tóm tắt', 'Tóm tắt cho người dân', 'Mô tả ngắn'],
  secret: ['Mật (Có/Không)', 'Mật', 'Bí mật nhà nước', 'Thuộc bí mật nhà nước', 'Nhiệm vụ mật'],
} as const;

/** What the import reads: the template's columns, and a budget kept in đồng by some lists. */
export const SCIENCE_TASK_HEADERS = {
  ...TEMPLATE_HEADERS,
  budgetVnd: ['Kinh phí NSNN (đồng)', 'Kinh phí (đồng)', 'Kinh phí ngân sách nhà nước (đồng)'],
} as const;
export type ScienceTaskField = keyof typeof SCIENCE_TASK_HEADERS;

/** What people write for a level besides its name in SCIENCE_TASK_LEVEL_NAMES. */
const LEVEL_VARIANTS: Record<ScienceTaskLevel, readonly string[]> = {
  national: ['Quốc gia', 'Nhà nước', 'Cấp nhà nước', 'Cấp Trung ương', 'Trung ương'],
  ministry: ['Bộ', 'Cấp bộ, ngành', 'Bộ, ngành'],
  province: ['Tỉnh', 'Cấp tỉnh, thành phố'],
  grassroots: ['Cơ sở', 'Cấp huyện', 'Cấp xã'],
};

/** What people write for a status besides its name in SCIENCE_TASK_STATUS_NAMES. */
const STATUS_VARIANTS: Record<ScienceTaskStatus, readonly string[]> = {
  approved: ['Phê duyệt', 'Đã duyệt', 'Mới phê duyệt', 'Chưa triển khai'],
  in_progress: ['Đang triển khai', 'Đang thực hiện', 'Đang làm', 'Triển khai'],
  accepted: ['Nghiệm thu', 'Đã nghiệm thu cấp tỉnh', 'Hoàn thành', 'Đã hoàn thành'],
  applied: [
    'Đã chuyển giao',
    'Đã ứng dụng',
    'Chuyển giao',
    'Ứng dụng',
    'Đã chuyển giao ứng dụng',
    'Đã chuyển giao, ứng dụng kết quả',
  ],
  stopped: ['Dừng', 'Đã dừng', 'Tạm dừng', 'Hủy', 'Đình chỉ', 'Chấm dứt'],
};

/** The levels, as a cell names them ("Cấp tỉnh", "tinh"…). */
export const LEVEL_LIST = closedList(SCIENCE_TASK_LEVEL_NAMES, LEVEL_VARIANTS, {
  what: 'cấp quản lý',
  sheet: LISTS_SHEET,
});
/** The statuses, as a cell names them ("Đang thực hiện", "nghiem thu"…). */
export const STATUS_LIST = closedList(SCIENCE_TASK_STATUS_NAMES, STATUS_VARIANTS, {
  what: 'tình trạng',
  sheet: LISTS_SHEET,
});

/**
 * The empty template: the headers on the first sheet (days as text dd/mm/yyyy; the budget in
 * millions of đồng, its header says so; level and status from drop-downs of the second sheet, which
 * lists their names; the secret flag from Có/Không).
 */
export const scienceTasksTemplate = () =>
  sheetTemplate(SCIENCE_TASKS_SHEET, TEMPLATE_HEADERS, {
    code: { width: 16, asText: true },
    title: { width: 52 },
    level: { width: 16, list: LEVEL_LIST },
    hostOrganisation: { width: 32 },
    leadScientist: { width: 24 },
    budgetMillions: { width: 18 },
    startsOn: { width: 14, asText: true },
    endsOn: { width: 14, asText: true },
    status: { width: 24, list: STATUS_LIST },
    results: { width: 40 },
    summary: { width: 52 },
    secret: { width: 14, yesNo: true },
  });
