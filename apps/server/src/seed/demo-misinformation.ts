import { type Database, findBodyByCode } from '@lantoa/db';
import { addDays, vietnamToday } from '@lantoa/domain';
import { DEFAULT_UPLOAD_LIMITS } from '@lantoa/media';
import { type Kysely, sql } from 'kysely';
import { assignMisinformation } from '../use-cases/misinformation/assign-misinformation.ts';
import { insertCase } from '../use-cases/misinformation/insert-case.ts';
import { reportMisinformation } from '../use-cases/misinformation/report-misinformation.ts';
import { respondToMisinformation } from '../use-cases/misinformation/respond-misinformation.ts';
import { triageMisinformation } from '../use-cases/misinformation/triage-misinformation.ts';
import { demoFiles } from './demo-files.ts';
import { demoContext } from './demo-plans.ts';

const HOUR_MS = 3_600_000;

/**
 * Two reports of false information at Tuyên Quang: one Hòa An's focal point reported five days ago,
 * which the culture department verified and answered with a correction on the public page (no
 * bulletins: they would sit in the stations' programmes of every demo); and one a citizen sent from
 * the public page three hours ago, with contact details, waiting to be assigned. Written through the
 * use cases, as people would, so every row has its audit entry; then their times are moved back to
 * tell the story in days, relative to the day the demo is loaded.
 */
export async function seedDemoMisinformation(db: Kysely<Database>) {
  const province = await findBodyByCode(db, '08');
  if (!province) return;
  const coordinator = await demoContext(db, 'tq.dieuphoi');
  const culture = await demoContext(db, 'tq.vanhoa');
  const focal = await demoContext(db, 'hoaan.daumoi');
  const now = Date.now();
  const ago = (hours: number) => new Date(now - hours * HOUR_MS);

  const answered = await reportMisinformation(
    focal,
    demoFiles(db),
    {
      link: 'https://www.facebook.com/groups/tinnongtuyenquang/posts/1873',
      seenWhere: 'facebook',
      description:
        'Bài đăng trong nhóm “Tin nóng Tuyên Quang” nói từ tháng sau, người không cài ứng dụng định danh điện tử VNeID sẽ không được nhận lương hưu và trợ cấp. Nhiều người cao tuổi ở thôn Đồng Tâm hoang mang, đến hỏi UBND xã.',
    },
    DEFAULT_UPLOAD_LIMITS,
  );
  let step = await assignMisinformation(coordinator, answered.id, { version: 1 });
  step = await triageMisinformation(culture, answered.id, {
    verdict: 'false',
    verification:
      'Đã đối chiếu với Bảo hiểm xã hội tỉnh và Sở Nội vụ: không có quy định nào dừng chi trả lương hưu, trợ cấp vì chưa cài VNeID. Người nhận vẫn nhận tiền mặt hoặc qua tài khoản như hiện nay.',
    version: step.version,
  });
  await respondToMisinformation(culture, answered.id, {
    response: 'Đăng tin cải chính trên trang công khai; đề nghị Facebook gỡ bài viết.',
    correctionTitle: 'Cải chính: Không cài VNeID vẫn được nhận lương hưu, trợ cấp',
    correctionText:
      'Thời gian qua, trên mạng xã hội lan truyền thông tin “từ tháng sau, người không cài ứng dụng VNeID sẽ không được nhận lương hưu và trợ cấp”. Đây là thông tin sai sự thật.\n\nBảo hiểm xã hội tỉnh khẳng định: việc chi trả lương hưu, trợ cấp vẫn thực hiện bằng tiền mặt hoặc qua tài khoản ngân hàng như hiện nay. Ứng dụng VNeID giúp người dân làm thủ tục trực tuyến thuận tiện hơn, không phải điều kiện để nhận chế độ.\n\nĐề nghị bà con không chia sẻ lại bài viết sai; khi cần, hãy hỏi trực tiếp UBND xã hoặc tổ công nghệ số cộng đồng ở thôn.',
    publishCorrection: true,
    platformNotifiedOn: addDays(vietnamToday(), -4),
    platformNote: 'Báo cáo bài viết qua công cụ báo cáo vi phạm của Facebook; nhóm quản trị đã gỡ bài.',
    version: step.version,
  });
  // Raw SQL: the schema types keep a row's creation time as written.
  await sql`update misinformation_reports
    set created_at = ${ago(5 * 24)}, triaged_at = ${ago(4 * 24 + 20)}, correction_published_at = ${ago(4 * 24)}
    where id = ${answered.id}`.execute(db);

  // From the public page: the page's form guard and rate limit are the route's; the case is the same.
  const fresh = await db.transaction().execute((trx) =>
    insertCase(trx, demoFiles(db), {
      siteId: province.id,
      reporter: null,
      report: {
        link: 'https://www.tiktok.com/@tinnong24h/video/7400000000000000001',
        seenWhere: 'tiktok',
        description:
          'Video nói tỉnh sẽ thu hồi đất của các hộ dọc quốc lộ để xây trung tâm dữ liệu, ai không ký đồng ý trước cuối tuần sẽ mất quyền bồi thường.',
        contact: { name: 'Trần Thị Hoa', phone: '+84912000111', email: null },
      },
      screenshot: null,
    }),
  );
  await sql`update misinformation_reports set created_at = ${ago(3)} where id = ${fresh.id}`.execute(db);
}
