import type { AuditAction, AuditEntityType } from '@lantoa/domain/constants';

// The audit screen's names for what the server records: one entry per action and object type of the
// domain's closed lists, so the type checker fails on an action left without its Vietnamese and
// English names (the screen used to show raw codes such as `report.accept`).

const ACTIONS: Record<AuditAction, { vi: string; en: string }> = {
  'auth.sign_in': { vi: 'Đăng nhập', en: 'Sign in' },
  'auth.throttled': {
    vi: 'Nhập sai mật khẩu nhiều lần: các lần thử sau phải chờ',
    en: 'Repeated wrong passwords: further attempts must wait',
  },
  'body.create': { vi: 'Thêm đơn vị', en: 'Add body' },
  'body.update': { vi: 'Cập nhật đơn vị', en: 'Update body' },
  'broadcast.aired': { vi: 'Ghi nhận đã phát bản tin', en: 'Record a bulletin as aired' },
  'bulletin.create': { vi: 'Viết bản tin', en: 'Write a bulletin' },
  'bulletin.synthesise': { vi: 'Tạo giọng đọc bản tin', en: 'Synthesise the bulletin’s speech' },
  'bulletin.update': { vi: 'Sửa bản tin', en: 'Edit a bulletin' },
  'course.attend': { vi: 'Điểm danh người tham dự', en: 'Take attendance' },
  'course.certify': { vi: 'Cấp giấy chứng nhận', en: 'Issue certificates' },
  'course.count': { vi: 'Ghi số người dự hội nghị', en: 'Record a briefing’s attendance count' },
  'course.create': { vi: 'Tạo lớp tập huấn, hội nghị', en: 'Create a course or briefing' },
  'course.nominate': { vi: 'Cử người tham dự', en: 'Nominate participants' },
  'course.update': { vi: 'Sửa lớp tập huấn, hội nghị', en: 'Edit a course or briefing' },
  'course.withdraw': { vi: 'Rút người khỏi danh sách cử', en: 'Withdraw a nomination' },
  'evidence.add': { vi: 'Thêm minh chứng', en: 'Add evidence' },
  'headcount.set': { vi: 'Cập nhật số người theo đối tượng', en: 'Set a head-count' },
  'indicator.bind': {
    vi: 'Gắn chỉ tiêu với dữ liệu tập huấn, quán triệt',
    en: 'Bind an indicator to training and briefing records',
  },
  'indicator.create': { vi: 'Thêm chỉ tiêu', en: 'Add an indicator' },
  'indicator.update': { vi: 'Sửa chỉ tiêu', en: 'Edit an indicator' },
  'library.approve': { vi: 'Duyệt sản phẩm truyền thông', en: 'Approve a library item' },
  'library.reject': { vi: 'Trả lại sản phẩm truyền thông', en: 'Reject a library item' },
  'library.update': { vi: 'Sửa sản phẩm truyền thông', en: 'Edit a library item' },
  'library.upload': { vi: 'Tải lên sản phẩm truyền thông', en: 'Upload a library item' },
  'occurrence.progress': { vi: 'Cập nhật tiến độ nhiệm vụ', en: 'Update task progress' },
  'orgs.import_units': { vi: 'Nhập danh mục đơn vị hành chính', en: 'Import administrative units' },
  'period.create': { vi: 'Thêm kỳ báo cáo', en: 'Add a reporting period' },
  'plan.amend': { vi: 'Sửa đổi kế hoạch', en: 'Amend a plan' },
  'plan.link_parent': { vi: 'Liên kết kế hoạch cấp trên', en: 'Link the parent plan' },
  'plan.publish': { vi: 'Ban hành kế hoạch', en: 'Publish plan' },
  'plan_import.update': { vi: 'Sửa bản nháp kế hoạch', en: 'Edit plan draft' },
  'plan_import.draft': {
    vi: 'Lập dự thảo kế hoạch từ kế hoạch cấp trên',
    en: 'Draft a plan from the plan above',
  },
  'plan_import.upload': { vi: 'Tải lên văn bản kế hoạch', en: 'Upload plan document' },
  'quiz_contest.create': { vi: 'Tạo cuộc thi', en: 'Create a contest' },
  'quiz_contest.exclude': { vi: 'Loại người tổ chức khỏi cuộc thi', en: 'Exclude organisers from a contest' },
  'quiz_contest.publish': { vi: 'Công bố cuộc thi', en: 'Publish a contest' },
  'quiz_question.create': { vi: 'Thêm câu hỏi', en: 'Add a question' },
  'quiz_question.import': { vi: 'Nhập câu hỏi từ Excel', en: 'Import questions from Excel' },
  'quiz_question.update': { vi: 'Sửa câu hỏi', en: 'Edit a question' },
  'quiz_round.results_publish': { vi: 'Công bố kết quả tuần thi', en: 'Publish a round’s results' },
  'report.submit': { vi: 'Gửi báo cáo', en: 'Submit a report' },
  'report.return': { vi: 'Trả lại báo cáo', en: 'Return a report' },
  'report.accept': { vi: 'Tiếp nhận báo cáo', en: 'Accept a report' },
  'report.unlock': { vi: 'Mở khóa báo cáo', en: 'Unlock a report' },
  'report.import_excel': { vi: 'Nhập số liệu báo cáo từ Excel', en: 'Import report figures from Excel' },
  'report.remind': { vi: 'Nhắc nộp báo cáo', en: 'Remind to submit a report' },
  'report.save': { vi: 'Lưu báo cáo', en: 'Save a report' },
  'report.signing': {
    vi: 'Lưu người ký và nơi nhận của báo cáo tổng hợp',
    en: 'Remember the consolidated report’s signer and recipients',
  },
  'roster.add': { vi: 'Thêm người vào danh sách', en: 'Add a person to a roster' },
  'roster.import': { vi: 'Nhập danh sách người từ Excel', en: 'Import a roster from Excel' },
  'roster.update': { vi: 'Sửa thông tin người trong danh sách', en: 'Edit a person on a roster' },
  'station.api_key': { vi: 'Cấp khóa kết nối cho đài', en: 'Issue a station’s connection key' },
  'station.create': { vi: 'Thêm đài truyền thanh', en: 'Add a loudspeaker station' },
  'station.place': { vi: 'Xếp bản tin vào buổi phát', en: 'Place a bulletin in a session' },
  'station.unplace': { vi: 'Bỏ bản tin khỏi buổi phát', en: 'Remove a bulletin from a session' },
  'station.update': { vi: 'Sửa đài truyền thanh', en: 'Edit a loudspeaker station' },
  'task.amend': { vi: 'Sửa nhiệm vụ', en: 'Amend a task' },
  'task.assign': { vi: 'Giao nhiệm vụ cho đơn vị', en: 'Assign the task to bodies' },
  'task.create': { vi: 'Thêm nhiệm vụ', en: 'Add a task' },
  'task.remove': { vi: 'Bỏ nhiệm vụ', en: 'Remove a task' },
  'team.activity': { vi: 'Ghi hoạt động của Tổ công nghệ số', en: 'Log a digital team’s activity' },
  'team.create': { vi: 'Thành lập Tổ công nghệ số cộng đồng', en: 'Set up a community digital team' },
  'team.update': { vi: 'Sửa Tổ công nghệ số cộng đồng', en: 'Edit a community digital team' },
  'user.change_password': { vi: 'Đổi mật khẩu', en: 'Change password' },
  'user.create': { vi: 'Tạo tài khoản', en: 'Create account' },
  'user.reset_password': { vi: 'Đặt lại mật khẩu', en: 'Reset password' },
  'user.update': { vi: 'Cập nhật tài khoản', en: 'Update account' },
};

