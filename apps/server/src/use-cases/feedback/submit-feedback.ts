import type { Database } from '@lantoa/db';
import { type FeedbackTopic, normalizeVietnamesePhone } from '@lantoa/domain';
import type { UploadLimits } from '@lantoa/media';
import type { Kysely } from 'kysely';
import type { FileStorage } from '../../files/storage.ts';
import { AppError } from '../../http/errors.ts';
import { checkFormGuard } from '../../public-pages/form-guard.ts';
import type { UploadedFile } from '../files/store-file.ts';
import type { PublicSite } from '../public-site/load-public-site.ts';
import { checkFeedbackPhoto } from './feedback-photo.ts';
import { insertFeedback } from './insert-feedback.ts';

/** The public form's fields, as typed (the route checked their lengths and characters). */
export interface FeedbackFormFields {
  topic: FeedbackTopic;
  text: string;
  place: string;
  /** A commune of the site picked from the list, or ''. */
  placeBodyId: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  /** The form guard's hidden fields (form-guard.ts). */
  guard: Record<string, string | undefined>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A landline: 0, a 2xx/2xxx area code and the subscriber's number, 11 digits in all. */
const LANDLINE = /^(?:\+?84|0)(2\d{9})$/;

/** A phone number in E.164: a mobile (as the contest checks it) or a landline; '' is none. */
function cleanPhone(typed: string): string | null {
  const phone = typed.trim();
  if (!phone) return null;
  const landline = LANDLINE.exec(phone.replace(/[\s.()-]/g, ''));
  if (landline) return `+84${landline[1]}`;
  const checked = normalizeVietnamesePhone(phone);
  if (!checked.ok) {
    throw new AppError(
      'invalid_input',
      'Số điện thoại không hợp lệ: hãy nhập số di động 10 chữ số (ví dụ 0912 345 678) hoặc số máy bàn có mã vùng, hoặc để trống.',
      'contact_phone',
    );
  }
  return checked.value;
}

/** Optional contact details: a name, a phone number and an e-mail address, or nothing. */
function cleanContact(fields: FeedbackFormFields) {
  const email = fields.contactEmail.trim();
  if (email && !EMAIL.test(email)) {
    throw new AppError(
      'invalid_input',
      'Địa chỉ thư điện tử không hợp lệ: hãy nhập dạng ten@vidu.vn, hoặc để trống.',
      'contact_email',
    );
  }
  return { name: fields.contactName.trim(), phone: cleanPhone(fields.contactPhone), email: email || null };
}

/** The commune picked, when it is one of the site's (a province's communes, or a commune's own page). */
async function placeBody(db: Kysely<Database>, site: PublicSite, id: string): Promise<string | null> {
  if (id === '') return null;
  const body = UUID.test(id)
    ? await db
        .selectFrom('bodies')
        .select('id')
        .where('id', '=', id)
        .where('kind', '=', 'commune')
        .where('path', 'like', `${site.path}%`)
        .executeTakeFirst()
    : undefined;
  if (!body) {
    throw new AppError(
      'invalid_input',
      'Xã, phường đã chọn không có trong danh sách. Hãy chọn lại.',
      'place_body_id',
    );
  }
  return body.id;
}

/**
 * A citizen sends feedback from a site's public page: no account, so the form guard (a signed stamp
 * and a honeypot) and the route's rate limit per address hold back scripts; the photo goes through
 * the library's media checks before anything is stored. Answers the receipt code the citizen keeps.
 */
export async function submitFeedback(
  db: Kysely<Database>,
  files: FileStorage,
  site: PublicSite,
  fields: FeedbackFormFields,
  file: UploadedFile | undefined,
  limits: Partial<UploadLimits>,
  now = new Date(),
) {
  await checkFormGuard(db, fields.guard, now);
  const contact = cleanContact(fields);
  const placeBodyId = await placeBody(db, site, fields.placeBodyId);
  const photo = await checkFeedbackPhoto(file, limits);
  const row = await db.transaction().execute((trx) =>
    insertFeedback(trx, files, site, {
      topic: fields.topic,
      text: fields.text,
      place: fields.place.trim(),
      placeBodyId,
      contact,
      photo,
    }),
  );
  return { code: row.code };
}
