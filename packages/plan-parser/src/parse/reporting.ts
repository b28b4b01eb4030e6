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
    // "Định kỳ 6 tháng (…) và hằng năm (…), các cơ quan": the reporting bodies follow the last comma.
    .replace(/^(?:định kỳ|hằng|hàng|trước|chậm nhất)(?![\p{L}\p{N}]).*[,)]\s*/iu, '')
    .replace(/\s+(định kỳ|kết quả|tình hình|trước|chậm nhất|hằng|hàng|tổng hợp|gửi)(?![\p{L}\p{N}]).*$/u, '')
    .replace(/[\s,]+$/, '')
    .trim();
  return t.length > 1 && t.length < 160 && /^\p{L}/u.test(t) ? t : null;
}

/** How often a sentence, or else its paragraph, says the report is due. */
function recurrenceOf(sentence: string, paragraph: string): PlanReporting['recurrence'] {
  const often = (s: string) => /hang nam|moi nam|dinh ky|hang quy|6 thang|hang thang/.test(fold(s));
  return often(sentence) || often(paragraph) ? 'yearly' : 'once';
}

/**
 * A deadline on a day of every quarter's or every month's last month ("hằng quý, trước ngày 20 của
 * tháng cuối quý", "hằng tháng trước ngày 25"): one yearly deadline per quarter or month, as the
 * reporting periods follow from them.
 */
function everyPeriod(sentence: string): { months: number[]; day: number } | null {
  const f = fold(sentence);
  const day = /(?:truoc|cham nhat(?: la)?(?: vao)?|vao)\s+ngay\s+(\d{1,2})(?![\d/-]|\s+thang)/.exec(f);
  if (!day) return null;
  const d = Number(day[1]);
  if (d < 1 || d > 28) return null;
  if (/hang quy|moi quy|dinh ky (?:hang )?quy/.test(f)) return { months: [3, 6, 9, 12], day: d };
  if (/hang thang|moi thang|dinh ky (?:hang )?thang/.test(f))
    return { months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], day: d };
  return null;
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
      const recurrence = recurrenceOf(s, text);
      // Several dates in one deadline ("trước ngày 01/6 và 01/12 hằng năm").
      const zone = dl[0].replace(/\s+(hoặc|để)\s.*$/u, '');
      const from = /^(?:-\s*)?(.+?)\s+(?:gửi\s+)?báo cáo/iu.exec(s);
      const to =
        /báo cáo(?:\s+(?:kết quả|tình hình)[^;]{0,80}?)?\s+(?:(?:về|cho|với|gửi|lên)\s+|(?=(?:UBND|Ủy ban|Uỷ ban|Sở|Ban|Bộ|Văn phòng|Thường trực|Hội đồng)(?![\p{L}\p{N}])))(.+?)(?=\s+(?:định kỳ|trước|chậm nhất|để|hằng|hàng)(?![\p{L}\p{N}])|[.;]|$)/iu.exec(
          s,
        ) ??
        // "… báo cáo hằng quý trước ngày 20 về Sở …": the body reported to, later in the sentence.
        /(?:về|cho|gửi|lên)\s+((?:UBND|Ủy ban|Uỷ ban|Sở|Ban|Bộ|Văn phòng|Thường trực|Hội đồng)(?![\p{L}\p{N}]).+?)(?=\s+(?:để|định kỳ|trước|chậm nhất|hằng|hàng)(?![\p{L}\p{N}])|[.;]|$)/u.exec(
          s,
        );
      const periodic = everyPeriod(s);
      const dates: { day: number; month: number; year?: string }[] = periodic
        ? periodic.months.map((month) => ({ day: periodic.day, month }))
        : [...zone.matchAll(DAY_MONTH)].map((m) => ({ day: Number(m[1]), month: Number(m[2]), year: m[3] }));
      for (const m of dates) {
        const { day, month } = m;
        if (month < 1 || month > 12 || day < 1 || day > 31) continue;
        const key = `${month}/${day}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          month,
          day,
          recurrence: m.year ? 'once' : recurrence,
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