const ENTITY_TYPES: Record<AuditEntityType, { vi: string; en: string }> = {
  body: { vi: 'Đơn vị', en: 'Body' },
  broadcast_station: { vi: 'Đài truyền thanh', en: 'Loudspeaker station' },
  bulletin: { vi: 'Bản tin', en: 'Bulletin' },
  course: { vi: 'Lớp tập huấn, hội nghị', en: 'Course or briefing' },
  course_participant: { vi: 'Người tham dự', en: 'Participant' },
  digital_team: { vi: 'Tổ công nghệ số cộng đồng', en: 'Community digital team' },
  headcount: { vi: 'Số người theo đối tượng', en: 'Head-count' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  library_item: { vi: 'Sản phẩm truyền thông', en: 'Library item' },
  occurrence: { vi: 'Nhiệm vụ (kỳ thực hiện)', en: 'Task occurrence' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  plan_import: { vi: 'Văn bản kế hoạch nhập vào', en: 'Imported plan document' },
  quiz_contest: { vi: 'Cuộc thi', en: 'Contest' },
  quiz_question: { vi: 'Câu hỏi', en: 'Question' },
  quiz_round: { vi: 'Tuần thi', en: 'Contest round' },
  report: { vi: 'Báo cáo', en: 'Report' },
  reporting_period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  roster_person: { vi: 'Người trong danh sách', en: 'Person on a roster' },
  sign_in: { vi: 'Đăng nhập', en: 'Sign-in' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  user: { vi: 'Tài khoản', en: 'Account' },
};

function keyed<const Prefix extends string, Key extends string>(
  prefix: Prefix,
  table: Record<Key, { vi: string; en: string }>,
  lang: 'vi' | 'en',
): Record<`${Prefix}${Key}`, string> {
  return Object.fromEntries(
    Object.entries<{ vi: string; en: string }>(table).map(([key, names]) => [`${prefix}${key}`, names[lang]]),
  ) as Record<`${Prefix}${Key}`, string>;
}

/** Texts of the audit screen's actions and object types; spread into i18n/vi.ts and en.ts. */
export const auditVi = {
  ...keyed('audit.action.', ACTIONS, 'vi'),
  ...keyed('audit.entity.', ENTITY_TYPES, 'vi'),
};
export const auditEn = {
  ...keyed('audit.action.', ACTIONS, 'en'),
  ...keyed('audit.entity.', ENTITY_TYPES, 'en'),
};
