// Numeric targets under "Mục tiêu cụ thể" (percentages, and counts that a comparator word
// introduces), grouped by the year headings above them.
import type { Comparator, PlanTarget } from '../types.ts';
import { fold, type Para } from './lines.ts';
import { yearHeading } from './timeframe.ts';

const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/gu;
const MARKER = /^(?:[-+•·]\s*|[a-zđ][).]\s+|\d+(?:\.\d+)*[.)]?\s+)/u;

function inlineYear(text: string): number | null {
  const body = text.replace(MARKER, '');
  const lead = /^(?:trong|đến|đến hết|phấn đấu đến|từ nay đến)?\s*năm\s+(\d{4})\s*[:,]/iu.exec(body);
  if (lead) return Number(lead[1]);
  const late = /(?<![\p{L}\p{N}])(?:đến|trước|đến hết|trong)\s+năm\s+(\d{4})(?![\p{L}\p{N}])/iu.exec(body);
  return late ? Number(late[1]) : null;
}

// Words (folded) that set a target's comparator when they stand just before its number.
const AT_LEAST =
  'it nhat|toi thieu|tren|khong duoi|khong it hon|hon|vuot|dat tren|tu|phan dau dat|phan dau|≥|>=';
const AT_MOST = 'toi da|khong qua|duoi|khong vuot qua|≤|<=';
const ENDS_AT_LEAST = new RegExp(`(?:^|\\s)(?:${AT_LEAST})\\s*$`);
const ENDS_AT_MOST = new RegExp(`(?:^|\\s)(?:${AT_MOST})\\s*$`);

function comparatorBefore(text: string, idx: number, after: string): Comparator {
  const before = fold(text.slice(Math.max(0, idx - 40), idx));
  if (ENDS_AT_LEAST.test(before)) return '>=';
  if (/^\s*tro len/.test(fold(after))) return '>=';
  if (ENDS_AT_MOST.test(before)) return '<=';
  return '=';
}

/**
 * A count with its unit that a comparator word introduces: "tối thiểu 2 dự án", "ít nhất 01 chuyên
 * mục", "không dưới 1.000 lượt người", "phấn đấu đạt 50 tin, bài". Without such a word a number in a
 * target is too often something else (a quantity of the means, a document's number, a date), so a bare
 * count is not taken. Dates, fractions and percentages are left to their own rules.
 */
const COUNT =
  /(?<![\p{L}\p{N}])(ít nhất|tối thiểu|không dưới|không ít hơn|trên|hơn|vượt|phấn đấu đạt|tối đa|không quá|không vượt quá|≥|≤|>=|<=)\s*(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?![\d.,/%]|\s*%)\s+([^\s,;.:()]+(?:\s+[^\s,;.:()]+)?)/giu;
/** Words that end a unit: what follows the counted noun ("2 dự án được triển khai", "5 tin về …"). */
const NOT_UNIT = new Set([
  'duoc',
  've',
  'tren',
  'tai',
  'cua',
  'co',
  'cho',
  'moi',
  'va',
  'voi',
  'trong',
  'tu',
  'den',
  'theo',
  'thuoc',
  'la',
  'nam',
]);

/** Units of one word, whatever follows them ("5 ngày xử lý", "2 lần/năm"). */
const ONE_WORD_UNIT = /^(?:ngay|tuan|thang|quy|gio|lan)(?:\/|$)/;

function countUnit(words: string): string | null {
  const kept: string[] = [];
  for (const word of words.split(/\s+/)) {
    if (NOT_UNIT.has(fold(word))) break;
    kept.push(word);
    if (ONE_WORD_UNIT.test(fold(word))) break;
  }
  return kept.length > 0 ? kept.join(' ') : null;
}

/** "1.000" is a thousand (Vietnamese separators), "2,5" two and a half. */
const countValue = (written: string): number =>
  Number(/^\d{1,3}(?:\.\d{3})+$/.test(written) ? written.replaceAll('.', '') : written.replace(',', '.'));

interface Found {
  idx: number;
  comparator: Comparator;
  value: number;
  unit: string;
}

