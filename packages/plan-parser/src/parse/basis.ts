// "Căn cứ ..." / "Thực hiện ..." / "Theo đề nghị ...": the documents a plan is based on.
import type { PlanBasis } from '../types.ts';
import { findDate } from './dates.ts';
import { fold, type Para, type Section } from './lines.ts';

const DOC_TYPE =
  '(Nghị quyết|Quyết định|Kế hoạch|Chỉ thị|Thông tư|Nghị định|Luật|Công văn|Văn bản|Hướng dẫn|Tờ trình|Thông báo|Kết luận|Chương trình|Đề án|Thông tri|Quy định)';
/** "57-NQ/TW", "1169/QĐ-TTg", "01- KH/BCĐTW", "263/TTr-SVHTT&DL". */
const DOC_NUMBER = '(\\d+[\\p{L}\\d]*\\s*[-/]\\s*[\\p{L}Đđ&]+(?:\\s*[-/]\\s*[\\p{L}Đđ\\d&.]+)*)';
/**
 * A citation: its type, maybe qualified ("Kế hoạch hành động số …", "Chương trình hành động số …",
 * "Nghị quyết liên tịch số …"), then its number.
 */
const CITED = new RegExp(
  `${DOC_TYPE}(?:(?:\\s+\\p{Ll}+){1,3}?(?=\\s+số))?\\s+(?:số\\s*)?:?\\s*${DOC_NUMBER}`,
  'gu',
);
const KIND_CODE: Record<string, string> = {
  'nghị quyết': 'NQ',
  'quyết định': 'QĐ',
  'kế hoạch': 'KH',
  'chỉ thị': 'CT',
  'thông tư': 'TT',
  'nghị định': 'NĐ',
  'công văn': 'CV',
  'tờ trình': 'TTr',
  'hướng dẫn': 'HD',
  'kết luận': 'KL',
  'thông báo': 'TB',
  'chương trình': 'CTr',
};

export function cleanNumber(n: string): string {
  return n.replace(/\s+/g, '').replace(/[.,;:]+$/, '');
}

export const BASIS_OPENER =
  /^(Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Theo chỉ đạo|Triển khai)(?![\p{L}\p{N}])/u;

/** "Căn cứ:", "Căn cứ pháp lý:", "Căn cứ xây dựng Kế hoạch": a heading over a list of documents. */
const LIST_HEADING = /^can cu(?:\s+(?:phap ly|xay dung|lap|ban hanh|de)(?:\s+\S+){0,4})?\s*:?$/;
const LIST_ITEM = /^(?:[-+•–]\s*|[a-zđ][).]\s+|\d{1,2}[.)]\s+)/u;

/**
 * The paragraphs that cite the documents a plan is based on: before the body (the first section, or
 * "QUYẾT ĐỊNH:" in a decision), those that open with "Căn cứ …", "Thực hiện …"; and the items of a
 * list under a "Căn cứ:" heading there, or in a section of its own ("I. CĂN CỨ LẬP KẾ HOẠCH").
 */
export function basisParagraphs(paras: Para[], end: number, sections: readonly Section[]): number[] {
  const found: number[] = [];
  const listFrom = (start: number, stop: number) => {
    let i = start;
    for (; i < stop && LIST_ITEM.test((paras[i] as Para).text); i++) found.push(i);
    return i;
  };
  for (let i = 0; i < Math.min(end, paras.length); i++) {
    const text = (paras[i] as Para).text;
    if (LIST_HEADING.test(fold(text))) i = listFrom(i + 1, end) - 1;
    else if (BASIS_OPENER.test(text)) found.push(i);
  }
  for (const s of sections.filter((x) => x.kind === 'basis')) {
    for (let i = s.start; i < s.end; i++) {
      const text = (paras[i] as Para).text;
      if (BASIS_OPENER.test(text) || LIST_ITEM.test(text)) found.push(i);
    }
  }
  return found;
}

export function parseBasis(paras: Para[], end: number, sections: readonly Section[]): PlanBasis[] {
  const out: PlanBasis[] = [];
  const seen = new Set<string>();
  for (const i of basisParagraphs(paras, end, sections)) {
    const text = (paras[i] as Para).text;
    // A paragraph may cite several documents separated by ";", and a citation may cite another
    // ("Kế hoạch số 01-KH/BCĐTW … thực hiện Nghị quyết số 57-NQ/TW"): each is a basis of the plan.
    for (const seg of text.split(/;\s*/u)) {
      for (const m of seg.matchAll(CITED)) {
        const number = cleanNumber(m[2] ?? '');
        if (!number.includes('/') || seen.has(number)) continue;
        seen.add(number);
        const after = seg.slice((m.index ?? 0) + m[0].length);
        const date = findDate(after.slice(0, 60));
        const iss =
          /(?<![\p{L}\p{N}])của\s+(.+?)(?=\s+(?:về|phê duyệt|ban hành|triển khai|thực hiện|quy định|hướng dẫn|sửa đổi)(?![\p{L}\p{N}])|[:;,(]|\.\s|\.?$)/u.exec(
            after,
          );
        let issuer = iss ? (iss[1] ?? '').trim() : null;
        if (!issuer) {
          const by =
            /đề nghị của\s+(?:Giám đốc|Trưởng ban|Chánh Văn phòng|Thủ trưởng)?\s*(.+?)\s+tại\s/u.exec(text);
          if (by) issuer = (by[1] ?? '').trim();
        }
        out.push({ number, date, issuer, kind: KIND_CODE[(m[1] ?? '').toLocaleLowerCase('vi')] ?? null });
      }
    }
  }
  return out;
}
