// An item that names no lead in a field often names it as the subject of its sentence: "Sở Nội vụ
// tham mưu …", "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch xây
// dựng …", "Ủy ban nhân dân các xã, phường phối hợp với Công an tỉnh tuyên truyền …". The subject is a
// body when it starts as body names start; it ends where the predicate starts, at a verb that body
// names do not hold.
import { splitBodies } from './bodies.ts';

const BODY_START =
  /^(?:Sở|Ban|Ủy ban|Uỷ ban|UBND|Phòng|Trung tâm|Văn phòng|Báo|Đài|Công an|Bộ|Hội|Đoàn|Liên đoàn|Mặt trận|Tỉnh đoàn|Tỉnh ủy|Thành đoàn|Đảng ủy|Các sở|Các cơ quan|Các đơn vị|Các phòng|Cơ quan|Kho bạc|Ngân hàng|Viện|Trường|Chi cục|Cục|Bưu điện|Viễn thông|Hội đồng|Bộ Chỉ huy|Công chức)(?![\p{L}\p{N}])/u;

/**
 * Verbs that begin the predicate after a body's name in plans. None is part of a body's name as
 * plans write them ("tổ chức" only after "các"/"và": "các tổ chức chính trị - xã hội" is a body).
 */
const PREDICATE =
  /\s+(?=(?:là cơ quan|làm đầu mối|có trách nhiệm|chịu trách nhiệm|chủ trì|phối hợp|tham mưu|thực hiện|(?<!(?:các|và|những)\s)tổ chức|xây dựng|triển khai|hướng dẫn|mở|đẩy mạnh|tăng cường|tuyên truyền|biên soạn|phát hành|duy trì|theo dõi|đôn đốc|bố trí|cung cấp|đăng tải|phổ biến|nghiên cứu|lồng ghép|rà soát|chỉ đạo|đề xuất|ban hành|hỗ trợ|bảo đảm|đảm bảo|cập nhật|vận động|quán triệt|kiểm tra|giám sát|tiếp tục|khẩn trương|chủ động|căn cứ|định kỳ|thường xuyên|kịp thời|tập trung|phát động|tiếp nhận|quản lý|vận hành|sản xuất|dành|bổ sung|nâng cao)(?![\p{L}\p{N}]))/u;

/** The names of a subject, or none when it is too long to be names (a sentence, not a subject). */
function namesOf(subject: string): string[] {
  if (!subject || subject.length > 150 || subject.split(/\s+/).length > 25) return [];
  return splitBodies(subject);
}

/** The lead and partners an item's sentence gives its subject, or null when its subject is no body. */
export function subjectLead(text: string): { lead: string[]; partners: string[] } | null {
  const sentence = text.replace(/^(?:Giao|Đề nghị|Yêu cầu)\s+/u, '');
  if (!BODY_START.test(sentence)) return null;
  const cut = PREDICATE.exec(sentence);
  if (!cut) return null;
  const lead = namesOf(sentence.slice(0, cut.index).replace(/[,:]$/, '').trim());
  if (!lead.length) return null;
  // "… chủ trì, phối hợp với Y <verb> …" and "… phối hợp với Y <verb> …": Y are the partners.
  const rest = sentence.slice(cut.index).trim();
  const withWhom = /^(?:chủ trì(?:,|\s)*(?:và\s+)?)?phối hợp\s+(?:chặt chẽ\s+)?(?:với\s+)?(.+)$/u.exec(rest);
  if (!withWhom) return { lead, partners: [] };
  // The partners end where their predicate starts, or with the clause.
  const after = (withWhom[1] ?? '').split(/[;.]\s|[;.]$/u)[0] ?? '';
  const end = PREDICATE.exec(after);
  const partners = namesOf((end ? after.slice(0, end.index) : after).replace(/[,:]$/, '').trim());
  return { lead, partners };
}

/**
 * The lead and partners a parenthesis or a sentence of an item gives in words, not in a labelled
 * field: "(Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Nội vụ)", "Giao Ủy ban nhân dân
 * các xã, phường chủ trì thực hiện". Only a clause that says "chủ trì" counts: an item's sentence
 * whose subject is a body is read by `subjectLead` where no lead is given at all.
 */
export function statedLead(clause: string): { lead: string[]; partners: string[] } | null {
  if (!/(?<![\p{L}\p{N}])chủ trì(?![\p{L}\p{N}])/u.test(clause)) return null;
  return subjectLead(clause);
}

/**
 * A heading that only names bodies ("1. Sở Văn hóa, Thể thao và Du lịch", then its items a), b), …):
 * they lead the items below it. Null for a heading that says what to do.
 */
export function bodyHeading(text: string): string[] | null {
  const heading = text.replace(/[:.]$/, '').trim();
  if (!BODY_START.test(heading) || PREDICATE.test(heading) || /[.;]\s/.test(heading)) return null;
  const names = namesOf(heading);
  return names.length > 0 ? names : null;
}

/** A body's name with what it is said to do cut off ("Sở Khoa học và Công nghệ có trách nhiệm" → the Sở). */
export function bodyNamePart(text: string): string {
  const cut = PREDICATE.exec(text);
  return cut && cut.index > 0 ? text.slice(0, cut.index).trim() : text;
}
