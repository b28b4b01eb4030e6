import type { Database } from '@lantoa/db';
import { type HonourForm, vietnamToday } from '@lantoa/domain';
import { type Kysely, sql } from 'kysely';
import { notFound } from '../../http/errors.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { peoplesCommittee } from '../shared/official-names.ts';
import { pageWithTotal } from '../shared/paged-search.ts';

/** Those honoured on a public page: a phone scrolls a hundred names, and the page stays light. */
export const PUBLIC_HONOURS_PER_PAGE = 100;

/** The approved nominations of the bodies under a site (and of their people), as the public may see them. */
export const publicHonours = (db: Kysely<Database>, site: PublicSite) =>
  db
    .selectFrom('honour_nominations as nomination')
    .innerJoin('bodies as nominee', 'nominee.id', 'nomination.nominee_body_id')
    .leftJoin('bodies as deciding', 'deciding.id', 'nomination.deciding_body_id')
    .where('nomination.status', '=', 'approved')
    .where('nominee.path', 'like', `${site.path}%`);

/** One honoured on the public list: names of the body and the person, the form, the decision; nothing else. */
export interface PublicHonour {
  bodyName: string;
  personName: string | null;
  form: HonourForm;
  decisionNo: string;
  decidedOn: string;
  /** Who decided, as its decisions name it ("Ủy ban nhân dân tỉnh Tuyên Quang"). */
  decidingBody: string | null;
}

/**
 * A site's list of those honoured in a year (the one asked, else the latest year with any, else this
 * year), by page, with the years that have any: only when the site publishes it (404 otherwise, as
 * for a page that does not exist). Only what a decision makes public: no achievements, no evidence,
 * no title of a person, no contact.
 */
export async function listPublicHonours(
  db: Kysely<Database>,
  site: PublicSite,
  f: { year?: number | undefined; page: number },
  now = new Date(),
) {
  if (!site.showHonours) throw notFound('danh sách khen thưởng');
  const years = (
    await publicHonours(db, site)
      .select('nomination.year')
      .distinct()
      .orderBy('nomination.year', 'desc')
      .execute()
  ).map((row) => row.year);
  const year = f.year ?? years[0] ?? Number(vietnamToday(now).slice(0, 4));
  const { rows, total } = await pageWithTotal(
    publicHonours(db, site)
      .select([
        'nominee.name as body_name',
        'nomination.person_name',
        'nomination.honour_form',
        'nomination.decision_no',
        'nomination.decided_on',
        'deciding.name as deciding_name',
        'deciding.kind as deciding_kind',
      ])
      .where('nomination.year', '=', year)
      .orderBy('nomination.honour_form')
      .orderBy('nomination.nominee_kind')
      .orderBy(sql`coalesce(nomination.person_name, nominee.name)`)
      .orderBy('nomination.id'),
    { page: f.page, pageSize: PUBLIC_HONOURS_PER_PAGE },
  );
  const items: PublicHonour[] = rows.map((row) => ({
    bodyName: row.body_name,
    personName: row.person_name,
    form: row.honour_form,
    decisionNo: row.decision_no ?? '',
    decidedOn: row.decided_on ?? '',
    decidingBody:
      row.deciding_name && (row.deciding_kind === 'province' || row.deciding_kind === 'commune')
        ? peoplesCommittee(row.deciding_name)
        : row.deciding_name,
  }));
  return {
    year,
    years,
    items,
    total,
    page: f.page,
    pages: Math.max(1, Math.ceil(total / PUBLIC_HONOURS_PER_PAGE)),
  };
}

export type PublicHonourList = Awaited<ReturnType<typeof listPublicHonours>>;
