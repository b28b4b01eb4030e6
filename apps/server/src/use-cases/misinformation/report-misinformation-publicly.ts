import type { Database } from '@lantoa/db';
import { type MisinformationPlace, normalizeVietnamesePhone } from '@lantoa/domain';
import type { UploadLimits } from '@lantoa/media';
import type { Kysely } from 'kysely';
import type { FileStorage } from '../../files/storage.ts';
import { AppError } from '../../http/errors.ts';
import { checkFormGuard } from '../../public-pages/form-guard.ts';
import type { UploadedFile } from '../files/store-file.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { provinceOfPath } from './case-site.ts';
import { checkScreenshot, insertCase, requireLinkOrScreenshot } from './insert-case.ts';

/** The public form's fields, as typed (the route checked their lengths and characters). */
export interface PublicReportFields {
  link: string;
  seenWhere: MisinformationPlace;
  description: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  /** The form guard's hidden fields (form-guard.ts). */
  guard: Record<string, string | undefined>;
}

/**
 * A link as people paste it from a phone's share menu, often without "https://" ("facebook.com/…"):
 * completed, then refused unless it is a web address, so nothing else is ever kept or shown.
 */
function cleanLink(typed: string): string {
  const link = typed.trim();
  if (link === '') return '';
  const full = /^[a-z][a-z0-9+.-]*:/i.test(link) ? link : `https://${link}`;
  if (!/^https?:\/\/[^\s/?#]+\.[^\s/?#]+\S*$/i.test(full) || full.length > 2000) {
    throw new AppError(
      'invalid_input',
      'Đường dẫn không hợp lệ: hãy dán địa chỉ của bài viết, ví dụ https://www.facebook.com/…',
      'link',
    );
  }
  return full;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Optional contact details: a mobile number in E.164 and an e-mail address, or nothing. */
function cleanContact(fields: PublicReportFields) {
  const phone = fields.contactPhone.trim();
  let e164: string | null = null;
  if (phone) {
    const checked = normalizeVietnamesePhone(phone);
    if (!checked.ok) throw new AppError('invalid_input', checked.message, 'contact_phone');
    e164 = checked.value;
  }
  const email = fields.contactEmail.trim();
  if (email && !EMAIL.test(email)) {
    throw new AppError(
      'invalid_input',
      'Địa chỉ thư điện tử không hợp lệ: hãy nhập dạng ten@vidu.vn, hoặc để trống.',
      'contact_email',
    );
  }
  return { name: fields.contactName.trim(), phone: e164, email: email || null };
}

/**
 * A citizen reports a post or article from a public page: no account, so the form guard (a signed
 * stamp and a honeypot) and the route's rate limit per address hold back scripts. The case goes to the
 * province of the page (a commune's page reports to its province, whose culture department handles
 * it). Answers the receipt code the citizen keeps.
 */
export async function reportMisinformationPublicly(
  db: Kysely<Database>,
  files: FileStorage,
  site: PublicSite,
  fields: PublicReportFields,
  file: UploadedFile | undefined,
  limits: Partial<UploadLimits>,
  now = new Date(),
) {
  await checkFormGuard(db, fields.guard, now);
  const province = await provinceOfPath(db, site.path);
  if (!province) throw new AppError('not_found', 'Không tìm thấy trang công khai này.');
  const link = cleanLink(fields.link);
  const contact = cleanContact(fields);
  const screenshot = await checkScreenshot(file, limits);
  requireLinkOrScreenshot(link, screenshot);
  const row = await db.transaction().execute((trx) =>
    insertCase(trx, files, {
      siteId: province.id,
      reporter: null,
      report: { link, seenWhere: fields.seenWhere, description: fields.description, contact },
      screenshot,
    }),
  );
  return { code: row.code };
}
