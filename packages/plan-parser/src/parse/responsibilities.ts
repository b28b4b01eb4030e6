// Section "Tổ chức thực hiện": one entry per body named there, with its duties.
import type { PlanResponsibility } from '../types.ts';
import { fold, type Para } from './lines.ts';

const HEAD = /^(?:\d{1,2}|[a-zđ])[.)]\s+(.+)$/u;
const BODY_START =
  /^(sở|ban|ủy ban|uỷ ban|ubnd|các|phòng|trung tâm|văn phòng|báo|đài|công an|bộ|hội|đoàn|liên đoàn|mặt trận|tỉnh đoàn|tỉnh ủy|đảng ủy|cơ quan|thôn|tổ|trường|viện|kho bạc|ngân hàng|lực lượng|hiệp hội|doanh nghiệp)(?![\p{L}\p{N}])/iu;

const SIGNATURE = /^(?:TM\.|T\/M|KT\.|Nơi nhận)/u;

function cleanAgency(s: string): string {
  return s
    .replace(/^(Đề nghị|đề nghị|Yêu cầu|yêu cầu|Giao)\s+/u, '')
    .replace(/;\s*(?:đề nghị|yêu cầu)\s+/gu, '; ')
    .replace(/[:.]+$/, '')
    .trim()
    .replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'));
}

export function parseResponsibilities(
  paras: Para[],
  start: number,
  end: number,
  /** Filled with the agency each paragraph belongs to: its heading and its duties. */
  owner: Map<number, string> = new Map(),
): PlanResponsibility[] {
  const out: PlanResponsibility[] = [];
  let cur: PlanResponsibility | null = null;
  for (let i = start; i < end; i++) {
    const text = (paras[i] as Para).text;
    // The signature block ends the section when nothing else does: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ
    // TỊCH", a title in capitals, "Nơi nhận:".
    if (SIGNATURE.test(text) || (!/\p{Ll}/u.test(text) && text.split(/\s+/).length <= 6)) break;
    const m = HEAD.exec(text);
    const head = m ? (m[1] ?? '') : '';
    const stripped = head.replace(/^(Đề nghị|Yêu cầu|Giao)\s+/u, '');
    if (m && BODY_START.test(stripped) && !/^\d+\.\d/.test(text)) {
      const colon = head.indexOf(':');
      const name = colon > 0 && colon < 160 ? head.slice(0, colon) : head;
      if (name.length <= 160 && !/[.;]\s+\p{Lu}/u.test(name.slice(0, -1))) {
        cur = { agency: cleanAgency(name), duties: [] };
        out.push(cur);
        owner.set(i, cur.agency);
        const rest = colon > 0 ? head.slice(colon + 1).trim() : '';
        if (rest) cur.duties.push(rest);
        continue;
      }
    }
    if (cur && !/^(Trên đây|Trong quá trình)/u.test(text)) {
      owner.set(i, cur.agency);
      cur.duties.push(text.replace(/^(?:[-+•]\s*|\d+(?:\.\d+)*\.?\s+)/u, ''));
    }
  }
  // A heading repeated for a sub-body ("7.2. Báo …") stays a duty of its group; drop empties.
  return out.filter((r) => fold(r.agency).length > 2);
}
