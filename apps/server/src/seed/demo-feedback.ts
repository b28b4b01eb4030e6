import { type Database, findBodyByCode } from '@lantoa/db';
import { redactPersonalData } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import { answerFeedback } from '../use-cases/feedback/answer-feedback.ts';
import { insertFeedback } from '../use-cases/feedback/insert-feedback.ts';
import { publishFeedback } from '../use-cases/feedback/publish-feedback.ts';
import { routeFeedback } from '../use-cases/feedback/route-feedback.ts';
import { demoFiles } from './demo-files.ts';
import { demoContext } from './demo-plans.ts';

const DAY_MS = 86_400_000;

/**
 * Three items of citizens' feedback sent to Tuyên Quang's public page, in different states: one
 * about the public services portal, answered by the science department and published (the citizen
 * had typed their phone number into the text: the published question shows it removed); one about
 * the commune's free Wi-Fi, routed to Hòa An 18 days ago and not answered (overdue under the
 * default 15 days); one sent yesterday, waiting to be routed. Written through the use cases, as
 * people would (the public form's guard and rate limit are the route's; the item is the same), so
 * every row has its audit entry and notices; the times are those of the story, relative to the day
 * the demo is loaded.
 */
export async function seedDemoFeedback(db: Kysely<Database>) {
  const province = await findBodyByCode(db, '08');
  const commune = await findBodyByCode(db, '02353');
  if (!province || !commune) return;
  const coordinator = await demoContext(db, 'tq.dieuphoi');
  const site = { bodyId: province.id, path: province.path, name: province.name };
  const now = Date.now();
  const ago = (days: number, hours = 0) => new Date(now - days * DAY_MS - hours * 3_600_000);
  const sent = (id: string, at: Date) =>
    // Raw SQL: the schema types keep a row's creation time as written.
    sql`update feedback set created_at = ${at} where id = ${id}`.execute(db);

  const portal = await db.transaction().execute((trx) =>
    insertFeedback(trx, demoFiles(db), site, {
      topic: 'public_services',
      text: 'Tôi nộp hồ sơ cấp đổi giấy phép lái xe trên Cổng dịch vụ công nhưng đến bước thanh toán lệ phí thì hệ thống báo lỗi, đã thử ba lần trong hai ngày. Đề nghị hướng dẫn cách nộp lệ phí trực tuyến. Nếu cần, xin gọi cho tôi: 0912 345 678.',
      place: 'Cổng dịch vụ công tỉnh',
      placeBodyId: null,
      contact: { name: 'Nguyễn Văn Bình', phone: '+84912345678', email: null },
      photo: null,
    }),
  );
  await sent(portal.id, ago(12, 3));
  let step = await routeFeedback(
    coordinator,
    portal.id,
    { handlerBodyId: coordinator.actor.bodyId, version: portal.version },
    ago(11),
  );
  const answer =
    'Cảm ơn ông đã phản ánh. Lỗi thanh toán xảy ra do cổng thanh toán trực tuyến tạm dừng để bảo trì, nay đã khắc phục. Ông đăng nhập lại Cổng dịch vụ công, mở hồ sơ đã nộp và chọn “Thanh toán lệ phí” (qua ngân hàng hoặc ví điện tử). Nếu vẫn gặp lỗi, ông liên hệ bộ phận một cửa của Sở để được hỗ trợ trực tiếp.';
  // The department's answer is written by its coordinator, who communicates for it.
  step = await answerFeedback(coordinator, portal.id, { answer, version: step.version }, ago(8));
  await publishFeedback(
    coordinator,
    portal.id,
    { publicQuestion: redactPersonalData(step.text), publicAnswer: answer, version: step.version },
    ago(7),
  );

  const wifi = await db.transaction().execute((trx) =>
    insertFeedback(trx, demoFiles(db), site, {
      topic: 'digital_transformation',
      text: 'Điểm Wi-Fi miễn phí ở nhà văn hóa thôn Đồng Tâm không truy cập được từ hơn một tháng nay. Bà con đến học “Bình dân học vụ số” phải dùng dữ liệu di động của mình. Đề nghị xã kiểm tra, sửa chữa.',
      place: 'Nhà văn hóa thôn Đồng Tâm',
      placeBodyId: commune.id,
      contact: { name: '', phone: null, email: 'dongtam.hoaan@example.vn' },
      photo: null,
    }),
  );
  await sent(wifi.id, ago(19, 5));
  await routeFeedback(coordinator, wifi.id, { handlerBodyId: commune.id, version: wifi.version }, ago(18));

  const fresh = await db.transaction().execute((trx) =>
    insertFeedback(trx, demoFiles(db), site, {
      topic: 'science_technology',
      text: 'Hợp tác xã chè của chúng tôi muốn thử cảm biến đo độ ẩm đất và tưới tự động. Tỉnh có chương trình hỗ trợ doanh nghiệp, hợp tác xã ứng dụng khoa học công nghệ không, thủ tục đăng ký thế nào?',
      place: 'Hợp tác xã chè Hòa An',
      placeBodyId: commune.id,
      contact: { name: 'Lý Thị Mai', phone: '+84987654321', email: null },
      photo: null,
    }),
  );
  await sent(fresh.id, ago(1, 2));
}
