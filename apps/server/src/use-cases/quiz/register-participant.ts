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
import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../http/errors.ts';
import { excludedFromContest } from './attempt-refusals.ts';
import { lastRoundClose, loadPublishedContest, type PublishedContest } from './load-published-contest.ts';
import { participantTokenSecret, signParticipantToken, tokenExpiry } from './participant-token.ts';
import { batcherFor, type Outcome, QUIZ_BATCH_OPTIONS, WriteBatcher } from './write-batcher.ts';

type Db = Kysely<Database>;

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

const unknownBody = () =>
  new AppError('invalid_input', 'Hãy chọn cơ quan, đơn vị hoặc xã, phường trong danh sách.', 'bodyId');

/** Equal phones (E.164), compared in constant time: the time taken tells nothing about the stored one. */
function samePhone(stored: string, given: string): boolean {
  const digest = (phone: string) => createHash('sha256').update(phone).digest();
  return timingSafeEqual(digest(stored), digest(given));
}

/** A registration checked on its own (name, phone, citizen ID, group), waiting for its batch. */
interface RegistrationWrite {
  contest: PublishedContest;
  citizenKey: string;
  citizenMask: string;
  fullName: string;
  phone: string;
  bodyId: string;
  group: ParticipantGroup;
}

interface Registered {
  participantId: string;
  citizenId: string;
  fullName: string;
  returning: boolean;
}

interface StoredParticipant {
  id: string;
  contest_id: string;
  citizen_key: string;
  phone: string;
  full_name: string;
  citizen_mask: string;
}

const participantKey = (contestId: string, citizenKey: string) => `${contestId}:${citizenKey}`;

/** The participants registered under these citizen keys, by {@link participantKey}. */
async function registeredAmong(trx: Transaction<Database>, items: RegistrationWrite[]) {
  const rows = await trx
    .selectFrom('quiz_participants')
    .select(['id', 'contest_id', 'citizen_key', 'phone', 'full_name', 'citizen_mask'])
    .where('citizen_key', 'in', [...new Set(items.map((i) => i.citizenKey))])
    .where('contest_id', 'in', [...new Set(items.map((i) => i.contest.id))])
    .execute();
  return new Map<string, StoredParticipant>(
    rows.map((r) => [participantKey(r.contest_id, r.citizen_key), r]),
  );
}

/**
 * Registrations of many people in one transaction: their bodies, the participants already registered
 * under their citizen IDs and the exclusions read once, the new participants inserted in one
 * statement. The same citizen ID twice in a batch, or in two batches at once (two taps, two server
 * instances), makes one participant: the first stands, the other is recognised by its phone.
 */
