// Signing in and the signed-in account.
import { ABILITIES } from '@lantoa/domain/constants';
import { z } from 'zod';
import { user } from './users.ts';

/** The signed-in account, the abilities it holds somewhere in its scope, and its CSRF token. */
export const me = z.object({
  user,
  /** Whether the person holds each ability somewhere in their scope: the web shows or hides actions by it. */
  abilities: z.record(z.enum(ABILITIES), z.boolean()),
  /** Sent back in `x-csrf-token` on every write. */
  csrfToken: z.string(),
});
