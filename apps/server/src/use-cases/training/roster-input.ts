import type { Database } from '@lantoa/db';
import { type Audience, normalizeVietnamesePhone } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';
import { onRosterOf } from './roster-sql.ts';

/** A person on a body's roster as an editor or an Excel row gives them. */
export interface RosterPersonInput {
  audience: Audience;
  fullName: string;
  roleTitle?: string | undefined;
  /** A mobile number as people write it ('0912 345 678', '+84…'); '' or absent: none. */
  phone?: string | undefined;
  village?: string | undefined;
  teamId?: string | null | undefined;
  joinedOn?: string | null | undefined;
  leftOn?: string | null | undefined;
}

/**
 * The stored columns of a person, or the reason they cannot be stored, in Vietnamese: a name, a
 * mobile number the QR attendance can find them by, a leaving date not before the joining date. A
 * digital team's member is of the digital-team audience.
 */
export function rosterColumns(input: RosterPersonInput) {
  const fullName = input.fullName.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!fullName) throw new AppError('invalid_input', 'Hãy nhập họ và tên.', 'fullName');
  let phone: string | null = null;
  if (input.phone?.trim()) {
    const checked = normalizeVietnamesePhone(input.phone);
    if (!checked.ok) throw new AppError('invalid_input', checked.message, 'phone');
    phone = checked.value;
  }
  const joinedOn = input.joinedOn || null;
  const leftOn = input.leftOn || null;
  if (joinedOn && leftOn && leftOn < joinedOn) {
    throw new AppError(
      'invalid_input',
      'Ngày thôi tham gia không được trước ngày tham gia. Hãy sửa lại ngày.',
      'leftOn',
    );
  }
  if (input.teamId && input.audience !== 'digital_team') {
    throw new AppError(
      'invalid_input',
      'Chỉ thành viên Tổ công nghệ số cộng đồng mới thuộc một tổ. Hãy chọn đối tượng "Thành viên Tổ công nghệ số cộng đồng".',
      'audience',
    );
  }
  return {
    audience: input.audience,
    full_name: fullName,
    role_title: (input.roleTitle ?? '').normalize('NFC').trim(),
    phone,
    village: (input.village ?? '').normalize('NFC').replace(/\s+/g, ' ').trim(),
    joined_on: joinedOn,
    left_on: leftOn,
  };
}

/**
 * Runs a write of roster people, answering the same phone twice among a body's present people of
 * one audience (the partial unique index, which ON CONFLICT cannot name) in words that say what to do.
 */
export async function samePhoneRefused<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { constraint?: string }).constraint === 'roster_people_phone_key') throw phoneTaken();
    throw error;
  }
}

/**
 * A phone names one present person of an audience on a roster, the commune's own people and its
 * teams' members together (the same person twice would count twice, and QR attendance finds people
 * by their phone). The unique index holds it within one body, against races.
 */
export async function assertPhoneFree(
  db: Kysely<Database>,
  roster: { id: string; path: string },
  person: { audience: Audience; phone: string | null; exceptId?: string },
) {
  if (!person.phone) return;
  let query = db
    .selectFrom('roster_people as person')
    .innerJoin('bodies as home', 'home.id', 'person.body_id')
    .select('person.id')
    .where(onRosterOf(roster))
    .where('person.audience', '=', person.audience)
    .where('person.phone', '=', person.phone)
    .where('person.left_on', 'is', null);
  if (person.exceptId) query = query.where('person.id', '<>', person.exceptId);
  if (await query.executeTakeFirst()) throw phoneTaken();
}

const phoneTaken = () =>
  new AppError(
    'conflict',
    'Số điện thoại này đã có trong danh sách của đơn vị (cùng đối tượng). Hãy tìm người đó trong danh sách để sửa, thay vì thêm mới.',
    'phone',
  );
