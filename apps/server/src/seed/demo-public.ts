import { type Database, findBodyByCode } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { updateLibraryItem } from '../use-cases/library/update-library-item.ts';
import { updatePublicSiteSettings } from '../use-cases/public-site/update-public-site-settings.ts';
import { updateVersioned } from '../use-cases/shared/update-versioned.ts';
import { demoContext } from './demo-plans.ts';

const HOA_AN_INTRO =
  'Xã Hòa An công khai tiến độ thực hiện Kế hoạch triển khai Nghị quyết 57-NQ/TW của xã: các phong trào «Bình dân học vụ số», Tổ công nghệ số cộng đồng ở các thôn, tin, bài trên trang thông tin điện tử và loa truyền thanh của xã.\nMọi phản ánh, kiến nghị của người dân được tiếp nhận tại mục «Phản ánh, kiến nghị» và trả lời trong 10 ngày làm việc.';

/**
 * The public face of the demo: the articles the department and Hòa An published on their portals
 * and the department's handbook are marked public (the news of the province's and Hòa An's public
 * homes), the province's approved posters are published (its communication products), and Hòa An
 * opens its own public home with an intro. Written as their people would, each change audited. Runs
 * after seedDemoOutputs and seedDemoLibrary; does nothing without their records.
 */
export async function seedDemoPublic(db: Kysely<Database>): Promise<void> {
  const coordinator = await demoContext(db, 'tq.dieuphoi');
  const focal = await demoContext(db, 'hoaan.daumoi');
  const province = await findBodyByCode(db, '08');
  const commune = await findBodyByCode(db, '02353');
  if (!province || !commune) return;
  const outputs = await db
    .selectFrom('outputs as o')
    .innerJoin('bodies as b', 'b.id', 'o.body_id')
    .select(['o.id', 'o.version', 'o.body_id', 'o.kind', 'o.title'])
    .where('b.path', 'like', `${province.path}%`)
    .where('o.kind', 'in', ['portal_post', 'publication'])
    .where('o.is_public', '=', false)
    .execute();
  for (const output of outputs) {
    const ctx = output.body_id === commune.id ? focal : coordinator;
    await updateVersioned(db, {
      table: 'outputs',
      id: output.id,
      version: output.version,
      what: 'Sản phẩm',
      set: { is_public: true },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: output.body_id,
        action: 'output.update',
        entityType: 'output',
        before: { isPublic: false },
        after: { isPublic: true },
      }),
    });
  }
  const posters = await db
    .selectFrom('library_items as item')
    .innerJoin('bodies as b', 'b.id', 'item.body_id')
    .select(['item.id', 'item.version'])
    .where('b.path', 'like', `${province.path}%`)
    .where('item.kind', '=', 'poster')
    .where('item.status', '=', 'approved')
    .where('item.is_public', '=', false)
    .execute();
  for (const poster of posters) {
    await updateLibraryItem(coordinator, poster.id, { isPublic: true, version: poster.version });
  }
  await updatePublicSiteSettings(
    focal,
    commune.id,
    { enabled: true, intro: HOA_AN_INTRO, feedbackDays: 10, version: 0 },
    '',
  );
}
