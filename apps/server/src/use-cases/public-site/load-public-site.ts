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
}

/**
 * The public home at `/cong-khai/<code>`: a province's unless it turned it off, a commune's only when
 * it turned it on. Anything else is "not found", the same answer whatever the reason, so the
 * addresses reveal nothing of bodies without a public home.
 */
export async function loadPublicSite(db: Kysely<Database>, code: string): Promise<PublicSite> {
  const row = await db
    .selectFrom('bodies as b')
    .leftJoin('public_sites as s', 's.body_id', 'b.id')
    .select(['b.id', 'b.code', 'b.name', 'b.kind', 'b.path', 's.enabled', 's.intro', 's.feedback_days'])
    .where('b.code', '=', code)
    .where('b.kind', 'in', ['province', 'commune'])
    .executeTakeFirst();
  const enabled = row && (row.enabled ?? row.kind === 'province');
  if (!row?.code || !enabled) {
    throw new AppError('not_found', 'Không tìm thấy trang công khai này. Hãy kiểm tra lại đường dẫn.');
  }
  return {
    bodyId: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind as PublicSite['kind'],
    path: row.path,
    intro: row.intro ?? '',
    feedbackDays: row.feedback_days ?? 15,
  };
}
