import type { Database } from '@lantoa/db';
import { addDays, vietnamToday } from '@lantoa/domain';
import { DEFAULT_UPLOAD_LIMITS } from '@lantoa/media';
import { type Kysely, sql } from 'kysely';
import { loadPublicSite } from '../use-cases/public-site/load-public-site.ts';
import { closeScienceProblem } from '../use-cases/science-problems/close-science-problem.ts';
import { createScienceProblem } from '../use-cases/science-problems/create-science-problem.ts';
import { listScienceProposals } from '../use-cases/science-problems/list-science-proposals.ts';
import { publishScienceProblem } from '../use-cases/science-problems/publish-science-problem.ts';
import { reviewScienceProposal } from '../use-cases/science-problems/review-science-proposal.ts';
import type { ScienceProblemFields } from '../use-cases/science-problems/science-problem-input.ts';
import { acceptScienceProposal } from '../use-cases/science-problems/submit-science-proposal.ts';
import { demoFiles } from './demo-files.ts';
import { demoContext } from './demo-plans.ts';

const DAY_MS = 86_400_000;

/** A sender as the public form gives one (fictional people and addresses). */
interface DemoSender {
  organisation: string;
  contact_name: string;
  email?: string;
  phone?: string;
  summary: string;
}

const ORANGE: Omit<ScienceProblemFields, 'deadline'> = {
  title: 'Truy xuất nguồn gốc cam sành Hàm Yên và cam Hà Giang bằng mã QR trên điện thoại',
  holder: 'Hợp tác xã Nông nghiệp Cam sành Hàm Yên và các hộ trồng cam vùng Bắc Quang',
  needs:
    'Cam sành Hàm Yên và cam Hà Giang đã có chỉ dẫn địa lý nhưng bị trà trộn cam nơi khác khi vào vụ. Hợp tác xã cần một giải pháp: gắn mã QR cho từng lô cam khi thu hoạch; ghi nhật ký canh tác (bón phân, phun thuốc, thu hái) ngay trên điện thoại, kể cả khi vườn không có sóng; người mua quét mã để xem vườn, ngày thu hoạch và chứng nhận.\nGiải pháp cần dễ dùng với người lớn tuổi, chi phí mỗi hộ thấp, dữ liệu thuộc về hợp tác xã.',
  expected:
    'Phần mềm và quy trình áp dụng thử cho ít nhất 100 hộ trong vụ cam 2026–2027; hướng dẫn sử dụng bằng tiếng Việt; chi phí vận hành hằng năm dự kiến.',
};

const LANDSLIDE: Omit<ScienceProblemFields, 'deadline'> = {
  title: 'Cảnh báo sớm sạt lở đất và lũ quét cho các xã vùng cao',
  holder: 'Ủy ban nhân dân các xã vùng cao Mèo Vạc, Đồng Văn, Lâm Bình',
  needs:
    'Mùa mưa năm nào các xã vùng cao cũng có điểm sạt lở uy hiếp nhà dân và đường liên thôn. Cần hệ thống quan trắc (lượng mưa, độ ẩm đất, dịch chuyển sườn dốc) tại các điểm nguy cơ cao, tự động cảnh báo cho Ban chỉ huy phòng thủ dân sự xã và phát qua loa truyền thanh thôn, tin nhắn điện thoại tới người dân trong vùng nguy hiểm.\nThiết bị phải chạy bằng năng lượng mặt trời, chịu được sương muối và hoạt động khi mất sóng di động.',
  expected:
    'Mô hình thử nghiệm tại 5 điểm nguy cơ cao; ngưỡng cảnh báo được hiệu chỉnh theo số liệu địa phương; quy trình vận hành giao cho xã.',
};

const TEA: Omit<ScienceProblemFields, 'deadline'> = {
  title: 'Bảo quản và chế biến sâu chè Shan tuyết Chiêm Hóa, Na Hang',
  holder: 'Hợp tác xã chè Shan tuyết Chiêm Hóa',
  needs:
    'Chè Shan tuyết cổ thụ thu hái vào vụ xuân bị xuống màu và mất hương sau vài tháng bảo quản; sản phẩm chủ yếu bán dạng chè búp khô, giá trị thấp. Cần quy trình bảo quản và dòng sản phẩm chế biến sâu (chè xanh cao cấp, hồng trà, trà túi lọc) phù hợp quy mô hợp tác xã.',
  expected: 'Quy trình công nghệ, thiết bị phù hợp và ba sản phẩm mẫu đạt tiêu chuẩn công bố chất lượng.',
};

/**
 * The department's problems for scientists on Tuyên Quang's public page: two open (orange
 * traceability with two proposals, one shortlisted; landslide early warning, published two days
 * ago, with one), and one closed last month with its outcome (Shan tuyết tea: one proposal
 * selected, one not). Written through the use cases, as the department and the senders would (the
 * public form's guard and rate limit are the route's; the proposal is the same), so every row has
 * its audit entry; the dates of the story follow the day the demo is loaded.
 */
