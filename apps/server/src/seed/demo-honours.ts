import { type Database, findBodyByCode } from '@lantoa/db';
import { vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { createNomination } from '../use-cases/honours/create-nomination.ts';
import { decideNomination } from '../use-cases/honours/decide-nomination.ts';
import { issueHonourCertificate } from '../use-cases/honours/issue-honour-certificate.ts';
import { getPublicSiteSettings } from '../use-cases/public-site/get-public-site-settings.ts';
import { updatePublicSiteSettings } from '../use-cases/public-site/update-public-site-settings.ts';
import { demoContext } from './demo-plans.ts';

/** The province's decision honouring last year's commune, as its number reads. */
export const DEMO_HONOUR_DECISION = '125/QĐ-UBND';

/**
 * The demo's honours, written through the use cases (each change audited), dated from the day the demo
 * is loaded: a commune of Tuyên Quang other than Hòa An (the first by name) honoured for last year,
 * its nomination entered for it by the province's coordinator, approved with a decision of 15/12 and
 * its certificate of merit issued; a person of the culture department nominated by the department for
 * this year, waiting for the province's decision; and the province's public list of those honoured
 * turned on. Hòa An is left without a nomination for this year, for the browser test to make. Runs
 * after seedDemoEvents and seedDemoTraining (their records are the evidence); does nothing without
 * the province.
 */
export async function seedDemoHonours(db: Kysely<Database>): Promise<void> {
  const province = await findBodyByCode(db, '08');
  const hoaAn = await findBodyByCode(db, '02353');
  if (!province || !hoaAn) return;
  const coordinator = await demoContext(db, 'tq.dieuphoi');
  const culture = await demoContext(db, 'tq.vanhoa');
  const year = Number(vietnamToday().slice(0, 4));

  const commune = await db
    .selectFrom('bodies')
    .select(['id', 'name'])
    .where('parent_id', '=', province.id)
    .where('kind', '=', 'commune')
    .where('id', '<>', hoaAn.id)
    .orderBy('name')
    .executeTakeFirst();
  if (commune) {
    const honoured = await createNomination(coordinator, commune.id, {
      year: year - 1,
      nomineeKind: 'body',
      nomineeBodyId: commune.id,
      personName: null,
      personTitle: '',
      form: 'certificate_of_merit',
      eventId: null,
      achievements: `Năm ${year - 1}, ${commune.name} đã duy trì Tổ công nghệ số cộng đồng ở tất cả các thôn, hướng dẫn người dân sử dụng dịch vụ công trực tuyến và phát bản tin tuyên truyền về Nghị quyết số 57-NQ/TW trên hệ thống truyền thanh cơ sở hằng tuần.`,
    });
    const approved = await decideNomination(coordinator, honoured.id, {
      outcome: 'approved',
      decisionNo: DEMO_HONOUR_DECISION,
      decidedOn: `${year - 1}-12-15`,
      citation: '',
      version: honoured.version,
    });
    await issueHonourCertificate(coordinator, approved.id);
  }

  await createNomination(culture, culture.actor.bodyId, {
    year,
    nomineeKind: 'person',
    nomineeBodyId: culture.actor.bodyId,
    personName: 'Nguyễn Văn Bình',
    personTitle: 'Phó Trưởng phòng Quản lý văn hóa',
    form: 'certificate_of_merit',
    eventId: null,
    achievements: '',
  });

  const site = await getPublicSiteSettings(coordinator, province.id, '');
  await updatePublicSiteSettings(
    coordinator,
    province.id,
    {
      enabled: site.enabled,
      intro: site.intro,
      feedbackDays: site.feedbackDays,
      showHonours: true,
      version: site.version,
    },
    '',
  );
}
