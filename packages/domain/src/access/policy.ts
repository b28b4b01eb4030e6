import { type Ability, ROLE_ABILITIES, type Role } from './roles.ts';

/** A grant with the materialised path ('/root/…/scope/') of its scope body. */
export interface Grant {
  role: Role;
  scopeBodyId: string;
  scopePath: string;
}

export interface Actor {
  userId: string;
  bodyId: string;
  grants: Grant[];
}

/** True when `path` is the scope body or lies below it. */
export function isWithin(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}

/** May the actor exercise `ability` on a body with this path? */
export function can(actor: Actor, ability: Ability, bodyPath: string): boolean {
  return actor.grants.some((g) => ROLE_ABILITIES[g.role][ability] && isWithin(bodyPath, g.scopePath));
}

/**
 * The scope paths in which the actor holds `ability`, without paths nested in another one, for
 * the subtree filter of list queries. Empty means nothing is visible.
 */
export function scopePaths(actor: Actor, ability: Ability): string[] {
  const paths = actor.grants.filter((g) => ROLE_ABILITIES[g.role][ability]).map((g) => g.scopePath);
  return [...new Set(paths)].filter((p) => !paths.some((other) => other !== p && isWithin(p, other)));
}

/** May the actor give `role` over the body at `scopePath`? Only inside its own admin scope. */
export function canGrant(actor: Actor, scopePath: string): boolean {
  return can(actor, 'manageUsers', scopePath);
}
