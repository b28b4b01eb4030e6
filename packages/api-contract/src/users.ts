// Accounts.
import { ROLES } from '@lantoa/domain/constants';
import { z } from 'zod';
import { bodyBrief, id, isoDateTime, pageOf } from './common.ts';

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
