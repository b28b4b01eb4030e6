import type { Database } from '@lantoa/db';
import type { MisinformationPlace } from '@lantoa/domain';
import { inspectFile, type UploadLimits } from '@lantoa/media';
import type { Kysely } from 'kysely';
import type { FileStorage } from '../../files/storage.ts';
import { AppError } from '../../http/errors.ts';
import { storeFile, type UploadedFile } from '../files/store-file.ts';
import { uploadError } from '../files/upload-error.ts';
import { newReceiptCode } from '../public-site/receipt-code.ts';
import { insertAudited } from '../shared/insert-audited.ts';

/** A screenshot: a picture as phones save them (no SVG: nothing to sanitise, nothing drawn by script). */
export const SCREENSHOT_FORMATS = ['png', 'jpg', 'webp', 'gif'] as const;

/**
 * The limits a screenshot is checked against: the library's, with pictures capped at 10 MB (a phone's
 * screenshot is a few hundred KB; a public form should not take the library's 20 MB).
 */
export function screenshotLimits(limits: UploadLimits): UploadLimits {
  return { ...limits, maxImageBytes: Math.min(limits.maxImageBytes, 10 * 1024 * 1024) };
}

/** What a report says, from the public page or a body's staff. */
export interface CaseReport {
  link: string;
  seenWhere: MisinformationPlace;
  description: string;
  contact?: { name: string; phone: string | null; email: string | null };
}

/**
 * The screenshot through the library's media checks (the content decides; a corrupt or disguised file
 * is refused in Vietnamese), or null when none was picked (an empty file input sends 0 bytes).
 */
export async function checkScreenshot(file: UploadedFile | undefined, limits: Partial<UploadLimits>) {
  if (!file || file.bytes.byteLength === 0) return null;
  return inspectFile(
    { name: file.name, bytes: file.bytes, declaredType: file.mediaType },
    { accept: [...SCREENSHOT_FORMATS], limits },
  ).catch(uploadError);
}

/** The database keeps a link or a screenshot for every case; say so before it does. */
export function requireLinkOrScreenshot(link: string, screenshot: unknown): void {
  if (link === '' && !screenshot) {
    throw new AppError(
      'invalid_input',
      'Hãy dán đường dẫn bài viết hoặc gửi kèm ảnh chụp màn hình (ít nhất một trong hai).',
      'link',
    );
  }
}

const CODE_ATTEMPTS = 5;

/**
 * Writes a case with its screenshot (stored under the site's body) and its audit entry, in the
 * caller's transaction; a receipt code already taken (one chance in 10^11) is drawn again.
 */
export async function insertCase(
  trx: Kysely<Database>,
  files: FileStorage,
  input: {
    siteId: string;
    reporter: { bodyId: string; userId: string } | null;
    report: CaseReport;
    screenshot: { name: string; mediaType: string; bytes: Uint8Array } | null;
  },
) {
  const { report, reporter } = input;
  const file = input.screenshot
    ? await storeFile(trx, files, input.siteId, reporter?.userId ?? null, input.screenshot)
    : null;
  for (let attempt = 1; ; attempt++) {
    const code = newReceiptCode('TS');
    try {
      return await insertAudited(trx, {
        table: 'misinformation_reports',
        values: {
          code,
          site_body_id: input.siteId,
          reporter_body_id: reporter?.bodyId ?? null,
          reported_by: reporter?.userId ?? null,
          link: report.link,
          screenshot_file_id: file?.id ?? null,
          seen_where: report.seenWhere,
          description: report.description,
          contact_name: report.contact?.name ?? '',
          contact_phone: report.contact?.phone ?? null,
          contact_email: report.contact?.email ?? null,
          // The server's clock, not the database's: a case's age is read against it.
          created_at: new Date(),
        },
        unique: { columns: ['code'], taken: () => new CodeTaken() },
        // The audit keeps what was reported, never the citizen's contact details.
        audit: () => ({
          actorId: reporter?.userId ?? null,
          bodyId: reporter?.bodyId ?? input.siteId,
          action: 'misinformation.report',
          entityType: 'misinformation_report',
          after: {
            code,
            source: reporter ? 'staff' : 'public',
            link: report.link,
            seenWhere: report.seenWhere,
            description: report.description,
            screenshot: file ? { name: file.name, size: file.size } : null,
            withContact: Boolean(report.contact?.name || report.contact?.phone || report.contact?.email),
          },
        }),
      });
    } catch (error) {
      if (!(error instanceof CodeTaken) || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

class CodeTaken extends Error {}
