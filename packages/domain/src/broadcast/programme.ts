import { formatDurationVi } from './format.ts';
import { addDays, compareCodeUnits, instant, vietnamDate, vietnameseDate, vietnamInstant } from './time.ts';
import {
  type BroadcastSession,
  BULLETIN_PRIORITIES,
  type BulletinPriority,
  type BulletinRequest,
} from './types.ts';

/** Why an item is where it is. */
export const PLACEMENT_REASONS = ['emergency', 'priority', 'chosen', 'displaced'] as const;
export type PlacementReason = (typeof PLACEMENT_REASONS)[number];

export const PROGRAMME_ISSUE_KINDS = [
  'overlong',
  'conflict',
  'unplaced',
  'displaced',
  'past_session',
  // A placed bulletin whose text changed after its audio was made: the old recording is not aired.
  'stale_audio',
] as const;
export type ProgrammeIssueKind = (typeof PROGRAMME_ISSUE_KINDS)[number];

/** One bulletin in one session. */
export interface ProgrammeItem {
  sessionId: string;
  stationId: string;
  bulletinId: string;
  title: string;
  /** 1 for the first bulletin of the session. */
  position: number;
  /** Seconds from the start of the session to the start of this bulletin (bulletins run back to back). */
  startOffsetSeconds: number;
  durationSeconds: number;
  priority: BulletinPriority;
  /** 'displaced': a normal bulletin moved here because the session it was chosen for was full. */
  reason: PlacementReason;
}

export interface ProgrammeIssue {
  kind: ProgrammeIssueKind;
  stationId: string;
  sessionId?: string;
  bulletinId?: string;
  /** Vietnamese, says what to do. */
  message: string;
}

export interface Programme {
  /** By station id, then session time, then position. */
  items: ProgrammeItem[];
  /** Emergency bulletins to air right now, newest first, each once. */
  immediate: string[];
  issues: ProgrammeIssue[];
}

interface TimedSession extends BroadcastSession {
  startMs: number;
}

interface Candidate {
  request: BulletinRequest;
  /** Position of the request in the input: breaks ties between bulletins created at the same instant. */
  order: number;
  createdMs: number;
  priority: BulletinPriority;
  reason: PlacementReason;
  /** For a normal bulletin carried over: the session it was chosen for. */
  chosenFor?: TimedSession;
}

const RANK: Readonly<Record<BulletinPriority, number>> = { emergency: 0, priority: 1, normal: 2 };

/**
 * Places bulletin requests into the given sessions (any stations, any order; together they are the
 * planning horizon) as of `now` (ISO datetime with an offset). Rules:
 *
 * - A session that has started (start ≤ now) takes nothing more; only sessions after `now` get items.
 * - normal: into each session of `chosenSessionIds` of the request's station. A chosen session that
 *   has started is reported 'past_session'; one that is not in the horizon or belongs to another
 *   station, or no session chosen at all, 'unplaced'; a session chosen twice, 'conflict'.
 * - priority: into every session of its station dated from `from` (default: the Vietnam date of
 *   `createdAt`) that starts after `createdAt`, up to `until` and at most `sessions` sessions
 *   (counted among the sessions given, past ones included: pass the horizon from the start date for
 *   the count to be right); with neither limit, every such session of the horizon.
 * - emergency: like priority but, with neither limit, only in the first session after `createdAt`.
 *   It is also in `immediate` (air it now) from `createdAt` until that first session starts, or for
 *   as long as the station has no later session in the horizon.
 * - A request for a station that has no session at all in the horizon is 'unplaced' (an emergency is
 *   still in `immediate`).
 * - In a session: emergency (newest first) → priority (oldest first) → normal (oldest first; equal
 *   `createdAt` keep the order of the requests, i.e. the broadcaster's running order). Bulletins run
 *   back to back from the session start.
 * - The same bulletin twice in one session (two requests) is placed once, with its highest priority,
 *   and reported 'conflict'.
 * - Emergency and priority bulletins are always placed; when they alone exceed `maxSeconds` the
 *   session is reported 'overlong'. Normal bulletins fill the room left, in order, skipping any that
 *   do not fit; one that does not fit moves to the station's next session with room that does not
 *   already carry it ('displaced', reason 'displaced'), or is 'unplaced' when the horizon ends first.
 *
 * Deterministic: the same input gives the same output. Throws RangeError on malformed input (dates,
 * times, datetimes, durations, priorities, session lengths, duplicate session ids).
 */
