/** Kinds of body (organisation unit) in the tree. A country root holds the 34 provinces. */
export const BODY_KINDS = [
  'country',
  'province',
  'department',
  'press_agency',
  'pc_office',
  'commune',
  'village',
  'digital_team',
  'school',
  'association',
  'business',
  'other',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** A body as the pure rules see it; `path` lists the ids from the root down to the body itself. */
export interface BodyRef {
  id: string;
  parentId: string | null;
  kind: BodyKind;
  name: string;
  shortNames: string[];
  aliases: string[];
  /** Official code: 2 digits for a province, 5 for a commune or ward; null for other bodies. */
  code: string | null;
}

/**
 * The id of the province a body belongs to, from its materialised path ('/country/province/…/'):
 * depth 1 under the country root; the root itself for the root (it has no province).
 */
export function provinceIdOf(path: string): string | undefined {
  const ids = path.split('/').filter(Boolean);
  return ids[Math.min(1, ids.length - 1)];
}
