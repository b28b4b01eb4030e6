import { randomBytes } from 'node:crypto';
import {
  CONTACT_KIND_NAMES,
  type ContactKind,
  foldVietnamese,
  normalizeVietnamesePhone,
} from '@lantoa/domain';
import { AppError } from '../../http/errors.ts';

/** A contact as the form or an Excel row gives it (texts already trimmed and NFC). */
export interface ContactFields {
  kind: ContactKind;
  name: string;
  organisation?: string | undefined;
  roleTitle?: string | undefined;
  email?: string | null | undefined;
  /** A mobile number as people write it ('0912 345 678', '+84…'); '' or absent: none. */
  phone?: string | undefined;
  url?: string | undefined;
  topics?: string[] | undefined;
  consent: boolean;
  consentOn?: string | null | undefined;
}

/** The folded text the directory's search box looks in: who, where, what about, and the kind's name. */
export const contactSearchText = (c: {
  kind: ContactKind;
  name: string;
  organisation: string;
  role_title: string;
  email: string | null;
  topics: string[];
}) =>
  foldVietnamese(
    [
      c.name,
      c.organisation,
      c.role_title,
      CONTACT_KIND_NAMES[c.kind],
      c.topics.join(' '),
      c.email ?? '',
    ].join(' '),
  );

/** Topics once each (compared folded: "Chuyển đổi số" and "chuyển đổi số" are one), in the order given. */
export function distinctTopics(topics: readonly string[]): string[] {
  const seen = new Set<string>();
  return topics
    .map((topic) => topic.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter((topic) => {
      const key = foldVietnamese(topic);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * The stored columns of a contact, or why they cannot be stored, in Vietnamese: a mobile number in
 * E.164 (the column's check), and consent with the day it was given, not after today — the day is
 * what shows, if asked, that the person agreed to be written to (Decree 13/2023 on personal data).
 * Without consent the day is not kept.
 */
export function contactColumns(input: ContactFields, today: string) {
  const name = input.name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name) throw new AppError('invalid_input', 'Hãy nhập tên người hoặc cơ quan.', 'name');
  let phone: string | null = null;
  if (input.phone?.trim()) {
    const checked = normalizeVietnamesePhone(input.phone);
    if (!checked.ok) throw new AppError('invalid_input', checked.message, 'phone');
    phone = checked.value;
  }
  const consentOn = input.consent ? (input.consentOn ?? null) : null;
  if (input.consent && !consentOn) {
    throw new AppError(
      'invalid_input',
      'Hãy ghi ngày người này đồng ý nhận tin: cần có ngày đồng ý để được gửi thông cáo.',
      'consentOn',
    );
  }
  if (consentOn && consentOn > today) {
    throw new AppError('invalid_input', 'Ngày đồng ý không được sau hôm nay. Hãy sửa lại ngày.', 'consentOn');
  }
  const columns = {
    kind: input.kind,
    name,
    organisation: (input.organisation ?? '').normalize('NFC').trim(),
    role_title: (input.roleTitle ?? '').normalize('NFC').trim(),
    email: input.email?.trim() || null,
    phone,
    url: (input.url ?? '').trim(),
    topics: distinctTopics(input.topics ?? []),
    consent: input.consent,
    consent_on: consentOn,
  };
  return { ...columns, search_text: contactSearchText(columns) };
}
export type ContactColumns = ReturnType<typeof contactColumns>;

/** The secret of a contact's unsubscribe link: 192 random bits, so no link can be guessed. */
export const newUnsubscribeToken = () => randomBytes(24).toString('base64url');

const emailTaken = () =>
  new AppError(
    'conflict',
    'Địa chỉ thư điện tử này đã có trong mạng lưới của đơn vị. Hãy tìm người đó trong danh sách để sửa, thay vì thêm mới.',
    'email',
  );

/**
 * Runs a write of contacts, answering an address already in the body's directory (the partial
 * unique index on lower(email), which ON CONFLICT cannot name here) in words that say what to do.
 */
export async function sameEmailRefused<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { constraint?: string }).constraint === 'network_contacts_email_key') throw emailTaken();
    throw error;
  }
}
