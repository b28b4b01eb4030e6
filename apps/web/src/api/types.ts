/** Shapes of the Lan Tỏa HTTP API, as the staff app reads them. */

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

export const ROLES = ['admin', 'coordinator', 'focal_point', 'viewer', 'broadcaster'] as const;
export type Role = (typeof ROLES)[number];

export interface BodyBrief {
  id: string;
  name: string;
  kind: BodyKind;
}

export interface Body extends BodyBrief {
  parentId: string | null;
  shortNames: string[];
  aliases: string[];
  code: string | null;
  childCount: number;
  version: number;
}

export interface BodySearchHit extends Body {
  path: BodyBrief[];
}

export interface RoleGrant {
  role: Role;
  scopeBodyId: string;
  scopeBodyName?: string;
}

export interface Me {
  user: {
    id: string;
    username: string;
    fullName: string;
    email: string | null;
    body: BodyBrief;
    roles: RoleGrant[];
  };
  csrfToken: string;
  abilities: { manageUsers: boolean; readAudit: boolean };
}

export interface BodyDetail {
  body: Body;
  ancestors: BodyBrief[];
  abilities: { update: boolean; createChild: boolean; manageUsers: boolean };
}

export interface User {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  body: BodyBrief;
  roles: RoleGrant[];
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface AuditEntry {
  id: string | number;
  at: string;
  actor: { id: string; username: string; fullName: string } | null;
  body: BodyBrief | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
