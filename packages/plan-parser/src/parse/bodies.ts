// Splits a list of bodies ("Sở Văn hóa, Thể thao và Du lịch; UBND các xã, phường và các cơ quan
// liên quan") into one entry per body. Commas inside a name or a collective group stay.
import { withoutDiacritics } from '@lantoa/domain';
import { fold } from './lines.ts';

/** Words that open a new body after a comma or "và" (folded, lower case). */
const NEW_BODY_ALWAYS =
  /^(cac|nhung|moi|ubnd|hdnd|uy ban|hoi dong|van phong|trung tam|cong an|bo chi huy|mat tran|tinh doan|tinh uy|dang uy|huyen uy|luc luong|nguoi|kho bac|ngan hang|buu dien|chi cuc|cuc|lien doan|lien hiep|hiep hoi|ban quan ly|ban chi dao|ban thuong vu|ban tuyen giao|ban dan van|ban to chuc|cong ty|tong cong ty|chu tich|giam doc|thu truong)\b/;
/** Capitalised heads followed by a name open a new body ("Sở Tài chính", not "sở, ban"). */
const NEW_BODY_NAMED = /^(So|Ban|Phong|Bo|Hoi|Doan|To|Truong|Vien|Cuc|Bao|Dai|Co quan)\s+\p{L}/u;
/** "cơ quan" followed by a qualifier is a body ("cơ quan báo chí"); bare it continues a group. */
const QUALIFIED_AGENCY = /^co quan\s+(?!(?:lien quan|co lien quan|truc thuoc|don vi|,))\S/;

function opensNewBody(piece: string): boolean {
  const f = fold(piece);
  if (NEW_BODY_ALWAYS.test(f)) return true;
  if (QUALIFIED_AGENCY.test(f)) return true;
  return NEW_BODY_NAMED.test(withoutDiacritics(piece));
}

const VERB_TAIL =
  /\s+(?:phối hợp|chủ trì|tổ chức (?:tuyên truyền|thực hiện|triển khai|các)|thực hiện|triển khai|tham mưu|hướng dẫn|truyền truyền|tuyên truyền|định hướng|chịu trách nhiệm|theo dõi|cung cấp|xây dựng|căn cứ|theo chức năng)(?![\p{L}\p{N}]).*$/u;

/** A segment that starts with a lower-case verb is a description, not a body. */
function looksLikeBody(s: string): boolean {
  if (/^\p{Lu}/u.test(s)) return true;
  const f = fold(s);
  return (
    NEW_BODY_ALWAYS.test(f) ||
    /^(co quan|don vi|so|ban|nganh|phong|to chuc|doanh nghiep|hop tac xa|thon|xa|phuong|truong|hoi|doan|dia phuong)\b/.test(
      f,
    )
  );
}

function cleanPiece(s: string): string {
  return s
    .replace(/^[\s,.;:-]+|[\s,.;:]+$/g, '')
    .replace(/(?:,\s*)?(?:\.\.\.|…)+$/u, '')
    .replace(/^(?:Mời|mời|Đề nghị|đề nghị|Yêu cầu|yêu cầu)\s+/u, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export function splitBodies(value: string): string[] {
  // Parenthetical remarks longer than an abbreviation are notes ("(chủ trì tổng hợp ...)").
  const text = value.replace(/\s*\(([^()]*)\)/g, (m, inner: string) =>
    inner.trim().split(/\s+/).length > 3 ? '' : m,
  );
  const out: string[] = [];
  for (const sentence of text.split(/;|\.\s+(?=\p{Lu})|\n/u)) {
    let seg = cleanPiece(sentence);
    if (!seg) continue;
    seg = cleanPiece(seg.replace(VERB_TAIL, ''));
    if (!seg || !looksLikeBody(seg)) continue;
    // Commas: split only where a new body starts.
    const pieces = seg.split(/\s*,\s*/u);
    let cur = '';
    const bodies: string[] = [];
    for (const piece of pieces) {
      if (!piece) continue;
      if (cur && opensNewBody(piece)) {
        bodies.push(cur);
        cur = piece;
      } else {
        cur = cur ? `${cur}, ${piece}` : piece;
      }
    }
    if (cur) bodies.push(cur);
    // "và" joins two bodies when a new body follows it.
    for (const b of bodies) {
      const parts = b.split(/\s+và\s+/u);
      let acc = '';
      for (const part of parts) {
        // "Văn phòng HĐND và UBND" is one joint office.
        if (acc && opensNewBody(part) && !/(HĐND|Hội đồng nhân dân)$/u.test(acc)) {
          out.push(acc);
          acc = part;
        } else {
          acc = acc ? `${acc} và ${part}` : part;
        }
      }
      if (acc) out.push(acc);
    }
  }
  return out.map(cleanPiece).filter((s) => s.length > 1);
}
