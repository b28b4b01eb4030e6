import { appSecret, type Database, type ParticipantGroup, searchBodies } from '@lantoa/db';
import {
  citizenIdLookupKey,
  maskCitizenId,
  normalizeVietnamesePhone,
  validateCitizenId,
} from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../http/errors.ts';
import { vietnamToday } from '../plans/today.ts';
import { participantToken } from './participant-token.ts';

/** A published contest as the public sees it: no question, no answer. */
export async function getPublicContest(db: Kysely<Database>, id: string) {
  const contest = await db
    .selectFrom('quiz_contests')
    .selectAll()
    .where('id', '=', id)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!contest) throw notFound('cuộc thi');
  const rounds = await db
    .selectFrom('quiz_rounds')
    .selectAll()
    .where('contest_id', '=', id)
    .orderBy('number')
    .execute();
  return {
    id: contest.id,
    title: contest.title,
    description: contest.description,
    eligibleGroups: contest.eligible_groups,
    timeLimitSeconds: contest.time_limit_seconds,
    attemptsPerRound: contest.attempts_per_round,
    rounds: rounds.map((r) => ({
      number: r.number,
      opensAt: r.opens_at.toISOString(),
      closesAt: r.closes_at.toISOString(),
    })),
  };
}

/** Bodies a participant may name (the organiser's subtree), for the registration form. */
export async function searchContestBodies(db: Kysely<Database>, contestId: string, query: string) {
  const contest = await db
    .selectFrom('quiz_contests as c')
    .innerJoin('bodies as b', 'b.id', 'c.body_id')
    .select(['b.path'])
    .where('c.id', '=', contestId)
    .where('c.status', '=', 'published')
    .executeTakeFirst();
  if (!contest) throw notFound('cuộc thi');
  const rows = await searchBodies(db, query, [contest.path], 20);
  return rows.map((b) => ({ id: b.id, name: b.name, kind: b.kind }));
}

export interface Registration {
  fullName: string;
  phone: string;
  citizenId: string;
  bodyId: string;
  group: ParticipantGroup;
}

/**
 * Registers a participant, or recognises a returning one by citizen ID (their details are
 * refreshed). The number itself is never stored: only an HMAC key to match it and a mask to show.
 */
export async function registerParticipant(db: Kysely<Database>, contestId: string, input: Registration) {
  const contest = await db
    .selectFrom('quiz_contests as c')
    .innerJoin('bodies as b', 'b.id', 'c.body_id')
    .select(['c.id', 'c.eligible_groups', 'b.path'])
    .where('c.id', '=', contestId)
    .where('c.status', '=', 'published')
    .executeTakeFirst();
  if (!contest) throw notFound('cuộc thi');
  const fullName = input.fullName.trim().replace(/\s+/g, ' ').normalize('NFC');
  if (fullName.length < 2) throw new AppError('invalid_input', 'Hãy nhập đầy đủ họ và tên.', 'fullName');
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
  if (!body?.path.startsWith(contest.path)) {
    throw new AppError(
      'invalid_input',
      'Hãy chọn cơ quan, đơn vị hoặc xã, phường trong danh sách.',
      'bodyId',
    );
  }
  const key = await citizenIdLookupKey(citizen.value, await appSecret(db, 'citizen-id'));
  const excluded = await db
    .selectFrom('quiz_exclusions')
    .select('citizen_key')
    .where('contest_id', '=', contestId)
    .where('citizen_key', '=', key)
    .executeTakeFirst();
  if (excluded) {
    throw new AppError(
      'invalid_input',
      'Thành viên ban tổ chức không được dự thi. Nếu có nhầm lẫn, hãy liên hệ ban tổ chức.',
      'citizenId',
    );
  }
  const values = {
    full_name: fullName,
    phone: phone.value,
    body_id: body.id,
    participant_group: input.group,
  };
  const row = await db
    .insertInto('quiz_participants')
    .values({
      contest_id: contestId,
      citizen_key: key,
      citizen_mask: maskCitizenId(citizen.value),
      ...values,
    })
    .onConflict((oc) =>
      oc.columns(['contest_id', 'citizen_key']).doUpdateSet({ ...values, updated_at: new Date() }),
    )
    .returning(['id', 'citizen_mask', 'created_at', 'updated_at'])
    .executeTakeFirstOrThrow();
  return {
    participantId: row.id,
    token: await participantToken(db, row.id),
    citizenId: row.citizen_mask,
    fullName,
    returning: row.updated_at.getTime() !== row.created_at.getTime(),
  };
}