export function planProgramme(
  sessions: readonly BroadcastSession[],
  requests: readonly BulletinRequest[],
  now: string,
): Programme {
  const nowMs = instant(now);
  const byStation = groupSessions(sessions);
  const sessionById = new Map<string, TimedSession>();
  for (const list of byStation.values()) for (const s of list) sessionById.set(s.id, s);

  const issues: ProgrammeIssue[] = [];
  const targeted = new Map<string, Candidate[]>();
  const immediate: Candidate[] = [];
  const target = (session: TimedSession, candidate: Candidate) => {
    const list = targeted.get(session.id);
    if (list) list.push(candidate);
    else targeted.set(session.id, [candidate]);
  };

  requests.forEach((request, order) => {
    const createdMs = checkRequest(request);
    const base = { request, order, createdMs, priority: request.priority };
    const own = byStation.get(request.stationId) ?? [];
    const name = bulletinName(request);
    const stationId = request.stationId;
    if (request.priority === 'emergency') {
      const next = own.find((s) => s.startMs > createdMs);
      if (createdMs <= nowMs && (!next || next.startMs > nowMs))
        immediate.push({ ...base, reason: 'emergency' });
    }
    if (own.length === 0) {
      issues.push({
        kind: 'unplaced',
        stationId,
        bulletinId: request.bulletinId,
        message: `${name} chưa được xếp lịch: đài không có buổi phát nào trong khoảng lập lịch; hãy khai báo lịch phát của đài.`,
      });
      return;
    }
    if (request.priority === 'normal') {
      const chosen = request.chosenSessionIds ?? [];
      if (chosen.length === 0) {
        issues.push({
          kind: 'unplaced',
          stationId,
          bulletinId: request.bulletinId,
          message: `${name} chưa được chọn buổi phát nào; hãy chọn buổi phát cho bản tin.`,
        });
      }
      const seen = new Set<string>();
      for (const sessionId of chosen) {
        const session = sessionById.get(sessionId);
        if (seen.has(sessionId)) {
          issues.push({
            kind: 'conflict',
            stationId,
            sessionId,
            bulletinId: request.bulletinId,
            message: `${name} được chọn hai lần cho ${sessionName(session, sessionId)}; bản tin chỉ phát một lần trong buổi, hãy bỏ lựa chọn trùng.`,
          });
          continue;
        }
        seen.add(sessionId);
        if (!session || session.stationId !== stationId) {
          issues.push({
            kind: 'unplaced',
            stationId,
            sessionId,
            bulletinId: request.bulletinId,
            message: `${name} không xếp được: buổi phát "${sessionId}" không có trong lịch phát của đài; hãy chọn buổi khác.`,
          });
        } else if (session.startMs <= nowMs) {
          issues.push({
            kind: 'past_session',
            stationId,
            sessionId,
            bulletinId: request.bulletinId,
            message: `${name} được chọn cho ${sessionName(session)}, buổi này đã bắt đầu hoặc đã qua; hãy chọn một buổi phát sắp tới.`,
          });
        } else {
          target(session, { ...base, reason: 'chosen' });
        }
      }
      return;
    }
    for (const session of windowSessions(own, request, createdMs)) {
      if (session.startMs > nowMs) target(session, { ...base, reason: request.priority });
    }
  });

  const items: ProgrammeItem[] = [];
  for (const [stationId, own] of [...byStation].sort(([a], [b]) => compareCodeUnits(a, b))) {
    let carried: Candidate[] = [];
    for (const session of own) {
      const placed = fillSession(session, targeted.get(session.id) ?? [], carried, issues);
      carried = placed.carried;
      items.push(...placed.items);
    }
    const lastDate = own[own.length - 1]?.date ?? '';
    for (const candidate of carried.sort(normalOrder)) {
      issues.push({
        kind: 'unplaced',
        stationId,
        sessionId: candidate.chosenFor?.id,
        bulletinId: candidate.request.bulletinId,
        message:
          `${bulletinName(candidate.request)} không còn chỗ trong ${sessionName(candidate.chosenFor)} và không có buổi phát nào còn đủ chỗ ` +
          `đến hết ngày ${vietnameseDate(lastDate)}; hãy chọn buổi khác, thêm buổi phát hoặc rút ngắn bản tin.`,
      });
    }
  }

  const immediateIds = [...new Set(immediate.sort(emergencyOrder).map((c) => c.request.bulletinId))];
  return { items, immediate: immediateIds, issues };
}

