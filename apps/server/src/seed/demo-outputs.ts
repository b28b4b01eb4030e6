import { type Database, findBodyByCode } from '@lantoa/db';
import { addDays, proposeOutputBinding, vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { createChannel } from '../use-cases/channels/create-channel.ts';
import { createOutput } from '../use-cases/outputs/create-output.ts';
import { markPushDone } from '../use-cases/pushes/mark-push-done.ts';
import { pushLibraryItem } from '../use-cases/pushes/push-library-item.ts';
import { bindIndicator } from '../use-cases/reports/bind-indicator.ts';
import { demoContext, firstDemoPlanOf } from './demo-plans.ts';

/**
 * The outward half of the demo: the province's press agency, its science department and Hòa An
 * register their channels; the department and Hòa An record what they published in the last weeks; the
 * library's poster is pushed to the province's communes, Hòa An placed it; the province plan's
 * "chuyên trang, chuyên mục" target of the press measures itself from the register. The press agency's
 * section has published nothing yet: it shows as silent, and its indicator at 0 of 1 until it does. Dates follow the day the demo is loaded. Written through
 * the use cases, as the people would, so every row has its audit entry.
 */
export async function seedDemoOutputs(db: Kysely<Database>) {
  const coordinator = await demoContext(db, 'tq.dieuphoi');
  const focal = await demoContext(db, 'hoaan.daumoi');
  const province = await findBodyByCode(db, '08');
  const commune = await findBodyByCode(db, '02353');
  if (!province || !commune) return;
  const [press, department] = await Promise.all([
    db
      .selectFrom('bodies')
      .select('id')
      .where('parent_id', '=', province.id)
      .where('kind', '=', 'press_agency')
      .executeTakeFirst(),
    db.selectFrom('bodies').select('id').where('id', '=', coordinator.actor.bodyId).executeTakeFirst(),
  ]);
  if (!press || !department) return;
  const today = vietnamToday();
  const daysAgo = (n: number) => addDays(today, -n);

  await createChannel(coordinator, press.id, {
    kind: 'press',
    name: 'Chuyên mục Khoa học – Công nghệ',
    url: 'https://baotuyenquang.com.vn/khoa-hoc-cong-nghe',
    topicWords: ['khoa học', 'công nghệ', 'chuyển đổi số', 'đổi mới sáng tạo'],
  });
  const departmentPortal = await createChannel(coordinator, department.id, {
    kind: 'portal',
    name: 'Chuyên mục Nghị quyết 57 trên Cổng thông tin điện tử của Sở',
    url: 'https://sokhcn.tuyenquang.gov.vn/nghi-quyet-57',
  });
  const communePortal = await createChannel(focal, commune.id, {
    kind: 'portal',
    name: 'Trang thông tin điện tử xã',
    url: 'https://hoaan.tuyenquang.gov.vn',
  });
  await createChannel(focal, commune.id, { kind: 'fanpage', name: 'Fanpage Xã Hòa An' });

  const published = [
    {
      ctx: coordinator,
      bodyId: department.id,
      kind: 'portal_post' as const,
      title: 'Hướng dẫn đăng ký nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2027',
      channel: departmentPortal,
      days: 9,
      aboutLocal: false,
    },
    {
      ctx: focal,
      bodyId: commune.id,
      kind: 'portal_post' as const,
      title: 'Hòa An mở lớp «Bình dân học vụ số» cho người dân 12 thôn',
      channel: communePortal,
      days: 3,
      aboutLocal: true,
    },
  ];
  for (const p of published) {
    await createOutput(p.ctx, p.bodyId, {
      kind: p.kind,
      title: p.title,
      publishedOn: daysAgo(p.days),
      channelKind: p.channel.kind,
      channelId: p.channel.id,
      topics: ['Chuyển đổi số'],
      aboutLocal: p.aboutLocal,
    });
  }
  await createOutput(coordinator, department.id, {
    kind: 'publication',
    title: 'Sổ tay chuyển đổi số cho cán bộ cơ sở',
    publishedOn: daysAgo(20),
    channelKind: 'visual',
    channelName: 'Nhà xuất bản Thông tin và Truyền thông',
    commissioned: true,
  });

  // The library's poster, pushed to the communes; Hòa An placed it at its cultural house.
  const poster = await db
    .selectFrom('library_items')
    .select('id')
    .where('status', '=', 'approved')
    .where('kind', '=', 'poster')
    .orderBy('created_at')
    .executeTakeFirst();
  if (poster) {
    const push = await pushLibraryItem(coordinator, poster.id, {
      targetBodyId: province.id,
      bodyKinds: ['commune'],
      dueOn: addDays(today, 10),
      note: 'Đề nghị các xã, phường in và niêm yết áp phích tại nhà văn hóa các thôn, tổ dân phố.',
    });
    await markPushDone(focal, push.id, {
      bodyId: commune.id,
      places: [
        {
          kind: 'visual',
          channelKind: 'visual',
          channelName: 'Nhà văn hóa thôn Tân Tiến',
          publishedOn: daysAgo(1),
        },
      ],
    });
  }

  // The province plan's press target counts itself from the register.
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
    const kind = proposeOutputBinding(indicator.target_text ?? indicator.name);
    if (kind !== 'channels_active') continue;
    await bindIndicator(coordinator, indicator.id, { binding: { kind }, version: indicator.version });
  }
}
