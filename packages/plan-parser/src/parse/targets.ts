// Numeric targets under "Mục tiêu cụ thể", grouped by the year headings above them.
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

interface Found {
  idx: number;
  comparator: Comparator;
  value: number;
  unit: string;
}

/**
 * The percentages of one paragraph, in the order they are written. Counts ("tối thiểu 2 dự án") are
 * not taken yet: an indicator is a ratio (numerator over denominator, as a percentage), so a count
 * target would be published as a percentage. Commit ed59654 holds a tested reader of counts for when
 * indicators can count (a sum against the target, no denominator).
 */
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
  return found;
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
    const y = yearHeading(text.replace(MARKER, ''));
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
