// The cascade on the province's commune map: each commune's row read as one colour, the few states a
// coordinator looks for at a glance (who has no plan, who is late, who has not reported). Pure, so it
// is tested without a browser; the chart itself is CascadeMap.tsx.
import { isReportMissing } from '@lantoa/domain/rules';
import type { CascadeItem } from '../../api/types.ts';

/** The map's categories, from the one that needs the least to the one that needs the most attention. */
export const CASCADE_MAP_CATEGORIES = ['on_track', 'not_reported', 'overdue', 'not_issued'] as const;
export type CascadeMapCategory = (typeof CASCADE_MAP_CATEGORIES)[number];

/** Each category's colour, and `outside` for a commune of the map that is not in the list. */
export const CASCADE_MAP_COLORS: Readonly<Record<CascadeMapCategory | 'outside', string>> = {
  on_track: '#52c41a',
  not_reported: '#fadb14',
  overdue: '#fa8c16',
  not_issued: '#f5222d',
  outside: '#f0f0f0',
};

/**
 * One colour per commune, the most pressing first: no plan of its own; a plan but overdue work; a plan
 * but no report for the period shown (only when there is a period: without one nothing is due); else
 * on track. The tooltip names the rest (a commune without its plan may also be late).
 */
export function cascadeMapCategory(row: CascadeItem, hasPeriod: boolean): CascadeMapCategory {
  if (!row.plan) return 'not_issued';
  if (row.work.overdue > 0) return 'overdue';
  if (hasPeriod && isReportMissing(row.report)) return 'not_reported';
  return 'on_track';
}

export interface CascadeMapEntry {
  /** The 5-digit commune code, as the map's features are named. */
  code: string;
  category: CascadeMapCategory;
  row: CascadeItem;
}

export interface CascadeMapData {
  /** The rows drawn, by commune code. */
  entries: Map<string, CascadeMapEntry>;
  /** How many communes of the map are in each category. */
  counts: Record<CascadeMapCategory, number>;
  /** Rows that are not on this map: no official code, or a commune of another province. */
  offMap: number;
}

/** The rows placed on a map whose features are named by `mapCodes`. */
export function cascadeMapData(
  rows: readonly CascadeItem[],
  mapCodes: ReadonlySet<string>,
  hasPeriod: boolean,
): CascadeMapData {
  const entries = new Map<string, CascadeMapEntry>();
  const counts: Record<CascadeMapCategory, number> = {
    on_track: 0,
    not_reported: 0,
    overdue: 0,
    not_issued: 0,
  };
  let offMap = 0;
  for (const row of rows) {
    const code = row.body.code;
    if (code === null || !mapCodes.has(code) || entries.has(code)) {
      offMap += 1;
      continue;
    }
    const category = cascadeMapCategory(row, hasPeriod);
    entries.set(code, { code, category, row });
    counts[category] += 1;
  }
  return { entries, counts, offMap };
}
