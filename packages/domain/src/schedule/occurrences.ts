import { formatVietnameseDate, lastDayOfMonth, parseIsoDate, toIsoDate } from './dates.ts';

/**
 * A task's timeframe as the plan parser reads it. Declared here with the same shape so the domain
 * does not depend on the parser package; any structurally equal value is accepted.
 */
export interface TimeframeSpec {
  /** As printed, e.g. "Quý II năm 2026". */
  text: string;
  /** "Thường xuyên". */
  continuous?: boolean;
  /** "Hằng năm", "hàng năm". */
  yearly?: boolean;
  /** "Theo phát động / chỉ đạo của cấp trên". */
  followsSuperior?: boolean;
  /** "năm 2026"; a range "2026-2030" may come as its two ends or expanded. */
  years?: number[];
  /** "Quý II" → [2]. */
  quarters?: number[];
  /** "Tháng 6 và tháng 9" → [6, 9]. */
  months?: number[];
  /** "cao điểm vào quý II và quý III": emphasis, not deadlines. */
  peaks?: { quarters?: number[]; months?: number[] };
}

/** A yearly reporting deadline, e.g. "trước ngày 01/6 hằng năm" → { month: 6, day: 1 }. */
export interface ReportingDeadline {
  month: number;
  day: number;
}

export interface PlanSchedule {
  /** Date the plan was issued, 'YYYY-MM-DD'. */
  issuedOn: string;
  startYear: number;
  endYear: number;
  /** Yearly report deadlines; empty means the usual 01/6 and 01/12. */
  reportingDeadlines: readonly ReportingDeadline[];
}

/**
 * - dated: a one-off deadline ("Quý II năm 2026");
 * - yearly: one of a per-year series ("Tháng 10 hằng năm", "2026-2030");
 * - review: a continuous task checked at a reporting deadline.
 */
export type OccurrenceKind = 'dated' | 'yearly' | 'review';

export interface Occurrence {
  /** 'YYYY-MM-DD'. */
  dueOn: string;
  /** Vietnamese, e.g. "Quý II/2026", "Tháng 6/2026", "Năm 2027", "Kỳ báo cáo 01/06/2026". */
  label: string;
  kind: OccurrenceKind;
}

/** Upper bound on the occurrences of one task, so a malformed plan cannot explode a schedule. */
export const MAX_OCCURRENCES = 200;

/** The most common regime ("trước ngày 01/6 và 01/12 hằng năm"), used when a plan names none. */
export const DEFAULT_REPORTING_DEADLINES: readonly ReportingDeadline[] = [
  { month: 6, day: 1 },
  { month: 12, day: 1 },
];

// Years outside this window are parse noise, not plan years.
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;

/** A candidate with a rank that decides which one survives when two fall on the same date. */
interface Candidate extends Occurrence {
  rank: number;
}

// Most specific first: a month beats a quarter beats a whole year beats a review on the same day.
const RANK_MONTH = 0;
const RANK_QUARTER = 1;
const RANK_YEAR = 2;
const RANK_REVIEW = 3;

/**
 * Turns a task's timeframe into the occurrences it must be done (or reviewed) by, sorted by date,
 * at most one per date, none before the plan's issue date, at most MAX_OCCURRENCES.
 * Throws RangeError when `plan.issuedOn` is not a calendar date.
 */
export function scheduleOccurrences(timeframe: TimeframeSpec | null, plan: PlanSchedule): Occurrence[] {
  const issued = parseIsoDate(plan.issuedOn);
  const planYears = planYearRange(plan, issued.year);
  const deadlines = normalizeDeadlines(plan.reportingDeadlines);
  const candidates = timeframe
    ? fromTimeframe(timeframe, planYears, deadlines, plan.issuedOn)
    : // No timeframe at all: the task is followed through the periodic reports.
      reviews(planYears, deadlines);
  return finalize(candidates, plan.issuedOn);
}

function fromTimeframe(
  tf: TimeframeSpec,
  planYears: number[],
  deadlines: readonly ReportingDeadline[],
  issuedOn: string,
): Candidate[] {
  const months = validNumbers(tf.months, 1, 12);
  const quarters = validNumbers(tf.quarters, 1, 4);
  const { years, isRange } = explicitYears(tf);
  const givesDate = Boolean(tf.continuous || tf.yearly) || years.length + months.length + quarters.length > 0;

  if (!givesDate) {
    // Peaks are emphasis; they only serve as deadlines when nothing else in the text gives one
    // ("cao điểm vào quý II" alone is read as "quý II"). "Theo phát động của cấp trên" with no
    // tentative months, or an empty spec, falls back to the reporting reviews.
    const peakMonths = validNumbers(tf.peaks?.months, 1, 12);
    const peakQuarters = validNumbers(tf.peaks?.quarters, 1, 4);
    if (peakMonths.length + peakQuarters.length > 0) {
      return oneOffPeriods(peakMonths, peakQuarters, planYears, issuedOn);
    }
    return reviews(planYears, deadlines);
  }

  const out: Candidate[] = [];
  // Continuous work has no deadline of its own: it is reviewed at each reporting deadline, in the
  // years the text names ("Thường xuyên trong năm 2026") or else every plan year.
  if (tf.continuous) out.push(...reviews(years.length > 0 ? years : planYears, deadlines));

  if (months.length + quarters.length > 0) {
    if (tf.yearly) {
      // "Tháng 10 hằng năm": the period recurs in each plan year (or in the years named).
      out.push(...periodsIn(years.length > 0 ? years : planYears, months, quarters, 'yearly'));
    } else if (years.length > 0) {
      // "Tháng 6 và tháng 9 năm 2026": each period in each named year.
      out.push(...periodsIn(years, months, quarters, isRange ? 'yearly' : 'dated'));
    } else {
      // "Quý II (khi các sở, ngành tổ chức)": the next such period once the plan is in force.
      out.push(...oneOffPeriods(months, quarters, planYears, issuedOn));
    }
  } else if (!tf.continuous) {
    if (tf.yearly) {
      // "Hằng năm": done by the end of each year.
      out.push(...yearEnds(years.length > 0 ? years : planYears, 'yearly'));
    } else {
      // "Năm 2026" → 31/12/2026; "2026-2030" → the end of each year of the range.
      out.push(...yearEnds(years, isRange ? 'yearly' : 'dated'));
    }
  }
  return out;
}

