import type { BodyKind } from '../bodies/body.ts';
import type { OccurrenceState } from '../schedule/states.ts';

// The rules of a nomination for an honour (issue 18): the evidence the product already holds for the
// nominee, the paragraph of achievements drafted from it, who decides, and how a certificate of merit
// is numbered and signed. Pure: the server reads the records, the web shows what the server answers.

/**
 * What the product holds of a body's year, as a nomination keeps it (a snapshot taken when it is
 * made: later records do not change what the nominator and the decider saw). The body's subtree
 * counts: a commune's offices, villages and digital teams work for the commune.
 */
export interface NominationEvidence {
  year: number;
  /** The day the figures were read, 'YYYY-MM-DD': today within the year, its last day after it. */
  asOf: string;
  /**
   * The due dates of the year of the work given to the body, each counted once in its state (so the
   * states add up to the total: a task due each quarter is four due dates, not one task in several
   * states, which read as contradictory figures in a nomination).
   */
  tasks: { total: number; counts: Record<OccurrenceState, number> };
  /** Outputs of the register published in the year: all, those about local efforts, those public. */
  outputs: { total: number; aboutLocal: number; public: number };
  /** Courses the body organised that ended in the year. */
  courses: { trainings: number; briefings: number };
  /**
   * People of the body's audiences (audienceMeasures at `asOf`): those who count, those trained
   * (ever, by then), those informed in the year.
   */
  people: { counted: number; trained: number; informed: number };
  /** Events the body organised and held in the year. */
  events: { held: number };
  /** Its loudspeaker stations: bulletins aired in the year, listeners of the stations that aired, all listeners. */
  broadcast: { stations: number; airings: number; listenersReached: number; listeners: number };
}

/** Evidence with nothing in it, for a body the product holds no record of. */
export const emptyEvidence = (year: number, asOf: string): NominationEvidence => ({
  year,
  asOf,
  tasks: { total: 0, counts: { done_on_time: 0, done_late: 0, in_progress: 0, overdue: 0 } },
  outputs: { total: 0, aboutLocal: 0, public: 0 },
  courses: { trainings: 0, briefings: 0 },
  people: { counted: 0, trained: 0, informed: 0 },
  events: { held: 0 },
  broadcast: { stations: 0, airings: 0, listenersReached: 0, listeners: 0 },
});

/**
 * The day a year's evidence is read at: today while the year runs, its last day once it is over, and
 * null for a year not begun (there is nothing to show yet).
 */
export function evidenceDay(year: number, today: string): string | null {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (today < first) return null;
  return today > last ? last : today;
}

const numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
/** "1.250": a count as Vietnamese write it. */
export const formatCount = (value: number): string => numbers.format(value);

/** "3 nhiệm vụ hoàn thành đúng hạn, 1 nhiệm vụ hoàn thành quá hạn", leaving out the zeros. */
function counted(parts: [number, string][]): string[] {
  return parts.filter(([n]) => n > 0).map(([n, what]) => `${formatCount(n)} ${what}`);
}

