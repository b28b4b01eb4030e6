import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';

/** A body's public home, as every public page of the section reads it. */
export interface PublicSite {
  bodyId: string;
  /** The body's code ("08", "02353"): the address of its pages, `/cong-khai/<code>`. */
  code: string;
  name: string;
  kind: 'province' | 'commune';
  /** The body's materialised path: the public pages show what the bodies under it published. */
  path: string;
  intro: string;
  feedbackDays: number;
  /** Whether it lists those honoured (`…/khen-thuong`, issue 18). */
  showHonours: boolean;
}

/** Days a body has to answer a citizen's feedback when it has not chosen (the column's default). */
export const DEFAULT_FEEDBACK_DAYS = 15;

// Provinces have 2-digit codes, communes 5-digit ones: anything else cannot be a public home, and is
// answered without asking the database (a crawler trying addresses costs nothing).
const SITE_CODE = /^\d{2}(?:\d{3})?$/;

/** The bodies that may have a public home, with their settings if they saved any. */
export const publicSiteRows = (db: Kysely<Database>) =>
  db
    .selectFrom('bodies as b')
    .leftJoin('public_sites as s', 's.body_id', 'b.id')
    .select([
      'b.id',
      'b.code',
      'b.name',
      'b.kind',
      'b.path',
      's.enabled',
      's.intro',
      's.feedback_days',
      's.show_honours',
    ])
    .where('b.kind', 'in', ['province', 'commune']);

type PublicSiteRow = Awaited<ReturnType<ReturnType<typeof publicSiteRows>['executeTakeFirstOrThrow']>>;

/** Whether a body's public home is open: a province's unless turned off, a commune's once turned on. */
export const isSiteEnabled = (row: Pick<PublicSiteRow, 'enabled' | 'kind'>): boolean =>
  row.enabled ?? row.kind === 'province';

/** The site a row describes (its code known). */
export const publicSiteOf = (row: PublicSiteRow & { code: string }): PublicSite => ({
  bodyId: row.id,
  code: row.code,
  name: row.name,
  kind: row.kind as PublicSite['kind'],
  path: row.path,
  intro: row.intro ?? '',
  feedbackDays: row.feedback_days ?? DEFAULT_FEEDBACK_DAYS,
  showHonours: row.show_honours ?? false,
});

/**
 * The public home at `/cong-khai/<code>`: a province's unless it turned it off, a commune's only when
 * it turned it on. Anything else is "not found", the same answer whatever the reason, so the
 * addresses reveal nothing of bodies without a public home.
 */
export async function loadPublicSite(db: Kysely<Database>, code: string): Promise<PublicSite> {
  const row = SITE_CODE.test(code)
    ? await publicSiteRows(db).where('b.code', '=', code).executeTakeFirst()
    : undefined;
  if (!row?.code || !isSiteEnabled(row)) {
    throw new AppError('not_found', 'Không tìm thấy trang công khai này. Hãy kiểm tra lại đường dẫn.');
  }
  return publicSiteOf({ ...row, code: row.code });
}
