import { type BodyRow, type GrantRow, type TargetsTable, toBodyRef, type UserWithBody } from '@lantoa/db';
import type { BodyKind } from '@lantoa/domain';
import type { Selectable } from 'kysely';

/** A body as the API answers it: as the rules see it, with its count of children and its version. */
export const presentBody = (b: BodyRow & { child_count?: number | null }) => ({
  ...toBodyRef(b),
  childCount: Number(b.child_count ?? 0),
  version: b.version,
});

export const presentBrief = (b: { id: string; name: string; kind: BodyKind }) => ({
  id: b.id,
  name: b.name,
  kind: b.kind,
});

export const presentUser = (u: UserWithBody, grants: GrantRow[]) => ({
  id: u.id,
  username: u.username,
  fullName: u.full_name,
  email: u.email,
  body: { id: u.body_id, name: u.body_name, kind: u.body_kind },
  roles: grants.map(({ role, scopeBodyId, scopeBodyName }) => ({ role, scopeBodyId, scopeBodyName })),
  disabled: u.disabled,
  createdAt: u.created_at.toISOString(),
  version: u.version,
});
export type UserDto = ReturnType<typeof presentUser>;

/** What the audit trail keeps of an account: never its password hash. */
export const auditUser = (
  u: { username: string; full_name: string; email: string | null; body_id: string; disabled: boolean },
  roles?: unknown,
) => ({
  username: u.username,
  fullName: u.full_name,
  email: u.email,
  bodyId: u.body_id,
  disabled: u.disabled,
  ...(roles ? { roles } : {}),
});

export const presentTarget = (t: Selectable<TargetsTable>) => ({
  id: t.id,
  year: t.year,
  comparator: t.comparator,
  value: Number(t.value),
  unit: t.unit,
  text: t.text,
});

/** An audit entry's before or after as the use case recorded it: the entity's fields, or nothing. */
export function presentSnapshot(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