/** Places one session: returns its items and the normal bulletins that move on to the next session. */
function fillSession(
  session: TimedSession,
  targeted: readonly Candidate[],
  incoming: readonly Candidate[],
  issues: ProgrammeIssue[],
): { items: ProgrammeItem[]; carried: Candidate[] } {
  const kept = new Map<string, Candidate>();
  for (const candidate of [...targeted].sort(
    (a, b) => RANK[a.priority] - RANK[b.priority] || a.order - b.order,
  )) {
    const id = candidate.request.bulletinId;
    if (!kept.has(id)) {
      kept.set(id, candidate);
      continue;
    }
    issues.push({
      kind: 'conflict',
      stationId: session.stationId,
      sessionId: session.id,
      bulletinId: id,
      message: `${bulletinName(candidate.request)} được xếp hai lần vào ${sessionName(session)}; bản tin chỉ phát một lần, hãy bỏ yêu cầu trùng.`,
    });
  }
  const present = [...kept.values()];
  const emergencies = present.filter((c) => c.priority === 'emergency').sort(emergencyOrder);
  const priorities = present.filter((c) => c.priority === 'priority').sort(oldestFirst);
  const fixed = [...emergencies, ...priorities];
  const fixedSeconds = fixed.reduce((sum, c) => sum + c.request.durationSeconds, 0);
  if (fixedSeconds > session.maxSeconds) {
    issues.push({
      kind: 'overlong',
      stationId: session.stationId,
      sessionId: session.id,
      message:
        `Các bản tin khẩn cấp và ưu tiên của ${sessionName(session)} dài ${formatDurationVi(fixedSeconds)}, ` +
        `vượt thời lượng tối đa ${formatDurationVi(session.maxSeconds)}; hãy kéo dài buổi phát, thêm buổi phát hoặc rút ngắn bản tin.`,
    });
  }

  const pool = [...present.filter((c) => c.priority === 'normal'), ...incoming].sort(normalOrder);
  let room = session.maxSeconds - fixedSeconds;
  const normals: Candidate[] = [];
  const carried: Candidate[] = [];
  const placedHere = new Set<string>();
  for (const candidate of pool) {
    const id = candidate.request.bulletinId;
    // A carried bulletin never lands in a session that already airs it: it waits for the next one.
    if (candidate.chosenFor && (kept.has(id) || placedHere.has(id))) {
      carried.push(candidate);
      continue;
    }
    if (candidate.request.durationSeconds > room) {
      carried.push(candidate.chosenFor ? candidate : { ...candidate, chosenFor: session });
      continue;
    }
    room -= candidate.request.durationSeconds;
    placedHere.add(id);
    if (candidate.chosenFor) {
      normals.push({ ...candidate, reason: 'displaced' });
      issues.push({
        kind: 'displaced',
        stationId: session.stationId,
        sessionId: session.id,
        bulletinId: candidate.request.bulletinId,
        message:
          `${sessionName(candidate.chosenFor)} đã hết thời lượng, ${bulletinName(candidate.request)} được chuyển sang ${sessionName(session)}; ` +
          `nếu cần phát đúng buổi đã chọn, hãy rút ngắn hoặc bỏ bớt bản tin khác.`,
      });
    } else {
      normals.push(candidate);
    }
  }

  let offset = 0;
  const items = [...fixed, ...normals].map((c, i): ProgrammeItem => {
    const item: ProgrammeItem = {
      sessionId: session.id,
      stationId: session.stationId,
      bulletinId: c.request.bulletinId,
      title: c.request.title,
      position: i + 1,
      startOffsetSeconds: offset,
      durationSeconds: c.request.durationSeconds,
      priority: c.priority,
      reason: c.reason,
    };
    offset += c.request.durationSeconds;
    return item;
  });
  return { items, carried };
}

