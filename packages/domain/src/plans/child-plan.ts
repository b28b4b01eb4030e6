// A body's own plan drafted from the plan above it (a commune's from the province's): the work the
// parent gives the body becomes the body's tasks, each led by the body's own office that does that
// kind of work where it has one, the targets keep the parent's figures as their floor, and the title
// is re-scoped to the body.
import { foldVietnamese } from '../text/vietnamese.ts';

/**
 * What a department or agency above works on (folded words of its name) → the words of the local
 * office that does the same work (the standard offices of a commune or ward: body-catalogue.ts).
 */
const COUNTERPARTS: readonly [RegExp, RegExp][] = [
  [/bao va phat thanh|phat thanh|truyen hinh|truyen thanh/, /truyen thanh/],
  [/tinh doan|doan thanh nien|doan tncs/, /doan thanh nien/],
  [/phu nu/, /phu nu/],
  [/nong dan/, /nong dan/],
  [/cuu chien binh/, /cuu chien binh/],
  [/mat tran/, /mat tran/],
  [/cong an/, /cong an/],
  [/quan su|chqs/, /quan su/],
  [/hanh chinh cong|dich vu cong|mot cua/, /hanh chinh cong|dich vu cong/],
  [/noi vu|van phong (?:uy ban|ubnd|hoi dong|hdnd)/, /van phong/],
  [
    /van hoa|thong tin|truyen thong|khoa hoc|giao duc|y te|du lich|lao dong|dan toc|ton giao|xa hoi/,
    /van hoa - xa hoi|van hoa xa hoi|van hoa va xa hoi/,
  ],
  [
    /tai chinh|ke hoach|dau tu|cong thuong|nong nghiep|xay dung|tai nguyen|moi truong|kinh te|giao thong/,
    /kinh te/,
  ],
];

/**
 * The body's own office that does the work of the bodies named above it, or null when none does
 * (the body itself then leads). The first name that has a counterpart decides.
 */
export function localCounterpart<Office extends { name: string }>(
  namesAbove: readonly string[],
  offices: readonly Office[],
): Office | null {
  for (const name of namesAbove) {
    const folded = foldVietnamese(name);
    for (const [above, local] of COUNTERPARTS) {
      if (!above.test(folded)) continue;
      const office = offices.find((o) => local.test(foldVietnamese(o.name)));
      if (office) return office;
    }
  }
  return null;
}

/**
 * A parent task's title as the body's own task: the same work where the body leads it; where the
 * body only took part, its part ("Phối hợp thực hiện: …").
 */
export function childTaskTitle(title: string, role: 'lead' | 'partner'): string {
  const t = title.trim();
  if (role === 'lead') return t;
  return `Phối hợp thực hiện: ${t.charAt(0).toLocaleLowerCase('vi')}${t.slice(1)}`;
}

/**
 * The parent's title re-scoped to the body: "… trên địa bàn tỉnh Tuyên Quang" → "… trên địa bàn xã
 * Hòa An"; a title that names no place gets the body's.
 */
export function childPlanTitle(parentTitle: string | null, bodyName: string): string {
  const base = (parentTitle ?? 'Kế hoạch').trim();
  const place = bodyName.replace(/^(?:Ủy ban nhân dân|UBND)\s+/iu, '').trim();
  const scoped = base.replace(
    // The place: its capitalised words ("tỉnh Tuyên Quang", "thành phố Hồ Chí Minh").
    /(trên địa bàn|của)\s+(?:tỉnh|thành phố)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*/u,
    `$1 ${place.charAt(0).toLocaleLowerCase('vi')}${place.slice(1)}`,
  );
  return scoped === base
    ? `${base} trên địa bàn ${place.charAt(0).toLocaleLowerCase('vi')}${place.slice(1)}`
    : scoped;
}
