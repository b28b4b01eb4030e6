// Accounts.
import { ROLES } from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyBrief, id, isoDateTime, pageOf } from './common.ts';
import { version } from './request-fields.ts';
import { text } from './text-field.ts';

export const role = z.enum(ROLES);

/** A role held over the subtree of a scope body. */
export const roleGrant = z.object({ role, scopeBodyId: id, scopeBodyName: z.string().optional() });

export const user = z.object({
  id,
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  body: bodyBrief,
  roles: z.array(roleGrant),
  disabled: z.boolean(),
  createdAt: isoDateTime,
  version: z.number().int(),
});

/** GET /api/users: the accounts the actor manages, a page at a time. */
export const userPage = pageOf(user);
/** One account (GET, POST, PATCH /api/users…). */
export const userResponse = z.object({ user });

// Requests -------------------------------------------------------------------------------------

/** A password as typed: its strength is the domain's password policy, checked by the use case. */
export const password = z.string().min(1).max(200);
const username = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[a-zA-Z0-9._-]+$/, 'Chỉ dùng chữ không dấu, số và các dấu . _ -');
const fullName = text(200);
const email = z.email().max(200).nullish();
const roleGrants = z.array(z.object({ role, scopeBodyId: z.uuid() })).max(20);

/** A new account (POST /api/users). */
export const userCreateInput = z.object({
  bodyId: z.uuid(),
  username,
  fullName,
  email,
  password,
  roles: roleGrants,
});

/** A change of an account (PATCH /api/users/:id): only what changes, with the version loaded. */
export const userUpdateInput = z.object({
  fullName: fullName.optional(),
  email,
  roles: roleGrants.optional(),
  disabled: z.boolean().optional(),
  version,
});
