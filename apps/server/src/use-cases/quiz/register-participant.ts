import { createHash, timingSafeEqual } from 'node:crypto';
import { appSecret, type Database } from '@lantoa/db';
import {
  citizenIdLookupKey,
  maskCitizenId,
  normalizeVietnamesePhone,
  type ParticipantGroup,
  validateCitizenId,
  vietnamToday,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors.ts';
import { excludedFromContest } from './attempt-refusals.ts';
import { loadPublishedContest } from './load-published-contest.ts';
import { participantToken } from './participant-token.ts';

export interface Registration {
  fullName: string;
  phone: string;
  citizenId: string;
  bodyId: string;
  group: ParticipantGroup;
}

// Said to anyone whose citizen ID cannot be registered, whatever the reason: already registered
// with another phone, or excluded as an organiser. A stranger who tries someone's citizen ID learns
// no more than that it cannot be used (never whose it is, their details or why), and the owner
// is told what to do. The exclusion list stays private too.
const cannotRegister = () =>
  new AppError(
    'conflict',
    'Không thể đăng ký dự thi với thông tin này. Nếu bạn đã đăng ký trước đây (kể cả trên máy khác), hãy nhập đúng số điện thoại đã khai khi đăng ký. Nếu vẫn không được, hãy liên hệ ban tổ chức.',
    'phone',
  );

/** Equal phones (E.164), compared in constant time: the time taken tells nothing about the stored one. */
function samePhone(stored: string, given: string): boolean {
  const digest = (phone: string) => createHash('sha256').update(phone).digest();
  return timingSafeEqual(digest(stored), digest(given));
}

/**
 * Registers a participant. A citizen ID already registered in the contest is recognised only with
 * the phone number given at its registration: then the participant gets their token back (a new
 * phone or browser), with the details they registered, which are never overwritten. Otherwise the
 * same refusal as for an excluded organiser, so the citizen ID alone gives nothing and tells
 * nothing. The number itself is never stored: only an HMAC key to match it and a mask to show.
 */
export async function registerParticipant(db: Kysely<Database>, contestId: string, input: Registration) {
  const contest = await loadPublishedContest(db, contestId);
  const fullName = input.fullName.trim().replace(/\s+/g, ' ').normalize('NFC');
  if (fullName.length < 2) throw new AppError('invalid_input', 'Hãy nhập đầy đủ họ và tên.', 'fullName');
  // A name is shown in rankings and exported to Excel: one that begins like a formula ("=HYPERLINK(…)",
  // "@SUM(…)") or has no letter at all is not a person's name, and would rank and win as one.
  if (/^[=+\-@]/.test(fullName) || !/\p{L}/u.test(fullName)) {
    throw new AppError(
      'invalid_input',
      'Họ và tên phải có chữ cái và không được bắt đầu bằng dấu =, +, - hoặc @. Hãy nhập họ và tên như trên giấy tờ tùy thân.',
      'fullName',
    );
  }
  const phone = normalizeVietnamesePhone(input.phone);
  if (!phone.ok) throw new AppError('invalid_input', phone.message, 'phone');
  const citizen = validateCitizenId(input.citizenId, vietnamToday());
  if (!citizen.ok) throw new AppError('invalid_input', citizen.message, 'citizenId');
  if (!contest.eligible_groups.includes(input.group)) {
    throw new AppError('invalid_input', 'Đối tượng này không thuộc diện tham gia cuộc thi.', 'group');
  }
  const body = await db
    .selectFrom('bodies')
    .select(['id', 'path'])
    .where('id', '=', input.bodyId)
    .executeTakeFirst();
  if (!body?.path.startsWith(contest.organiser_path)) {
    throw new AppError(
      'invalid_input',
      'Hãy chọn cơ quan, đơn vị hoặc xã, phường trong danh sách.',
      'bodyId',
    );
  }
  const key = await citizenIdLookupKey(citizen.value, await appSecret(db, 'citizen-id'));
  const findRegistered = () =>
    db
      .selectFrom('quiz_participants')
      .select(['id', 'phone', 'full_name', 'citizen_mask'])
      .where('contest_id', '=', contestId)
      .where('citizen_key', '=', key)
      .executeTakeFirst();
  const [registered, excluded] = await Promise.all([
    findRegistered(),
    db
      .selectFrom('quiz_exclusions')
      .select('citizen_key')
      .where('contest_id', '=', contestId)
      .where('citizen_key', '=', key)
      .executeTakeFirst(),
  ]);
  let participant = registered;
  if (!participant) {
    if (excluded) throw cannotRegister();
    const created = await db
      .insertInto('quiz_participants')
      .values({
        contest_id: contestId,
        citizen_key: key,
        citizen_mask: maskCitizenId(citizen.value),
        full_name: fullName,
        phone: phone.value,
        body_id: body.id,
        participant_group: input.group,
      })
      .onConflict((oc) => oc.columns(['contest_id', 'citizen_key']).doNothing())
      .returning(['id', 'citizen_mask'])
      .executeTakeFirst();
    if (created) {
      return {
        participantId: created.id,
        token: await participantToken(db, created.id),
        citizenId: created.citizen_mask,
        fullName,
        returning: false,
      };
    }
    // The same citizen ID was registered at the same moment: that registration stands.
    participant = await findRegistered();
    if (!participant) throw cannotRegister();
  }
  if (!samePhone(participant.phone, phone.value)) throw cannotRegister();
  if (excluded) {
    // Proven by the phone: the participant may know why.
    throw excludedFromContest();
  }
  return {
    participantId: participant.id,
    token: await participantToken(db, participant.id),
    citizenId: participant.citizen_mask,
    fullName: participant.full_name,
    returning: true,
  };
}
