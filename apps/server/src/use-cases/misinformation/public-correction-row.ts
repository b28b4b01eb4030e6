import type { Database } from '@lantoa/db';
import { linkHost } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { provinceOfPath } from './case-site.ts';

// What the public pages read of a case: its published correction and where the false post was seen
// (the host only, as text). Never the reporter, their contact details, the description they wrote,
// the screenshot or the link itself.

/** The province whose corrections a site shows: itself, or the province a commune's page lies in. */
export async function correctionSiteId(db: Kysely<Database>, site: PublicSite): Promise<string | null> {
  if (site.kind === 'province') return site.bodyId;
  return (await provinceOfPath(db, site.path))?.id ?? null;
}

/** Published corrections of a province, newest first. */
export const publishedCorrections = (db: Kysely<Database>, siteId: string) =>
  db
    .selectFrom('misinformation_reports')
    .select([
      'id',
      'correction_title',
      'correction_text',
      'correction_published_at',
      'seen_where',
      'link',
      'verdict',
    ])
    .where('site_body_id', '=', siteId)
    .where('correction_published_at', 'is not', null)
    .orderBy('correction_published_at', 'desc')
    .orderBy('id');

type CorrectionRow = Awaited<ReturnType<ReturnType<typeof publishedCorrections>['executeTakeFirstOrThrow']>>;

/** A published correction as the public pages show it. */
export interface PublicCorrection {
  id: string;
  title: string;
  text: string;
  publishedAt: Date;
  seenWhere: CorrectionRow['seen_where'];
  /** Where the false post was, as text ("facebook.com"), '' when only a screenshot was sent. */
  host: string;
  verdict: CorrectionRow['verdict'];
}

export const presentPublicCorrection = (row: CorrectionRow): PublicCorrection => ({
  id: row.id,
  title: row.correction_title,
  text: row.correction_text,
  publishedAt: row.correction_published_at ?? new Date(0),
  seenWhere: row.seen_where,
  host: linkHost(row.link),
  verdict: row.verdict,
});
