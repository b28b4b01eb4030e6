// Periodic report deadlines: "báo cáo ... định kỳ trước ngày 05 tháng 12 hằng năm".
import type { PlanReporting } from '../types.ts';
import { fold, type Para } from './lines.ts';

const DAY_MONTH = /(?:ngày\s+)?(\d{1,2})\s*(?:\/|-|\s+tháng\s+)(\d{1,2})(?:\s*(?:\/|-|\s+năm\s+)(\d{4}))?/gu;

function sentences(text: string): string[] {
  return text.split(/(?<=[.;])\s+(?=\p{Lu})/u);
}

function party(s: string | undefined): string | null {
  if (!s) return null;
  const t = s
    .replace(/^[\s,;:]+|[\s,;:.]+$/g, '')
    .replace(/\s+(định kỳ|kết quả|tình hình|trước|chậm nhất|hằng|hàng)(?![\p{L}\p{N}]).*$/u, '')
    .trim();
  return t.length > 1 && t.length < 160 ? t : null;
}

export function parseReporting(
  paras: Para[],
  from = 0,
  agencyAt: (index: number) => string | null = () => null,
): PlanReporting[] {
  const out: PlanReporting[] = [];
  const seen = new Set<string>();
  for (let i = from; i < paras.length; i++) {
    const text = (paras[i] as Para).text;
    if (!/báo cáo/iu.test(text) || !/(trước|chậm nhất|vào)\s+(ngày\s+)?\d/u.test(text)) continue;
    for (const s of sentences(text)) {
      if (!/báo cáo/iu.test(s)) continue;
      const dl = /(?:trước|chậm nhất(?: là)?(?: vào)?|vào)\s+(?:ngày\s+)?\d[^.;]*/u.exec(s);
      if (!dl) continue;
      const f = fold(s);
      const recurrence = /hang nam|moi nam|dinh ky|hang quy|6 thang|hang thang/.test(f) ? 'yearly' : 'once';
      // Several dates in one deadline ("trước ngày 01/6 và 01/12 hằng năm").
      const zone = dl[0].replace(/\s+(hoặc|để)\s.*$/u, '');
      const from = /^(?:-\s*)?(.+?)\s+(?:gửi\s+)?báo cáo/iu.exec(s);
      const to =
        /báo cáo(?:\s+(?:kết quả|tình hình)[^;]{0,80}?)?\s+(?:về|cho|với|gửi|lên)\s+(.+?)(?=\s+(?:định kỳ|trước|chậm nhất|để|hằng|hàng)(?![\p{L}\p{N}])|[.;]|$)/iu.exec(
          s,
        );
      for (const m of zone.matchAll(DAY_MONTH)) {
        const day = Number(m[1]);
        const month = Number(m[2]);
        if (month < 1 || month > 12 || day < 1 || day > 31) continue;
        const key = `${month}/${day}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          month,
          day,
          recurrence: m[3] ? 'once' : recurrence,
          from:
            from && /^\p{Lu}/u.test(from[1] ?? '') && !/^(Chủ trì|Định kỳ|Theo dõi)/u.test(from[1] ?? '')
              ? party(from[1])
              : (agencyAt(i) ?? party(from?.[1])),
          to: party(to?.[1]),
          text: dl[0].trim(),
        });
      }
    }
  }
  return out;
}