/** Plan years from the start year (or the issue year when it is missing) to the end year. */
function planYearRange(plan: PlanSchedule, issueYear: number): number[] {
  const start = isPlausibleYear(plan.startYear) ? plan.startYear : issueYear;
  const end = isPlausibleYear(plan.endYear) && plan.endYear >= start ? plan.endYear : start;
  return yearsBetween(start, end);
}

/**
 * Years named in the text. Two years with a dash or "đến" between them in the text are a range
 * and are expanded; a parser that already expanded the range gives the same years.
 */
function explicitYears(tf: TimeframeSpec): { years: number[]; isRange: boolean } {
  const years = validNumbers(tf.years, MIN_YEAR, MAX_YEAR);
  const isRange =
    years.length >= 2 && /\d{4}\s*[-–—]\s*\d{4}|đến\s+(năm\s+)?\d{4}/iu.test(tf.text.normalize('NFC'));
  if (!isRange) return { years, isRange };
  return { years: yearsBetween(years[0] as number, years[years.length - 1] as number), isRange };
}

/**
 * Months/quarters with no year and no "hằng năm": the first plan year in which at least one of
 * them is still due on or after the issue date (a plan issued in August that says "Quý II" means
 * next year's). Periods of that year already past are dropped later with the rest.
 */
function oneOffPeriods(
  months: number[],
  quarters: number[],
  planYears: number[],
  issuedOn: string,
): Candidate[] {
  for (const year of planYears) {
    const inYear = periodsIn([year], months, quarters, 'dated');
    if (inYear.some((c) => c.dueOn >= issuedOn)) return inYear;
  }
  return [];
}

/** A month is due on its last day, a quarter on the last day of its last month. */
function periodsIn(years: number[], months: number[], quarters: number[], kind: OccurrenceKind): Candidate[] {
  const out: Candidate[] = [];
  for (const year of years) {
    for (const month of months) {
      out.push({
        dueOn: toIsoDate(year, month, lastDayOfMonth(year, month)),
        label: `Tháng ${month}/${year}`,
        kind,
        rank: RANK_MONTH,
      });
    }
    for (const quarter of quarters) {
      const lastMonth = quarter * 3;
      out.push({
        dueOn: toIsoDate(year, lastMonth, lastDayOfMonth(year, lastMonth)),
        label: `Quý ${QUARTER_NUMERALS[quarter - 1]}/${year}`,
        kind,
        rank: RANK_QUARTER,
      });
    }
  }
  return out;
}

/** A year is due on 31/12. */
function yearEnds(years: number[], kind: OccurrenceKind): Candidate[] {
  return years.map((year) => ({
    dueOn: toIsoDate(year, 12, 31),
    label: `Năm ${year}`,
    kind,
    rank: RANK_YEAR,
  }));
}

/** One review per reporting deadline per year. */
function reviews(years: number[], deadlines: readonly ReportingDeadline[]): Candidate[] {
  const out: Candidate[] = [];
  for (const year of years) {
    for (const { month, day } of deadlines) {
      // "trước ngày 29/02" in a common year means the last day of February.
      const d = Math.min(day, lastDayOfMonth(year, month));
      out.push({
        dueOn: toIsoDate(year, month, d),
        label: `Kỳ báo cáo ${formatVietnameseDate(year, month, d)}`,
        kind: 'review',
        rank: RANK_REVIEW,
      });
    }
  }
  return out;
}

function normalizeDeadlines(deadlines: readonly ReportingDeadline[]): readonly ReportingDeadline[] {
  const valid = deadlines.filter(
    (d) =>
      Number.isInteger(d.month) &&
      Number.isInteger(d.day) &&
      d.month >= 1 &&
      d.month <= 12 &&
      d.day >= 1 &&
      d.day <= 31,
  );
  return valid.length > 0 ? valid : DEFAULT_REPORTING_DEADLINES;
}

/** Drops what was due before the plan existed, sorts, keeps the most specific per date, caps. */
function finalize(candidates: Candidate[], issuedOn: string): Occurrence[] {
  const sorted = candidates
    .filter((c) => c.dueOn >= issuedOn)
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.rank - b.rank));
  const out: Occurrence[] = [];
  for (const c of sorted) {
    if (out.length > 0 && out[out.length - 1]?.dueOn === c.dueOn) continue;
    out.push({ dueOn: c.dueOn, label: c.label, kind: c.kind });
    if (out.length === MAX_OCCURRENCES) break;
  }
  return out;
}

/** Distinct integers within [min, max], ascending. */
function validNumbers(values: readonly number[] | undefined, min: number, max: number): number[] {
  if (!values) return [];
  const set = new Set(values.filter((n) => Number.isInteger(n) && n >= min && n <= max));
  return [...set].sort((a, b) => a - b);
}

function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

function yearsBetween(start: number, end: number): number[] {
  const out: number[] = [];
  for (let y = start; y <= end; y++) out.push(y);
  return out;
}
