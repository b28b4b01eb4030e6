import { api, type Query } from './client.ts';
import type {
  AuditEntry,
  Body,
  BodyDetail,
  BodyKind,
  BodySearchHit,
  Me,
  Page,
  RoleGrant,
  User,
} from './types.ts';

export interface BodyInput {
  kind: BodyKind;
  name: string;
  shortNames: string[];
  aliases: string[];
  code: string | null;
}

export interface UserCreateInput {
  bodyId: string;
  username: string;
  fullName: string;
  email?: string;
  password: string;
  roles: Pick<RoleGrant, 'role' | 'scopeBodyId'>[];
}

export interface UserUpdateInput {
  fullName?: string;
  email?: string | null;
  roles?: Pick<RoleGrant, 'role' | 'scopeBodyId'>[];
  disabled?: boolean;
  version: number;
}

export const authApi = {
  me: () => api.get<Me>('/api/auth/me'),
  signIn: (username: string, password: string) => api.post<Me>('/api/auth/sign-in', { username, password }),
  signOut: () => api.post<void>('/api/auth/sign-out'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/api/auth/change-password', { currentPassword, newPassword }),
};

export const bodiesApi = {
  roots: () => api.get<{ items: Body[] }>('/api/bodies/roots'),
  get: (id: string) => api.get<BodyDetail>(`/api/bodies/${encodeURIComponent(id)}`),
  children: (id: string) => api.get<{ items: Body[] }>(`/api/bodies/${encodeURIComponent(id)}/children`),
  search: (q: string, limit = 20) => api.get<{ items: BodySearchHit[] }>('/api/bodies/search', { q, limit }),
  create: (input: BodyInput & { parentId: string }) => api.post<{ body: Body }>('/api/bodies', input),
  update: (id: string, input: Partial<BodyInput> & { version: number }) =>
    api.patch<{ body: Body }>(`/api/bodies/${encodeURIComponent(id)}`, input),
};

export const usersApi = {
  list: (query: { bodyId?: string; q?: string; page?: number; pageSize?: number }) =>
    api.get<Page<User>>('/api/users', query),
  get: (id: string) => api.get<{ user: User }>(`/api/users/${encodeURIComponent(id)}`),
  create: (input: UserCreateInput) => api.post<{ user: User }>('/api/users', input),
  update: (id: string, input: UserUpdateInput) =>
    api.patch<{ user: User }>(`/api/users/${encodeURIComponent(id)}`, input),
  resetPassword: (id: string, newPassword: string) =>
    api.post<void>(`/api/users/${encodeURIComponent(id)}/reset-password`, { newPassword }),
};

export interface AuditQuery extends Query {
  bodyId?: string;
  userId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const auditApi = {
  list: (query: AuditQuery) => api.get<Page<AuditEntry>>('/api/audit', query),
};
