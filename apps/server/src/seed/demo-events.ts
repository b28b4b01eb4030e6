import { type Database, findBodyByCode } from '@lantoa/db';
import { addDays, keyDayDate, vietnamToday } from '@lantoa/domain';
import { DEFAULT_UPLOAD_LIMITS, makeThumbnail } from '@lantoa/media';
import type { Kysely } from 'kysely';
import { addEventModel } from '../use-cases/events/add-event-model.ts';
import { answerInvitation } from '../use-cases/events/answer-invitation.ts';
import { createEvent } from '../use-cases/events/create-event.ts';
import { holdEvent } from '../use-cases/events/hold-event.ts';
import { inviteBodies } from '../use-cases/events/invite-bodies.ts';
import { recordEventCount } from '../use-cases/events/record-event-count.ts';
import { scheduleKeyDay } from '../use-cases/events/schedule-key-day.ts';
import { demoFiles } from './demo-files.ts';
import { demoContext, firstDemoPlanOf } from './demo-plans.ts';

// A stand of the "smart village" model drawn without text (no font is needed to rasterise it): a
// village under green hills, a community digital team's booth, a phone with a QR code.
const MODEL_PICTURE = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="640" viewBox="0 0 960 640">
  <rect width="960" height="640" fill="#dff1f7"/>
  <circle cx="810" cy="110" r="60" fill="#f7c948"/>
  <path d="M0 420 C160 300 320 300 480 400 C640 300 800 300 960 420 V640 H0 Z" fill="#4f9d55"/>
  <path d="M0 500 C200 430 380 450 560 520 C720 470 860 470 960 500 V640 H0 Z" fill="#2f7a3d"/>
  <rect x="140" y="360" width="180" height="130" fill="#f4e3c1"/>
  <path d="M120 370 L230 290 L340 370 Z" fill="#b5483b"/>
  <rect x="210" y="420" width="40" height="70" fill="#7a4b2a"/>
  <rect x="420" y="330" width="260" height="170" rx="10" fill="#ffffff" stroke="#1f5f99" stroke-width="8"/>
  <rect x="440" y="350" width="220" height="30" fill="#1f5f99"/>
  <rect x="720" y="300" width="120" height="210" rx="18" fill="#22313f"/>
  <rect x="735" y="325" width="90" height="150" fill="#ffffff"/>
  <g fill="#22313f">
    <rect x="745" y="335" width="24" height="24"/><rect x="791" y="335" width="24" height="24"/>
    <rect x="745" y="381" width="24" height="24"/><rect x="775" y="365" width="10" height="10"/>
    <rect x="795" y="385" width="12" height="12"/><rect x="760" y="420" width="14" height="14"/>
    <rect x="790" y="430" width="20" height="20"/>
  </g>
