import { type BodyRow, type Database, findBodyByCode } from '@lantoa/db';
import { DEFAULT_UPLOAD_LIMITS } from '@lantoa/media';
import type { Kysely } from 'kysely';
import { createBulletin } from '../use-cases/broadcast/create-bulletin.ts';
import { insertStation } from '../use-cases/broadcast/insert-station.ts';
import { DEFAULT_SESSIONS } from '../use-cases/broadcast/station-input.ts';
import { reviewLibraryItem } from '../use-cases/library/review-library-item.ts';
import { uploadLibraryItem } from '../use-cases/library/upload-library-item.ts';
import { midSentence } from '../use-cases/shared/official-names.ts';
import { demoFiles } from './demo-files.ts';
import { demoContext } from './demo-plans.ts';

/**
 * Loudspeaker stations of Hòa An and a few other communes of the province, so the "citizens reached"
 * indicator has a denominator: Hòa An's share moves as soon as its station airs a bulletin.
 */
export async function seedDemoStations(trx: Kysely<Database>, province: BodyRow, commune: BodyRow) {
  const others = await trx
    .selectFrom('bodies')
    .selectAll()
    .where('parent_id', '=', province.id)
    .where('kind', '=', 'commune')
    .where('id', '!=', commune.id)
    .orderBy('code')
    .limit(4)
    .execute();
  const stations = [
    { body: commune, listeners: 8_600 },
    ...others.map((body, i) => ({ body, listeners: 5_000 + i * 1_250 })),
  ];
  // Seeded before any account exists, so written as createStation writes them, by nobody.
  for (const { body, listeners } of stations) {
    // "Đài truyền thanh xã Hòa An": the level of the body in lower case, mid-name.
    const station = {
      name: `Đài truyền thanh ${midSentence(body.name)}`,
      listeners,
      sessions: DEFAULT_SESSIONS,
    };
    await insertStation(trx, body.id, station, { actorId: null, source: 'demo' });
  }
}

// A poster drawn as SVG (shapes only: no font needed to render its thumbnail).
const POSTER = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800" viewBox="0 0 600 800">
<rect width="600" height="800" fill="#c8102e"/><circle cx="300" cy="300" r="170" fill="#ffcd00"/>
<rect x="190" y="520" width="220" height="140" rx="16" fill="#ffffff"/><rect x="215" y="545" width="170" height="90" fill="#1d3557"/>
<path d="M300 190 l30 90 h95 l-77 56 30 90 -78 -56 -78 56 30 -90 -77 -56 h95z" fill="#c8102e"/></svg>`;

/**
 * A provincial poster in the library (approved, shared with the province) and a provincial bulletin
 * about it, so the library, the bulletin list and the stations' programmes are not empty.
 */
export async function seedDemoLibrary(db: Kysely<Database>) {
  const coordinator = await demoContext(db, 'tq.dieuphoi');
  const province = await findBodyByCode(db, '08');
  if (!province) return;
  const item = await uploadLibraryItem(
    coordinator,
    demoFiles(db),
    { name: 'binh-dan-hoc-vu-so.svg', mediaType: 'image/svg+xml', bytes: new TextEncoder().encode(POSTER) },
    {
      title: 'Áp phích «Bình dân học vụ số»',
      summary: 'Áp phích cổ động người dân tham gia phong trào Bình dân học vụ số, học kỹ năng số cơ bản.',
      topics: ['Bình dân học vụ số', 'Chuyển đổi số'],
      audience: 'Người dân',
      language: 'vi',
      kind: 'poster',
      usageRights: 'Các cơ quan, đơn vị được in, đăng lại; ghi nguồn Sở Khoa học và Công nghệ.',
      shareBodyId: province.id,
      isPublic: false,
    },
    DEFAULT_UPLOAD_LIMITS,
  );
  await reviewLibraryItem(coordinator, item.id, { decision: 'approve' });
  await createBulletin(coordinator, {
    title: 'Hưởng ứng phong trào Bình dân học vụ số',
    text:
      'Thực hiện Nghị quyết 57-NQ/TW, UBND tỉnh phát động phong trào Bình dân học vụ số. ' +
      'Từ ngày 18/5, các xã, phường mở lớp hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ' +
      'thanh toán không dùng tiền mặt và nhận biết tin giả. Bà con liên hệ Tổ công nghệ số cộng đồng ở thôn để đăng ký.',
    priority: 'normal',
    targetBodyId: province.id,
    sourceItemId: item.id,
  });
}
