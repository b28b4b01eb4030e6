import type { BodyKind } from '../bodies/body.ts';
import type { ScienceIndicatorKind } from '../public/science-tasks.ts';
import { foldVietnamese } from '../text/vietnamese.ts';
import { type AudienceBinding, proposeAudienceBinding } from '../training/target-binding.ts';
import type { OutputIndicatorKind } from './outputs.ts';

// Which of the register's measures a plan's target asks for, read from its words (folded: no
// diacritics, one spacing). First match wins; the coordinator confirms, never the reader alone.
const MEASURES: { kind: OutputIndicatorKind; says: RegExp }[] = [
  // "100% hệ thống thông tin cơ sở đăng, phát lại các sản phẩm truyền thông của Trung ương và địa phương".
  { kind: 'stations_rebroadcast', says: /\bphat lai\b/ },
  // "tối thiểu 10% (2026), 30% (2030) xuất bản phẩm … trong chương trình đặt hàng".
  { kind: 'outputs_commissioned', says: /\bdat hang\b/ },
  // "tối thiểu 40% các sản phẩm truyền thông về nỗ lực của địa phương".
  { kind: 'outputs_local', says: /\bsan pham\b.*\b(no luc|ket qua|thanh tuu|cach lam)\b.*\bdia phuong\b/ },
  // "100% cơ quan báo chí tỉnh xây dựng chuyên trang, chuyên mục"; "100% sở, ban, ngành, địa
  // phương tuyên truyền … trên Cổng/Trang thông tin điện tử".
  {
    kind: 'channels_active',
    says: /\b(chuyen trang|chuyen muc|cong thong tin|trang thong tin|trang tin dien tu|fanpage|zalo)\b/,
  },
];

/** A target's words folded (no diacritics, case or punctuation), as the measures above read them. */
const foldedTarget = (targetText: string) =>
  foldVietnamese(targetText)
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();

/** The register's measure a target's wording asks for, or null when it asks for something else. */
export function proposeOutputBinding(targetText: string): OutputIndicatorKind | null {
  const text = foldedTarget(targetText);
  return MEASURES.find((m) => m.says.test(text))?.kind ?? null;
}

/**
 * "100% nhiệm vụ khoa học và công nghệ có sử dụng ngân sách nhà nước (trừ những nhiệm vụ liên quan
 * đến bí mật nhà nước) được truyền thông, phổ biến": the S&T registry's disclosed share. It wants the
 * registry's own words (state-funded S&T tasks) and a disclosure; a commune's "chương trình, dự án ứng
 * dụng khoa học và công nghệ" is not the registry and gets nothing.
 */
const SCIENCE_DISCLOSED =
  /\bnhiem vu (khoa hoc|kh cn|khcn)\b.*\bngan sach nha nuoc\b.*\b(truyen thong|pho bien|cong khai|cong bo)\b/;

/** The S&T registry's measure a target's wording asks for, or null. */
export function proposeScienceBinding(targetText: string): ScienceIndicatorKind | null {
  return SCIENCE_DISCLOSED.test(foldedTarget(targetText)) ? 'science_disclosed' : null;
}

/**
 * The bodies that should have a section when an indicator names none (`reported_by` empty):
 * departments, press agencies and communes, the ones the plans ask to publish ("sở, ban, ngành,
 * địa phương", "cơ quan báo chí").
 */
export const SECTION_HOLDER_KINDS: readonly BodyKind[] = ['department', 'press_agency', 'commune'];

/**
 * What a computed indicator bound by a coordinator measures: an audience's people, the outputs
 * register, or the S&T tasks registry.
 */
export type IndicatorBinding =
  | AudienceBinding
  | { kind: OutputIndicatorKind }
  | { kind: ScienceIndicatorKind };

/**
 * The computed measure a reported indicator's target asks for, for the coordinator to confirm: the
 * training and briefing records first (they name people and a verb), then the S&T tasks registry (its
 * target speaks of "truyền thông" and media, words the register's measures would otherwise read),
 * then the outputs register.
 */
export function proposeIndicatorBinding(targetText: string): IndicatorBinding | null {
  const audience = proposeAudienceBinding(targetText);
  if (audience) return audience;
  const science = proposeScienceBinding(targetText);
  if (science) return { kind: science };
  const kind = proposeOutputBinding(targetText);
  return kind ? { kind } : null;
}

/**
 * What an indicator bound to the register or the S&T registry counts, as its form, report and
 * documents name it.
 */
export const OUTPUT_MEASURE_LABELS: Record<
  OutputIndicatorKind | ScienceIndicatorKind,
  { numerator: string; denominator: string }
> = {
  channels_active: {
    numerator: 'Số đơn vị có chuyên trang, chuyên mục đăng tin, bài trong kỳ',
    denominator: 'Tổng số đơn vị phải có chuyên trang, chuyên mục',
  },
  outputs_local: {
    numerator: 'Số sản phẩm truyền thông về nỗ lực của địa phương',
    denominator: 'Tổng số sản phẩm truyền thông đã đăng, phát',
  },
  outputs_commissioned: {
    numerator: 'Số xuất bản phẩm trong chương trình đặt hàng',
    denominator: 'Tổng số xuất bản phẩm',
  },
  stations_rebroadcast: {
    numerator: 'Số đài truyền thanh cơ sở đã đăng, phát lại sản phẩm của Trung ương, địa phương',
    denominator: 'Tổng số đài truyền thanh cơ sở',
  },
  science_disclosed: {
    numerator: 'Số nhiệm vụ KH&CN sử dụng ngân sách nhà nước đã được công khai, truyền thông',
    denominator: 'Tổng số nhiệm vụ KH&CN sử dụng ngân sách nhà nước (trừ nhiệm vụ thuộc bí mật nhà nước)',
  },
};