</svg>`;

/** The model's photo: the drawing rasterised as a phone would send a picture (webp), or null without sharp. */
async function modelPhoto() {
  const picture = await makeThumbnail(
    new TextEncoder().encode(MODEL_PICTURE),
    'image',
    'image/svg+xml',
  ).catch(() => null);
  return picture
    ? { name: 'mo-hinh-thon-thong-minh.webp', mediaType: picture.mediaType, bytes: picture.bytes }
    : null;
}

/**
 * The events of the demo: the province's conference for Vietnam Science and Technology Day (18/5) of
 * the year the demo is loaded in — of the year before when loaded before the day, since it is held —
 * with Hòa An invited (it confirmed and its officials were counted) and Hòa An's own event under it,
 * held with its people counted and its "smart village" model showcased; the calendar asked every
 * commune of the province to hold its own, so the others have their shells (overdue until they
 * record theirs). The National Innovation Day festival is left for the people to create. Written
 * through the use cases, as the people would, so every row has its audit entry.
 */
export async function seedDemoEvents(db: Kysely<Database>): Promise<void> {
  const coordinator = await demoContext(db, 'tq.dieuphoi');
  const focal = await demoContext(db, 'hoaan.daumoi');
  const province = await findBodyByCode(db, '08');
  const commune = await findBodyByCode(db, '02353');
  if (!province || !commune) return;
  const today = vietnamToday();
  const thisYear = Number(today.slice(0, 4));
  const year = today >= keyDayDate('science_day', thisYear) ? thisYear : thisYear - 1;
  const day = keyDayDate('science_day', year);
  const at = (time: string) => new Date(`${day}T${time}:00+07:00`);

  // The task of the province's plan the conference carries out ("Tổ chức hội nghị, hội thảo").
  const plan = await firstDemoPlanOf(db, province.id);
  const task = plan
    ? await db
        .selectFrom('tasks')
        .select('id')
        .where('plan_id', '=', plan.id)
        .where('title', 'like', '%hội nghị, hội thảo%')
        .orderBy('ref')
        .executeTakeFirst()
    : undefined;
  const departments = await db
    .selectFrom('bodies')
    .select('id')
    .where('parent_id', '=', province.id)
    .where('name', 'in', ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Giáo dục và Đào tạo'])
    .execute();

  const conference = await createEvent(coordinator, province.id, {
    kind: 'conference',
    title: `Hội nghị kỷ niệm Ngày Khoa học và Công nghệ Việt Nam 18/5/${year}`,
    keyDay: 'science_day',
    startsOn: day,
    endsOn: day,
    place: 'Hội trường Trung tâm Hội nghị tỉnh Tuyên Quang',
    programme: [
      '08:00 – Đón tiếp đại biểu, tham quan khu trưng bày mô hình, sản phẩm khoa học và công nghệ.',
      '08:30 – Khai mạc; báo cáo kết quả hoạt động khoa học, công nghệ và đổi mới sáng tạo của tỉnh.',
      '09:30 – Tham luận của các sở, ngành, xã và doanh nghiệp.',
      '10:45 – Biểu dương tổ chức, cá nhân tiêu biểu; bế mạc.',
    ].join('\n'),
    taskId: task?.id ?? null,
  });
  // Invited three weeks before the day, answered a few days later.
  await inviteBodies(
    coordinator,
    conference.id,
    { bodyIds: [commune.id, ...departments.map((d) => d.id)] },
    new Date(`${addDays(day, -21)}T09:00:00+07:00`),
  );
  await answerInvitation(
    focal,
    conference.id,
    commune.id,
    { response: 'confirmed', attendeesExpected: 15 },
    new Date(`${addDays(day, -17)}T15:20:00+07:00`),
  );

  // Hòa An's own event for the day, before the calendar asks: it hangs under the province's.
  const own = await createEvent(focal, commune.id, {
    kind: 'exhibition',
    title: `Xã Hòa An hưởng ứng Ngày Khoa học và Công nghệ Việt Nam 18/5/${year}`,
    keyDay: 'science_day',
    startsOn: day,
    endsOn: day,
    place: 'Nhà văn hóa xã Hòa An',
    programme:
      'Trưng bày mô hình "Thôn thông minh" của Tổ công nghệ số cộng đồng; hướng dẫn người dân dùng dịch vụ công trực tuyến.',
    taskId: null,
  });
  await scheduleKeyDay(coordinator, province.id, { year, keyDay: 'science_day', kinds: ['commune'] });

  const team = await db
    .selectFrom('bodies as team')
    .innerJoin('bodies as village', 'village.id', 'team.parent_id')
    .select('team.id')
    .where('team.kind', '=', 'digital_team')
    .where('village.name', '=', 'Thôn Đồng Tâm')
    .where('team.path', 'like', `${commune.path}%`)
    .executeTakeFirst();
  await addEventModel(
    focal,
    demoFiles(db),
    own.id,
    {
      title: 'Mô hình "Thôn thông minh" – Thôn Đồng Tâm',
      presenterKind: team ? 'body' : 'other',
      presenterBodyId: team?.id ?? null,
      presenterName: team ? '' : 'Tổ công nghệ số cộng đồng Thôn Đồng Tâm',
      description:
        'Loa thông minh, camera an ninh và mã QR tại nhà văn hóa thôn; tổ công nghệ số hướng dẫn bà con cài VNeID và thanh toán không dùng tiền mặt.',
    },
    await modelPhoto(),
    DEFAULT_UPLOAD_LIMITS,
  );
  for (const [audience, attended] of [
    ['citizens', 120],
    ['digital_team', 12],
  ] as const) {
    await recordEventCount(focal, own.id, { bodyId: commune.id, audience, attended }, at('16:00'));
  }
  await holdEvent(
    focal,
    own.id,
    {
      version: (
        await db.selectFrom('events').select('version').where('id', '=', own.id).executeTakeFirstOrThrow()
      ).version,
      resultsNote: '120 người dân tham quan; 35 người được hướng dẫn cài đặt VNeID mức 2.',
    },
    at('17:00'),
  );

  await recordEventCount(
    coordinator,
    conference.id,
    { bodyId: commune.id, audience: 'officials', attended: 12 },
    at('16:30'),
  );
  await addEventModel(
    coordinator,
    demoFiles(db),
    conference.id,
    {
      title: 'Chè xanh Tân Trào truy xuất nguồn gốc bằng mã QR',
      presenterKind: 'business',
      presenterBodyId: null,
      presenterName: 'Hợp tác xã Chè Tân Trào',
      description: 'Sản phẩm OCOP 4 sao; mỗi hộp chè có mã QR dẫn tới nhật ký sản xuất của hợp tác xã.',
    },
    null,
    DEFAULT_UPLOAD_LIMITS,
  );
  await holdEvent(
    coordinator,
    conference.id,
    {
      version: (
        await db
          .selectFrom('events')
          .select('version')
          .where('id', '=', conference.id)
          .executeTakeFirstOrThrow()
      ).version,
      resultsNote:
        'Hơn 200 đại biểu dự; 24 mô hình, sản phẩm được trưng bày; biểu dương 10 tập thể, cá nhân tiêu biểu.',
    },
    at('17:30'),
  );
}
