import { lastDayOfMonth, parseIsoDate, toIsoDate } from '../schedule/dates.ts';
import { DEFAULT_REPORTING_DEADLINES, type ReportingDeadline } from '../schedule/occurrences.ts';

export const PERIOD_KINDS = ['half_year', 'year', 'quarter', 'month', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_KIND_LABELS: Readonly<Record<PeriodKind, { vi: string; en: string }>> = {
  half_year: { vi: 'Báo cáo 6 tháng', en: 'Half-year report' },
  year: { vi: 'Báo cáo năm', en: 'Yearly report' },
  quarter: { vi: 'Báo cáo quý', en: 'Quarterly report' },
  month: { vi: 'Báo cáo tháng', en: 'Monthly report' },
  custom: { vi: 'Kỳ báo cáo khác', en: 'Custom period' },
};

export interface ReportingPeriod {
  /** Stable within a plan: '2026-H1', '2026-Y', '2026-Q3', '2026-M06', 'custom-<from>-<to>'. */
  key: string;
  /** Vietnamese: "6 tháng đầu năm 2026", "Năm 2026", "Quý I/2026", "Tháng 6/2026". */
  label: string;
  /** 'YYYY-MM-DD', the last day the report is on time. */
  dueOn: string;
  /** 'YYYY-MM-DD', inclusive data window. */
  dataFrom: string;
  dataTo: string;
  kind: PeriodKind;
}

/**
 * The regular regimes: how many deadlines a year, the month each period's data close in, and the
 * period length in months.
 */
interface Regime {
  kind: Exclude<PeriodKind, 'custom'>;
  months: number;
  endMonths: readonly number[];
}

const REGIMES: Readonly<Record<number, Regime>> = {
  1: { kind: 'year', months: 12, endMonths: [12] },
  2: { kind: 'half_year', months: 6, endMonths: [6, 12] },
  4: { kind: 'quarter', months: 3, endMonths: [3, 6, 9, 12] },
  12: { kind: 'month', months: 1, endMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
};

// Decree 09/2019/NĐ-CP, art. 12: data close on the 14th of the period's last month and open on the
// 15th of the month before the period starts (H1: 15/12 of the previous year – 14/6; H2: 15/6 – 14/12;
// year: 15/12 of the previous year – 14/12; Q1: 15/12 – 14/3; month m: 15/(m-1) – 14/m).
const DATA_CLOSE_DAY = 14;
const DATA_OPEN_DAY = 15;

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;

/**
 * The periods of a plan's reporting regime for every year in `years` (the year the data belong to;
 * a January deadline reporting on the past year falls in the next calendar year).
 *
 * - No (valid) deadline → the usual 01/6 and 01/12, like `scheduleOccurrences`, so the reviews it
 *   schedules and these periods agree. Malformed entries are dropped and duplicates merged the same way.
 * - 1 deadline → a yearly period; 2 → half-years; 4 → quarters; 12 → months. Any other count has no
 *   regular reading and must be set by hand (`customPeriod`): RangeError.
 * - Each deadline closes the period whose data close (14th) is nearest to it, before or after:
 *   "trước ngày 01/6" closes H1 (data to 14/6), "trước ngày 05/12" the year (to 14/12), "trước ngày
 *   15/01" the previous year. A report due before its data close reports estimates for the rest, as
 *   Vietnamese reports do ("ước thực hiện"). Two deadlines closing the same period → RangeError.
 * - The due date is the deadline itself ("trước ngày 01/6" → due 01/06); 29/02 in a common year → 28/02.
 */
export function periodsFromDeadlines(
  deadlines: readonly ReportingDeadline[],
  years: { from: number; to: number },
): ReportingPeriod[] {
  const { from, to } = years;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || from < MIN_YEAR || to > MAX_YEAR) {
    throw new RangeError(`Khoảng năm không hợp lệ: ${from}–${to}.`);
  }
  const valid = normalizeDeadlines(deadlines);
  const regime = REGIMES[valid.length];
  if (!regime) {
    throw new RangeError(
      `Không suy ra được kỳ báo cáo từ ${valid.length} hạn báo cáo trong năm; hãy đặt kỳ báo cáo thủ công.`,
    );
  }

  const slots = new Map<number, { deadline: ReportingDeadline; yearShift: number }>();
  for (const deadline of valid) {
    const { endMonth, yearShift } = nearestClose(deadline, regime.endMonths);
    if (slots.has(endMonth)) {
      throw new RangeError(
        `Các hạn báo cáo ${valid.map(formatDeadline).join(', ')} không ứng với các kỳ báo cáo riêng biệt; hãy đặt kỳ báo cáo thủ công.`,
      );
    }
    slots.set(endMonth, { deadline, yearShift });
  }

  const out: ReportingPeriod[] = [];
  for (let year = from; year <= to; year++) {
    for (const [index, endMonth] of regime.endMonths.entries()) {
      const slot = slots.get(endMonth);
      if (!slot) continue; // unreachable: as many deadlines as slots, each in its own slot
      const dueYear = year + slot.yearShift;
      const { month, day } = slot.deadline;
      const [openYear, openMonth] = addMonths(year, endMonth, -regime.months);
      out.push({
        key: periodKey(regime.kind, year, index),
        label: periodLabel(regime.kind, year, index),
        dueOn: toIsoDate(dueYear, month, Math.min(day, lastDayOfMonth(dueYear, month))),
        dataFrom: toIsoDate(openYear, openMonth, DATA_OPEN_DAY),
        dataTo: toIsoDate(year, endMonth, DATA_CLOSE_DAY),
        kind: regime.kind,
      });
    }
  }
  return out.sort(byDataToThenDue);
}

/**
 * A period set by hand. The data window must be in order, and the report cannot be due before its
 * data open (it may be due before they close: reports with estimates). Throws RangeError.
 */
export function customPeriod(input: {
  label: string;
  dataFrom: string;
  dataTo: string;
  dueOn: string;
}): ReportingPeriod {
  const label = input.label.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (label === '') throw new RangeError('Tên kỳ báo cáo không được để trống.');
  checkDate(input.dataFrom, 'Ngày bắt đầu số liệu');
  checkDate(input.dataTo, 'Ngày kết thúc số liệu');
  checkDate(input.dueOn, 'Hạn nộp báo cáo');
  if (input.dataFrom > input.dataTo) {
    throw new RangeError('Ngày bắt đầu số liệu phải trước hoặc trùng ngày kết thúc số liệu.');
  }
  if (input.dueOn < input.dataFrom) {
    throw new RangeError('Hạn nộp báo cáo không được trước ngày bắt đầu số liệu.');
  }
  return {
    key: `custom-${input.dataFrom}-${input.dataTo}`,
    label,
    dueOn: input.dueOn,
    dataFrom: input.dataFrom,
    dataTo: input.dataTo,
    kind: 'custom',
  };
}

/**
 * The period whose data window holds `isoDate` (by data, not by due date), or null. Where custom
 * periods overlap, the shortest window wins, then the earliest due date.
 */
export function periodContaining(
  periods: readonly ReportingPeriod[],
  isoDate: string,
): ReportingPeriod | null {
  parseIsoDate(isoDate);
  let best: ReportingPeriod | null = null;
  for (const p of periods) {
    if (p.dataFrom > isoDate || p.dataTo < isoDate) continue;
    if (best === null || windowDays(p) < windowDays(best)) best = p;
    else if (windowDays(p) === windowDays(best) && p.dueOn < best.dueOn) best = p;
  }
  return best;
}

/**
 * The period the report form compares with: the latest one of the same kind whose data close before
 * this one's open (2026-H1 → 2025-H2). A custom period compares with any kind. Null when there is
 * none or the key is unknown (a stale key must not break the form).
 */
export function previousPeriod(periods: readonly ReportingPeriod[], key: string): ReportingPeriod | null {
  const current = periods.find((p) => p.key === key);
  if (!current) return null;
  let best: ReportingPeriod | null = null;
  for (const p of periods) {
    if (p === current || p.dataTo >= current.dataFrom) continue;
    if (current.kind !== 'custom' && p.kind !== current.kind) continue;
    if (best === null || byDataToThenDue(p, best) > 0) best = p;
  }
  return best;
}

/**
 * The valid deadlines, one per month. Two in one month are two tiers of one report: the bodies
 * report by the first ("trước ngày 05/12"), the body that gathers them reports up by the second
 * ("tổng hợp, báo cáo UBND tỉnh trước ngày 20/12"); the bodies' periods close on the first.
 */
function normalizeDeadlines(deadlines: readonly ReportingDeadline[]): ReportingDeadline[] {
  const byMonth = new Map<number, ReportingDeadline>();
  for (const d of deadlines) {
    const ok =
      Number.isInteger(d.month) && Number.isInteger(d.day) && d.month >= 1 && d.month <= 12 && d.day >= 1;
    if (!ok || d.day > lastDayOfMonth(2000, d.month)) continue; // 2000: leap, so 29/02 is kept
    const first = byMonth.get(d.month);
    if (!first || d.day < first.day) byMonth.set(d.month, { month: d.month, day: d.day });
  }
  const out = [...byMonth.values()].sort((a, b) => a.month - b.month);
  return out.length > 0 ? out : [...DEFAULT_REPORTING_DEADLINES];
}

/** Which period-close month a deadline belongs to, and in which year relative to the data year. */
function nearestClose(
  deadline: ReportingDeadline,
  endMonths: readonly number[],
): { endMonth: number; yearShift: number } {
  // Any common year works as the reference: only distances of at most a year matter.
  const ref = 2001;
  let best = { endMonth: 0, yearShift: 0, distance: Number.POSITIVE_INFINITY, after: false };
  for (const endMonth of endMonths) {
    const close = dayNumber(ref, endMonth, DATA_CLOSE_DAY);
    for (const yearShift of [-1, 0, 1]) {
      const y = ref + yearShift;
      const due = dayNumber(y, deadline.month, Math.min(deadline.day, lastDayOfMonth(y, deadline.month)));
      const distance = Math.abs(due - close);
      const after = due >= close;
      // On a tie, the deadline reports on the period just finished.
      if (distance < best.distance || (distance === best.distance && after && !best.after)) {
        best = { endMonth, yearShift, distance, after };
      }
    }
  }
  return { endMonth: best.endMonth, yearShift: best.yearShift };
}

function periodKey(kind: Regime['kind'], year: number, index: number): string {
  switch (kind) {
    case 'year':
      return `${year}-Y`;
    case 'half_year':
      return `${year}-H${index + 1}`;
    case 'quarter':
      return `${year}-Q${index + 1}`;
    case 'month':
      return `${year}-M${String(index + 1).padStart(2, '0')}`;
  }
}

function periodLabel(kind: Regime['kind'], year: number, index: number): string {
  switch (kind) {
    case 'year':
      return `Năm ${year}`;
    case 'half_year':
      return `6 tháng ${index === 0 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'quarter':
      return `Quý ${QUARTER_NUMERALS[index]}/${year}`;
    case 'month':
      return `Tháng ${index + 1}/${year}`;
  }
}

function addMonths(year: number, month: number, delta: number): [number, number] {
  const zeroBased = year * 12 + (month - 1) + delta;
  return [Math.floor(zeroBased / 12), (zeroBased % 12) + 1];
}

function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / 86_400_000;
}

function windowDays(p: ReportingPeriod): number {
  const a = parseIsoDate(p.dataFrom);
  const b = parseIsoDate(p.dataTo);
  return dayNumber(b.year, b.month, b.day) - dayNumber(a.year, a.month, a.day);
}

function byDataToThenDue(a: ReportingPeriod, b: ReportingPeriod): number {
  if (a.dataTo !== b.dataTo) return a.dataTo < b.dataTo ? -1 : 1;
  return a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0;
}

function checkDate(value: string, what: string): void {
  try {
    parseIsoDate(value);
  } catch {
    throw new RangeError(`${what} không phải ngày hợp lệ (YYYY-MM-DD): ${JSON.stringify(value)}.`);
  }
}

function formatDeadline(d: ReportingDeadline): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}`;
}
