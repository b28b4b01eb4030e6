import type { BodyKind, Role } from '@lantoa/domain';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;
type Json = ColumnType<unknown, string | null, string | null>;

export interface BodiesTable {
  id: Generated<string>;
  parent_id: string | null;
  kind: BodyKind;
  name: string;
  short_names: string[];
  aliases: string[];
  code: string | null;
  /** '/root-id/…/own-id/': the materialised path that every subtree filter uses. */
  path: string;
  depth: number;
  /** Folded name, short names and aliases for diacritics-insensitive search. */
  search_key: string;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  body_id: string;
  username: string;
  full_name: string;
  email: string | null;
  password_hash: string;
  disabled: Generated<boolean>;
  failed_sign_ins: Generated<number>;
  locked_until: Date | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RoleGrantsTable {
  user_id: string;
  role: Role;
  scope_body_id: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Date;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_id: string | null;
  body_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Json;
  after: Json;
}

export interface Database {
  bodies: BodiesTable;
  users: UsersTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
}

export type BodyRow = Selectable<BodiesTable>;
export type NewBody = Insertable<BodiesTable>;
export type UserRow = Selectable<UsersTable>;
export type AuditRow = Selectable<AuditLogTable>;
