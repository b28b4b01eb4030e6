// Key days that activities hang on: "Ngày Khoa học và Công nghệ Việt Nam (18/5)".
import type { PlanEvent } from '../types.ts';
import type { Para } from './lines.ts';

// A named day ("Ngày" + a capitalised name) with a day/month and no year right after it.
const NAMED_FIRST =
  /(?<![\p{L}\p{N}])(Ngày\s+(?:hội\s+)?\p{Lu}[^()\d,;:.]{3,80}?)\s*(?:\(\s*(?:ngày\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})\s*\)|,?\s*ngày\s+(\d{1,2})\s*[/-]\s*(\d{1,2})(?![/-]?\d))/gu;
const DATE_FIRST =
  /(?<![\p{L}\p{N}])ngày\s+(\d{1,2})\s*[/-]\s*(\d{1,2})(?![/-]?\d)\s*(?:-|–|:|là)\s*(Ngày\s+(?:hội\s+)?\p{Lu}[^()\d,;:.]{3,80})/gu;

export function parseEvents(paras: Para[]): PlanEvent[] {
  const out: PlanEvent[] = [];
  const seen = new Set<string>();
  const add = (name: string, d: number, m: number) => {
    if (m < 1 || m > 12 || d < 1 || d > 31) return;
    const key = `${m}/${d}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ month: m, day: d, name: name.replace(/\s+/g, ' ').trim() });
  };
  for (const p of paras) {
    if (!/Ngày\s/u.test(p.text)) continue;
    for (const m of p.text.matchAll(NAMED_FIRST)) {
      add(m[1] ?? '', Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
    }
    for (const m of p.text.matchAll(DATE_FIRST)) add(m[3] ?? '', Number(m[1]), Number(m[2]));
  }
  return out;
}