async function writeRegistrations(
  trx: Transaction<Database>,
  items: RegistrationWrite[],
): Promise<Outcome<Registered>[]> {
  const [bodies, registered, exclusions] = await Promise.all([
    trx
      .selectFrom('bodies')
      .select(['id', 'path'])
      .where('id', 'in', [...new Set(items.map((i) => i.bodyId))])
      .execute(),
    registeredAmong(trx, items),
    trx
      .selectFrom('quiz_exclusions')
      .select(['contest_id', 'citizen_key'])
      .where('citizen_key', 'in', [...new Set(items.map((i) => i.citizenKey))])
      .where('contest_id', 'in', [...new Set(items.map((i) => i.contest.id))])
      .execute(),
  ]);
  const pathOf = new Map(bodies.map((b) => [b.id, b.path]));
  const excluded = new Set(exclusions.map((e) => participantKey(e.contest_id, e.citizen_key)));
  // The first registration of a citizen ID in the batch claims it; the later ones meet it as registered.
  const claimed = new Map<string, RegistrationWrite>();
  const decided = items.map((item): Outcome<'new' | 'known'> => {
    if (!pathOf.get(item.bodyId)?.startsWith(item.contest.organiser_path)) return { error: unknownBody() };
    const key = participantKey(item.contest.id, item.citizenKey);
    if (registered.has(key) || claimed.has(key)) return { value: 'known' };
    if (excluded.has(key)) return { error: cannotRegister() };
    claimed.set(key, item);
    return { value: 'new' };
  });
  const ours = new Set<string>();
  if (claimed.size > 0) {
    const inserted = await trx
      .insertInto('quiz_participants')
      .values(
        [...claimed.values()].map((item) => ({
          contest_id: item.contest.id,
          citizen_key: item.citizenKey,
          citizen_mask: item.citizenMask,
          full_name: item.fullName,
          phone: item.phone,
          body_id: item.bodyId,
          participant_group: item.group,
        })),
      )
      .onConflict((oc) => oc.columns(['contest_id', 'citizen_key']).doNothing())
      .returning(['id', 'contest_id', 'citizen_key', 'phone', 'full_name', 'citizen_mask'])
      .execute();
    for (const row of inserted) {
      const key = participantKey(row.contest_id, row.citizen_key);
      registered.set(key, row);
      ours.add(key);
    }
    // A citizen ID registered by another transaction at the same moment: that registration stands.
    const raced = [...claimed.values()].filter(
      (item) => !registered.has(participantKey(item.contest.id, item.citizenKey)),
    );
    if (raced.length > 0)
      for (const [key, row] of await registeredAmong(trx, raced)) registered.set(key, row);
  }
  return items.map((item, i): Outcome<Registered> => {
    const outcome = decided[i] as Outcome<'new' | 'known'>;
    if ('error' in outcome) return outcome;
    const key = participantKey(item.contest.id, item.citizenKey);
    const participant = registered.get(key);
    if (!participant) return { error: cannotRegister() };
    if (claimed.get(key) === item && ours.has(key)) {
      const { id, citizen_mask } = participant;
      return {
        value: { participantId: id, citizenId: citizen_mask, fullName: item.fullName, returning: false },
      };
    }
    if (!samePhone(participant.phone, item.phone)) return { error: cannotRegister() };
    // Proven by the phone: the participant may know why.
    if (excluded.has(key)) return { error: excludedFromContest() };
    return {
      value: {
        participantId: participant.id,
        citizenId: participant.citizen_mask,
        fullName: participant.full_name,
        returning: true,
      },
    };
  });
}

const registrationBatchers = new WeakMap<Db, WriteBatcher<RegistrationWrite, Registered>>();

/**
 * Registers a participant. A citizen ID already registered in the contest is recognised only with
 * the phone number given at its registration: then the participant gets their token back (a new
 * phone or browser), with the details they registered, which are never overwritten. Otherwise the
 * same refusal as for an excluded organiser, so the citizen ID alone gives nothing and tells
 * nothing. The number itself is never stored: only an HMAC key to match it and a mask to show.
 * Registrations arriving together are written in one transaction (group commit); the reply, with
 * the participant's token, comes after it commits.
 */
export async function registerParticipant(db: Db, contestId: string, input: Registration) {
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
  const [citizenSecret, tokenSecret] = await Promise.all([
    appSecret(db, 'citizen-id'),
    participantTokenSecret(db),
  ]);
  const batcher = batcherFor(
    registrationBatchers,
    db,
    () => new WriteBatcher(db, writeRegistrations, QUIZ_BATCH_OPTIONS),
  );
  const registered = await batcher.write({
    contest,
    citizenKey: await citizenIdLookupKey(citizen.value, citizenSecret),
    citizenMask: maskCitizenId(citizen.value),
    fullName,
    phone: phone.value,
    bodyId: input.bodyId,
    group: input.group,
  });
  const token = signParticipantToken(tokenSecret, {
    participantId: registered.participantId,
    contestId: contest.id,
    expiresAt: tokenExpiry(lastRoundClose(contest), Date.now()),
  });
  return { ...registered, token };
}
