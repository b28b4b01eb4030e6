import type { Context } from '../../http/context.ts';
import { presentUser } from '../../presenters/present.ts';
import { loadManageableUser } from './load-user.ts';

/** An account the actor may read (within their administration), with its grants; 404 otherwise. */
export async function getUser(ctx: Context, id: string) {
  const { user, grants } = await loadManageableUser(ctx, id, 'read');
  return presentUser(user, grants);
}
