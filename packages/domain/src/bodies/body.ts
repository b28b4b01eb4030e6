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