/** "a, b và c". */
function joined(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`;
}

/** What the evidence says, clause by clause, without the overdue work (that is for the reader of the table). */
export function achievementClauses(e: NominationEvidence): string[] {
  const clauses: string[] = [];
  const done = counted([
    [e.tasks.counts.done_on_time, 'lượt hoàn thành đúng hạn'],
    [e.tasks.counts.done_late, 'lượt hoàn thành quá hạn'],
    [e.tasks.counts.in_progress, 'lượt đang thực hiện trong hạn'],
  ]);
  if (e.tasks.total > 0) {
    clauses.push(
      `có ${formatCount(e.tasks.total)} lượt việc được giao trong kế hoạch đến hạn trong năm${done.length ? `, trong đó ${joined(done)}` : ''}`,
    );
  }
  if (e.outputs.total > 0) {
    const local =
      e.outputs.aboutLocal > 0
        ? ` (${formatCount(e.outputs.aboutLocal)} tin, bài về hoạt động của địa phương)`
        : '';
    clauses.push(`đăng tải ${formatCount(e.outputs.total)} tin, bài, sản phẩm truyền thông${local}`);
  }
  const courses = counted([
    [e.courses.trainings, 'lớp tập huấn, bồi dưỡng'],
    [e.courses.briefings, 'hội nghị quán triệt, phổ biến'],
  ]);
  if (courses.length) clauses.push(`tổ chức ${joined(courses)}`);
  const people = counted([
    [e.people.trained, 'người được tập huấn'],
    [e.people.informed, 'người được quán triệt, phổ biến trong năm'],
  ]);
  if (people.length) clauses.push(`có ${joined(people)}`);
  if (e.events.held > 0) clauses.push(`tổ chức ${formatCount(e.events.held)} sự kiện`);
  if (e.broadcast.airings > 0) {
    const reach =
      e.broadcast.listenersReached > 0
        ? `, đến với ${formatCount(e.broadcast.listenersReached)} người nghe`
        : '';
    clauses.push(`phát ${formatCount(e.broadcast.airings)} lượt bản tin trên hệ thống truyền thanh${reach}`);
  }
  return clauses;
}

/** Who is nominated, as the drafted paragraph names them. */
export interface NomineeNames {
  /** The body honoured, or the body of the person honoured ("Xã Hòa An"). */
  bodyName: string;
  personName?: string | null | undefined;
  personTitle?: string | null | undefined;
}

const WORK = 'công tác truyền thông về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số';
const CAMPAIGN = `${WORK} theo Nghị quyết số 57-NQ/TW`;

/**
 * The paragraph of achievements a nomination proposes, in Vietnamese, from the evidence: what the
 * body did in the year, each figure from the records (the nominator edits it before sending). A
 * person's paragraph says what they contributed to with their body.
 */
export function draftAchievements(nominee: NomineeNames, e: NominationEvidence): string {
  const clauses = achievementClauses(e);
  const body = nominee.bodyName.trim();
  const person = nominee.personName?.trim();
  const title = nominee.personTitle?.trim();
  const who = person ? `đồng chí ${person}${title ? `, ${title}` : ''}, ${body}` : body;
  const opening = person
    ? `Năm ${e.year}, ${who} đã tích cực tham gia ${CAMPAIGN}, góp phần cùng đơn vị`
    : `Năm ${e.year}, ${who} đã tích cực triển khai ${CAMPAIGN}`;
  if (clauses.length === 0) {
    return `${opening}. (Chưa có số liệu trên nền tảng: hãy ghi các thành tích cụ thể.)`;
  }
  return `${opening}: ${clauses.join('; ')}.`;
}

/** The line of a certificate of merit, as the decision proposes it (the decider may word it otherwise). */
export const defaultCitation = (year: number): string =>
  `Đã có thành tích xuất sắc trong ${WORK} năm ${year}`;

/**
 * The materialised path of the body that decides a nomination: the body above the nominating one (a
 * commune's nomination is decided by its province; a department's by its province too). Null for the
 * root, which nobody is above.
 */
export function decidingPathOf(nominatingPath: string): string | null {
  const ids = nominatingPath.split('/').filter(Boolean);
  if (ids.length < 2) return null;
  return `/${ids.slice(0, -1).join('/')}/`;
}

/** A nomination decided (approved or rejected) is closed: its record is the decision's basis. */
export const isNominationDecided = (status: 'submitted' | 'approved' | 'rejected'): boolean =>
  status !== 'submitted';

/** A certificate of merit's number: "GK-", its year, and the sequence's value on six digits. */
export const HONOUR_CERTIFICATE_NO = { prefix: (year: number) => `GK-${year}-`, digits: 6 } as const;

/** "GK-2026-000012". */
export const honourCertificateNo = (year: number, sequence: number): string =>
  `${HONOUR_CERTIFICATE_NO.prefix(year)}${String(sequence).padStart(HONOUR_CERTIFICATE_NO.digits, '0')}`;

/** Who signs a certificate of merit for the deciding body: the chair of a people's committee, else the head. */
export function honourSignerTitle(kind: BodyKind): string {
  if (kind === 'province' || kind === 'commune') return 'CHỦ TỊCH';
  if (kind === 'department') return 'GIÁM ĐỐC';
  return 'THỦ TRƯỞNG ĐƠN VỊ';
}
