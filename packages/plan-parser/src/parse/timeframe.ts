// Timeframes kept as printed and parsed into a structure: "Thường xuyên hằng năm; cao điểm vào
// quý II và quý III", "Tháng 6 và tháng 9 năm 2026", "Theo phát động của cấp trên".
import type { PlanExtract, Timeframe } from '../types.ts';
import { fold } from './lines.ts';

const ROMAN_Q: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function quarters(f: string): number[] {
  const out = new Set<number>();
  for (const m of f.matchAll(/\bquy\s+((?:(?:iv|iii|ii|i|[1-4])\b(?:\s*(?:,|va|-|den)\s*(?:quy\s+)?)?)+)/g)) {
    for (const q of (m[1] ?? '').matchAll(/\b(iv|iii|ii|i|[1-4])\b/g)) {
      const n = ROMAN_Q[q[1] ?? ''];
      if (n) out.add(n);
    }
  }
  return [...out].sort((a, b) => a - b);
}

function months(f: string): number[] {
  const out = new Set<number>();
  for (const m of f.matchAll(/\bthang\s+(\d{1,2}(?:\s*(?:,|va|-|den)\s*(?:thang\s+)?\d{1,2})*)/g)) {
    const nums = (m[1] ?? '').match(/\d{1,2}/g) ?? [];
    const range = /-|den/.test(m[1] ?? '') && nums.length === 2;
    if (range) {
      for (let k = Number(nums[0]); k <= Number(nums[1]); k++) out.add(k);
    } else for (const n of nums) out.add(Number(n));
  }
  return [...out].filter((n) => n >= 1 && n <= 12).sort((a, b) => a - b);
}

function years(f: string): number[] {
  const out = new Set<number>();
  for (const m of f.matchAll(/\b(20\d{2})\s*(?:-|den)\s*(?:nam\s+)?(20\d{2})\b/g)) {
    for (let y = Number(m[1]); y <= Number(m[2]) && y - Number(m[1]) < 30; y++) out.add(y);
  }
  for (const m of f.matchAll(/\b(20\d{2})\b/g)) out.add(Number(m[1]));
  return [...out].sort((a, b) => a - b);
}

/** Notes in parentheses that say nothing about time are dropped from the printed text. */
function dropNonTimeNotes(text: string): string {
  return text
    .replace(/\s*\(([^()]*)\)/g, (m, inner: string) =>
      /\b(thang|quy|nam|khi|du kien|truoc|sau|tu|den|hang|dinh ky|tuan|ngay \d|giai doan)\b/.test(fold(inner))
        ? m
        : '',
    )
    .trim();
}

export function parseTimeframe(raw: string): Timeframe | null {
  const text = dropNonTimeNotes(raw.replace(/^[\s:]+|[\s.;,]+$/g, ''));
  if (!text) return null;
  const f = fold(text);
  const tf: Timeframe = { text };
  const peakIdx = f.search(/cao diem/);
  const main = peakIdx >= 0 ? f.slice(0, peakIdx) : f;
  if (/thuong xuyen|lien tuc|hang ngay|hang tuan|hang thang/.test(main)) tf.continuous = true;
  if (/hang nam|hangnam|moi nam|dinh ky nam|hang nam/.test(f)) tf.yearly = true;
  if (
    /(phat dong|chi dao|huong dan|ke hoach|to chuc) cua (cap tren|trung uong|tinh|bo|cac so)|cap tren/.test(f)
  ) {
    tf.followsSuperior = true;
  }
  const y = years(f);
  if (y.length) tf.years = y;
  const q = quarters(main);
  if (q.length) tf.quarters = q;
  const mo = months(main);
  if (mo.length) tf.months = mo;
  if (peakIdx >= 0) {
    const peak = f.slice(peakIdx);
    const pq = quarters(peak);
    const pm = months(peak);
    tf.peaks = {};
    if (pq.length) tf.peaks.quarters = pq;
    if (pm.length) tf.peaks.months = pm;
  }
  return tf;
}

/**
 * The year a short line names as a heading, its list marker removed: "Năm 2026", "Đến năm 2026",
 * "Giai đoạn 2026 - 2030:" (its last year); null for any other line. Targets and tasks below such a
 * heading belong to it.
 */
export function yearHeading(text: string): number | null {
  const body = text.replace(/[:.]$/, '').trim();
  if (body.length > 60) return null;
  const m =
    /^(?:(?:mục tiêu|chỉ tiêu)\s+)?(?:trong|đến|đến hết|từ nay đến|từ|phấn đấu đến|giai đoạn(?:\s+\d{4}\s*-)?|năm)?\s*(?:năm\s+)?(?:\d{4}\s*-\s*)?(\d{4})(?:\s*-\s*(\d{4}))?\s*(?:trở đi)?$/iu.exec(
      body,
    );
  if (!m) return null;
  return Number(m[2] ?? m[1]);
}

/**
 * A timeframe that ends an item: in a parenthesis, "(Quý II/2026)", "(hoàn thành trước 30/6/2026)",
 * "(thường xuyên)", "(Thời gian: năm 2026)", or in a last clause, "…, hoàn thành trong Quý III/2026".
 * Answers the item without it and the time; null when the end says something else ("(gọi tắt là …)",
 * "(nếu có)", "…, trước hết là cán bộ").
 */
export function trailingTimeframe(text: string): { text: string; time: string } | null {
  const clause =
    /[,;]\s*((?:(?:hoàn thành|thực hiện|triển khai|tổ chức)\s+)?(?:trong|trước|từ|vào|đến|chậm nhất(?: là)?)\s+(?:ngày|tháng|quý|năm|tuần|\d)[^,;()]{0,60}?)\s*[.;]?$/iu.exec(
      text,
    );
  if (clause && /\d/.test(clause[1] ?? ''))
    return { text: text.slice(0, clause.index).trim(), time: clause[1] ?? '' };
  const m = /\s*\(([^()]{3,100})\)\s*[.;]?\s*$/u.exec(text);
  if (!m) return null;
  const time = (m[1] ?? '').replace(/^(?:thời gian|thời hạn|tiến độ)[^:]{0,20}:\s*/iu, '').trim();
  const f = fold(time);
  const startsAsTime =
    /^(?:(?:hoan thanh|thuc hien|trien khai)\s+)?(?:truoc|trong|tu|den|nam|quy|thang|tuan|ngay|thuong xuyen|hang (?:nam|quy|thang)|dinh ky|giai doan|\d)/.test(
      f,
    );
  if (!startsAsTime || !/nam|quy|thang|tuan|ngay|\d{4}|thuong xuyen|hang |dinh ky/.test(f)) return null;
  return { text: text.slice(0, m.index).trim(), time };
}

/**
 * The extract with each timeframe a reviewer wrote (its text alone, no reading) read as one written in
 * the document is: "Quý II/2026" gives its quarter and year, so the task is scheduled by it.
 */
export function withTimeframesRead(extract: PlanExtract): PlanExtract {
  return {
    ...extract,
    tasks: extract.tasks.map((task) => {
      const tf = task.timeframe;
      if (!tf || Object.keys(tf).some((key) => key !== 'text')) return task;
      return { ...task, timeframe: parseTimeframe(tf.text) ?? tf };
    }),
  };
}