export async function seedDemoProblems(db: Kysely<Database>) {
  const coordinator = await demoContext(db, 'tq.dieuphoi');
  const site = await loadPublicSite(db, '08').catch(() => null);
  if (!site) return;
  const department = coordinator.actor.bodyId;
  // Loaded once: the story's first problem already there means the rest is too.
  const already = await db
    .selectFrom('science_problems')
    .select('id')
    .where('body_id', '=', department)
    .where('title', '=', ORANGE.title)
    .executeTakeFirst();
  if (already) return;
  const today = vietnamToday();
  const now = Date.now();
  const ago = (days: number) => new Date(now - days * DAY_MS);

  const publish = async (fields: ScienceProblemFields) => {
    const { id } = await createScienceProblem(coordinator, department, fields);
    await publishScienceProblem(coordinator, id, { version: 1 }, '');
    return id;
  };
  const send = (problemId: string, sender: DemoSender) =>
    acceptScienceProposal(db, demoFiles(db), {
      site,
      problemId,
      form: { ...sender, consent: '1' },
      files: [],
      limits: DEFAULT_UPLOAD_LIMITS,
    });
  // Raw SQL: the schema types keep a row's creation and publication times as written.
  const dated = (problemId: string, publishedAt: Date) =>
    sql`update science_problems set created_at = ${new Date(publishedAt.getTime() - 2 * DAY_MS)},
      published_at = ${publishedAt} where id = ${problemId}`.execute(db);
  const received = (code: string, at: Date) =>
    sql`update science_proposals set created_at = ${at} where code = ${code}`.execute(db);

  const orange = await publish({ ...ORANGE, deadline: addDays(today, 30) });
  await dated(orange, ago(6));
  const institute = await send(orange, {
    organisation: 'Viện Nghiên cứu Rau quả',
    contact_name: 'TS. Phạm Thị Hồng Nhung',
    email: 'nhung.pham@vidu.vn',
    phone: '0983 214 657',
    summary:
      'Viện đã triển khai truy xuất nguồn gốc bằng mã QR cho bưởi Đoan Hùng và vải Lục Ngạn. Đề xuất điều chỉnh cho cam: nhật ký canh tác ghi ngoại tuyến, đồng bộ khi có sóng; tem QR in theo lô tại điểm thu mua của hợp tác xã. Thời gian 12 tháng.',
  });
  const company = await send(orange, {
    organisation: 'Công ty TNHH Giải pháp Nông nghiệp số Tuyên Quang',
    contact_name: 'Nguyễn Đức Long',
    phone: '0207 3822 468',
    summary:
      'Công ty có ứng dụng nhật ký điện tử đang dùng cho chè tại Yên Sơn, có thể mở rộng cho cam trong 3 tháng; chi phí mỗi hộ dưới 200.000 đồng một năm.',
  });
  await received(institute.code, ago(4));
  await received(company.code, ago(1));
  const [first] = (await listScienceProposals(coordinator, orange)).items;
  if (first) {
    await reviewScienceProposal(coordinator, first.id, {
      status: 'shortlisted',
      note: 'Đã có mô hình chạy thực tế; mời trình bày tại hội đồng tư vấn tháng tới.',
      version: first.version,
    });
  }

  const landslide = await publish({ ...LANDSLIDE, deadline: addDays(today, 45) });
  await dated(landslide, ago(2));
  const warning = await send(landslide, {
    organisation: 'Trường Đại học Tân Trào',
    contact_name: 'PGS.TS. Hoàng Văn Sơn',
    email: 'hoang.son@vidu.vn',
    summary:
      'Nhóm nghiên cứu đề xuất trạm quan trắc chi phí thấp (cảm biến độ ẩm đất, đo mưa, nghiêng kế) kết nối LoRa về trung tâm xã, cảnh báo qua loa truyền thanh thôn và tin nhắn. Có thể lắp thử 5 điểm trong mùa mưa 2027.',
  });
  await received(warning.code, ago(1));

  // Published and answered while open, then closed: its dates moved back to last month's story.
  const tea = await publish({ ...TEA, deadline: today });
  const teaInstitute = await send(tea, {
    organisation: 'Viện Khoa học Kỹ thuật Nông lâm nghiệp miền núi phía Bắc',
    contact_name: 'TS. Lê Thị Thu Hằng',
    email: 'thuhang.le@vidu.vn',
    summary:
      'Quy trình héo, diệt men và bảo quản trong bao bì hút chân không có khí trơ; dây chuyền hồng trà quy mô 200 kg búp tươi một ngày; ba sản phẩm mẫu trong 18 tháng.',
  });
  const teaMaker = await send(tea, {
    organisation: '',
    contact_name: 'Trần Minh Quân',
    phone: '0968 517 302',
    summary: 'Cá nhân có kinh nghiệm làm trà túi lọc thủ công, đề xuất hướng dẫn hộ dân sản xuất tại nhà.',
  });
  const teaProposals = (await listScienceProposals(coordinator, tea)).items;
  const selected = teaProposals.find((p) => p.code === teaInstitute.code);
  const problem = await db
    .selectFrom('science_problems')
    .select('version')
    .where('id', '=', tea)
    .executeTakeFirstOrThrow();
  await closeScienceProblem(
    coordinator,
    tea,
    {
      version: problem.version,
      outcome:
        'Sau khi Hội đồng tư vấn xem xét hai đề xuất, Sở Khoa học và Công nghệ lựa chọn đề xuất của Viện Khoa học Kỹ thuật Nông lâm nghiệp miền núi phía Bắc để xây dựng nhiệm vụ khoa học và công nghệ cấp tỉnh, thực hiện từ năm 2027. Cảm ơn các nhà khoa học và người dân đã gửi đề xuất.',
      selectedProposalIds: selected ? [selected.id] : [],
    },
    '',
  );
  await dated(tea, ago(60));
  await sql`update science_problems set deadline = ${addDays(today, -30)} where id = ${tea}`.execute(db);
  await received(teaInstitute.code, ago(45));
  await received(teaMaker.code, ago(38));
  await sql`update science_proposals set reviewed_at = ${ago(20)}
    where code in (${teaInstitute.code}, ${teaMaker.code})`.execute(db);
}
