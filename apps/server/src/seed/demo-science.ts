import { type Database, findBodyByCode } from '@lantoa/db';
import { addDays, proposeScienceBinding, vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { bindIndicator } from '../use-cases/reports/bind-indicator.ts';
import { createScienceTask } from '../use-cases/science-tasks/create-science-task.ts';
import { publishScienceTask } from '../use-cases/science-tasks/publish-science-task.ts';
import type { ScienceTaskFields } from '../use-cases/science-tasks/science-task-columns.ts';
import { demoContext, firstDemoPlanOf } from './demo-plans.ts';

/** A demo task, its start and end in days from the day the demo is loaded, and whether it is disclosed. */
interface DemoTask extends Omit<ScienceTaskFields, 'startsOn' | 'endsOn'> {
  startsIn: number;
  endsIn: number;
  publish: boolean;
}

// The department's registry: agriculture, digital transformation and health, as Tuyên Quang's
// lists run. Four are disclosed, one waits for its summary, one is a state secret (never public).
const TASKS: DemoTask[] = [
  {
    code: 'ĐTTQ.2024.03',
    title: 'Ứng dụng công nghệ sinh học trong nhân giống và thâm canh cam sành Hàm Yên theo hướng hữu cơ',
    level: 'province',
    hostOrganisation: 'Trường Đại học Tân Trào',
    leadScientist: 'TS. Nguyễn Thị Thu Hà',
    budgetVnd: 1_250_000_000,
    startsIn: -540,
    endsIn: 190,
    status: 'in_progress',
    results:
      'Đã tuyển chọn 12 cây cam sành đầu dòng sạch bệnh; xây dựng vườn ươm 5.000 cây giống tại xã Bạch Xa.',
    summary:
      'Nhiệm vụ giúp nông dân Hàm Yên có cây giống cam sành khỏe, sạch bệnh và cách chăm sóc theo hướng hữu cơ. Vườn cam dùng ít phân bón hóa học hơn, quả đẹp hơn và bán được giá cao hơn. Bà con có thể đến vườn ươm tại xã Bạch Xa để tham quan và đăng ký mua cây giống.',
    isSecret: false,
    publish: true,
  },
  {
    code: 'ĐTTQ.2023.07',
    title: 'Xây dựng bản đồ số nông sản chủ lực phục vụ truy xuất nguồn gốc trên địa bàn tỉnh Tuyên Quang',
    level: 'province',
    hostOrganisation: 'Trung tâm Công nghệ thông tin và Truyền thông tỉnh Tuyên Quang',
    leadScientist: 'ThS. Hoàng Văn Minh',
    budgetVnd: 980_000_000,
    startsIn: -900,
    endsIn: -120,
    status: 'accepted',
    results:
      'Bản đồ số 8 nông sản chủ lực của tỉnh với 1.240 vùng trồng được cấp mã; 35 hợp tác xã đã in tem truy xuất nguồn gốc bằng mã QR.',
    summary:
      'Mỗi vùng trồng chè, cam, bưởi, mía của tỉnh có một mã số riêng trên bản đồ số. Người mua chỉ cần quét mã QR trên tem để biết sản phẩm được trồng ở đâu, ai sản xuất. Nhờ vậy nông sản Tuyên Quang dễ vào siêu thị và xuất khẩu hơn.',
    isSecret: false,
    publish: true,
  },
  {
    code: 'ĐTTQ.2024.05',
    title:
      'Nghiên cứu ứng dụng trí tuệ nhân tạo hỗ trợ sàng lọc bệnh võng mạc đái tháo đường tại Bệnh viện Đa khoa tỉnh Tuyên Quang',
    level: 'province',
    hostOrganisation: 'Bệnh viện Đa khoa tỉnh Tuyên Quang',
    leadScientist: 'BSCKII. Trần Quốc Dũng',
    budgetVnd: 1_600_000_000,
    startsIn: -600,
    endsIn: -30,
    status: 'applied',
    results:
      'Phần mềm đọc ảnh đáy mắt đạt độ nhạy 92%; đã sàng lọc cho 3.100 người bệnh đái tháo đường, phát hiện sớm 410 trường hợp cần điều trị.',
    summary:
      'Người bị bệnh tiểu đường có thể bị hỏng mắt mà không biết. Bệnh viện dùng máy chụp ảnh đáy mắt và phần mềm trí tuệ nhân tạo để phát hiện sớm bệnh, chỉ mất vài phút, không đau. Người bệnh tiểu đường nên khám mắt mỗi năm một lần.',
    isSecret: false,
    publish: true,
  },
  {
    code: 'ĐTTQ.2025.02',
    title: 'Phục tráng và phát triển giống chè Shan tuyết Na Hang gắn với chỉ dẫn địa lý',
    level: 'province',
    hostOrganisation: 'Viện Khoa học Kỹ thuật Nông Lâm nghiệp miền núi phía Bắc',
    leadScientist: 'PGS.TS. Đỗ Văn Ngọc',
    budgetVnd: 1_450_000_000,
    startsIn: -200,
    endsIn: 530,
    status: 'in_progress',
    results: '',
    summary:
      'Nhiệm vụ chọn lại những cây chè Shan tuyết cổ tốt nhất ở Na Hang để nhân giống, giúp bà con trồng mới và chăm sóc đúng cách. Chè Na Hang sẽ được bảo hộ chỉ dẫn địa lý, giữ được tên tuổi và giá bán.',
    isSecret: false,
    publish: true,
  },
  {
    code: 'ĐTCS.2025.11',
    title: 'Chuyển đổi số quản lý hồ sơ sức khỏe người dân tại trạm y tế xã Hòa An',
    level: 'grassroots',
    hostOrganisation: 'Trung tâm Y tế khu vực Chiêm Hóa',
    leadScientist: 'BS. Ma Thị Lan',
    budgetVnd: 280_000_000,
    startsIn: -60,
    endsIn: 300,
    status: 'approved',
    results: '',
    summary: '',
    isSecret: false,
    publish: false,
  },
  {
    code: 'ĐTTQ.2025.09',
    title: 'Giải pháp bảo đảm an toàn hệ thống thông tin phục vụ chỉ đạo, điều hành của tỉnh',
    level: 'province',
    hostOrganisation: 'Công an tỉnh Tuyên Quang',
    leadScientist: 'Thượng tá Nông Văn Khải',
    budgetVnd: 2_100_000_000,
    startsIn: -150,
    endsIn: 400,
    status: 'in_progress',
    results: '',
    summary: '',
    isSecret: true,
    publish: false,
  },
];

/**
 * The S&T department's registry in the demo (tq.dieuphoi keeps it): six state-funded tasks, four
 * disclosed on Tuyên Quang's public pages, one awaiting its plain-language summary, one a state
 * secret; and the province plan's "100% nhiệm vụ khoa học và công nghệ … được truyền thông, phổ
 * biến" target measures itself from the registry (4 of the 5 non-secret tasks). Written through
 * the use cases, as the department would, so every row has its audit entry; dates follow the day
 * the demo is loaded.
 */
export async function seedDemoScience(db: Kysely<Database>) {
  const coordinator = await demoContext(db, 'tq.dieuphoi');
  const province = await findBodyByCode(db, '08');
  if (!province) return;
  const department = coordinator.actor.bodyId;
  const today = vietnamToday();
  for (const { startsIn, endsIn, publish, ...task } of TASKS) {
    const created = await createScienceTask(coordinator, department, {
      ...task,
      startsOn: addDays(today, startsIn),
      endsOn: addDays(today, endsIn),
    });
    if (publish) await publishScienceTask(coordinator, created.id, { version: created.version });
  }

  const plan = await firstDemoPlanOf(db, province.id);
  if (!plan) return;
  const indicators = await db
    .selectFrom('indicators')
    .select(['id', 'version', 'target_text', 'name'])
    .where('plan_id', '=', plan.id)
    .where('source', '=', 'reported')
    .where('measure', '=', 'ratio')
    .execute();
  for (const indicator of indicators) {
    const kind = proposeScienceBinding(indicator.target_text ?? indicator.name);
    if (!kind) continue;
    await bindIndicator(coordinator, indicator.id, { binding: { kind }, version: indicator.version });
  }
}