/** The sessions a priority or emergency request targets (past ones included; the caller skips them). */
function windowSessions(
  own: readonly TimedSession[],
  request: BulletinRequest,
  createdMs: number,
): TimedSession[] {
  const from = request.from ?? vietnamDate(createdMs);
  const limited = request.until !== undefined || request.sessions !== undefined;
  const count =
    request.sessions ?? (limited || request.priority === 'priority' ? Number.POSITIVE_INFINITY : 1);
  return own
    .filter(
      (s) =>
        s.date >= from && s.startMs > createdMs && (request.until === undefined || s.date <= request.until),
    )
    .slice(0, count);
}

function groupSessions(sessions: readonly BroadcastSession[]): Map<string, TimedSession[]> {
  const ids = new Set<string>();
  const byStation = new Map<string, TimedSession[]>();
  for (const session of sessions) {
    if (ids.has(session.id)) throw new RangeError(`Duplicate session id ${JSON.stringify(session.id)}`);
    ids.add(session.id);
    if (!(Number.isFinite(session.maxSeconds) && session.maxSeconds > 0)) {
      throw new RangeError(
        `Session ${session.id}: maxSeconds must be a positive number, got ${session.maxSeconds}`,
      );
    }
    const timed = { ...session, startMs: vietnamInstant(session.date, session.start) };
    const list = byStation.get(session.stationId);
    if (list) list.push(timed);
    else byStation.set(session.stationId, [timed]);
  }
  for (const list of byStation.values()) {
    list.sort((a, b) => a.startMs - b.startMs || compareCodeUnits(a.id, b.id));
  }
  return byStation;
}

/** Validates a request and returns its creation instant. */
function checkRequest(request: BulletinRequest): number {
  const where = `Bulletin ${request.bulletinId} for station ${request.stationId}`;
  if (!BULLETIN_PRIORITIES.includes(request.priority)) {
    throw new RangeError(`${where}: unknown priority ${JSON.stringify(request.priority)}`);
  }
  if (!(Number.isFinite(request.durationSeconds) && request.durationSeconds > 0)) {
    throw new RangeError(
      `${where}: durationSeconds must be a positive number, got ${request.durationSeconds}`,
    );
  }
  if (request.from !== undefined) addDays(request.from, 0);
  if (request.until !== undefined) addDays(request.until, 0);
  if (request.sessions !== undefined && !(Number.isInteger(request.sessions) && request.sessions > 0)) {
    throw new RangeError(`${where}: sessions must be a whole number ≥ 1, got ${request.sessions}`);
  }
  return instant(request.createdAt);
}

function emergencyOrder(a: Candidate, b: Candidate): number {
  return b.createdMs - a.createdMs || a.order - b.order;
}

function oldestFirst(a: Candidate, b: Candidate): number {
  return a.createdMs - b.createdMs || a.order - b.order;
}

/** Oldest first; a carried bulletin and a native one of the same request keep request order. */
function normalOrder(a: Candidate, b: Candidate): number {
  return oldestFirst(a, b) || compareCodeUnits(a.chosenFor?.id ?? '', b.chosenFor?.id ?? '');
}

function bulletinName(request: BulletinRequest): string {
  return `Bản tin “${request.title.replace(/\s+/g, ' ').trim()}”`;
}

function sessionName(session: BroadcastSession | undefined, fallbackId = ''): string {
  return session
    ? `buổi phát ${session.start} ngày ${vietnameseDate(session.date)}`
    : `buổi phát "${fallbackId}"`;
}