/** The percentages and the counts of one paragraph, in the order they are written. */
function targetsIn(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const value = Number((m[1] ?? '').replace(',', '.'));
    if (!Number.isFinite(value) || value > 100) continue;
    const idx = m.index ?? 0;
    found.push({
      idx,
      value,
      unit: '%',
      comparator: comparatorBefore(text, idx, text.slice(idx + m[0].length)),
    });
  }
  for (const m of text.matchAll(COUNT)) {
    const value = countValue(m[2] ?? '');
    const unit = countUnit(m[3] ?? '');
    // A year after "trên"/"hơn" is a date ("trên 2026" does not occur as a count).
    if (!unit || !Number.isFinite(value) || /^(?:19|20)\d\d$/.test(m[2] ?? '')) continue;
    const numberAt = (m.index ?? 0) + (m[1] ?? '').length;
    found.push({ idx: numberAt, value, unit, comparator: comparatorBefore(text, numberAt, '') });
  }
  return found.sort((a, b) => a.idx - b.idx);
}

/** The clause holding a target's number, for a readable `text`. */
function clauseAround(text: string, idx: number): string {
  const body = text.replace(MARKER, '');
  const shift = text.length - body.length;
  const i = Math.max(0, idx - shift);
  const start = Math.max(body.lastIndexOf('. ', i) + 1, body.lastIndexOf('; ', i) + 1, 0);
  const endDot = body.slice(i).search(/\.\s+\p{Lu}|;\s|\.$/u);
  const end = endDot < 0 ? body.length : i + endDot;
  return body.slice(start, end).trim().replace(/[.;]$/, '');
}

/**
 * The year a heading over targets names in words: "1. Mục tiêu cơ bản đến năm 2025", "b) Định hướng
 * đến năm 2030:", "Mục tiêu giai đoạn 2026 - 2030" (its last year). A sentence (it ends with a full
 * stop) is no heading.
 */
function headingYear(text: string): number | null {
  const body = text.replace(MARKER, '').trim();
  if (body.length > 120 || /[.;]$/.test(body)) return null;
  const m =
    /(?:đến|đến hết|trong|từ nay đến)\s+năm\s+(\d{4})(?!.*\d{4})/iu.exec(body) ??
    /giai đoạn\s+\d{4}\s*-\s*(\d{4})/iu.exec(body);
  return m ? Number(m[1]) : null;
}

export interface TargetsResult {
  targets: PlanTarget[];
  warnings: string[];
}

export function parseTargets(paras: Para[], start: number, end: number): TargetsResult {
  const targets: PlanTarget[] = [];
  const warnings: string[] = [];
  // Within the targets section, only "Mục tiêu cụ thể" holds numeric targets when it exists.
  let from = start;
  let to = end;
  for (let i = start; i < end; i++) {
    const f = fold((paras[i] as Para).text);
    if (/^(?:\d+(?:\.\d+)*\.?|[a-z]\))?\s*(muc tieu|chi tieu) cu the/.test(f)) {
      from = i + 1;
      for (let j = from; j < end; j++) {
        const g = fold((paras[j] as Para).text);
        if (/^\d+\.?\s+(muc tieu chung|nhiem vu|giai phap)/.test(g)) {
          to = j;
          break;
        }
      }
      break;
    }
  }
  let year: number | null = null;
  for (let i = from; i < to; i++) {
    const text = (paras[i] as Para).text;
    const y = yearHeading(text.replace(MARKER, '')) ?? (targetsIn(text).length ? null : headingYear(text));
    if (y) {
      year = y;
      continue;
    }
    if (/^(\d+\.)?\s*(Mục tiêu chung)/iu.test(text)) continue;
    const own = inlineYear(text);
    for (const found of targetsIn(text)) {
      const t: PlanTarget = {
        year: own ?? year,
        comparator: found.comparator,
        value: found.value,
        unit: found.unit,
        text: clauseAround(text, found.idx),
      };
      if (t.year === null) warnings.push(`Chỉ tiêu không rõ năm: "${t.text.slice(0, 80)}"`);
      targets.push(t);
    }
  }
  return { targets, warnings };
}
