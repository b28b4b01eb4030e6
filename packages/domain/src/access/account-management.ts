import { type Actor, can, canGrant, type Grant } from './policy.ts';

/**
 * What an administrator does to an account. `disable` covers both ways of the switch;
 * `changeGrants` is any grant added or removed.
 */
export const ACCOUNT_ACTIONS = ['read', 'edit', 'resetPassword', 'disable', 'changeGrants'] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

/** The account acted on: its home body and every grant it holds, with their paths. */
export interface ManagedAccount {
  userId: string;
  bodyPath: string;
  grants: readonly Pick<Grant, 'scopePath'>[];
}

/**
 * `allow`; `outOfReach` (answered as not found, like any id of another body); or `notForSelf`:
 * the actor's own account, where the action must go through another route or another person.
 */
export type AccountDecision = 'allow' | 'outOfReach' | 'notForSelf';

/** What one may do to one's own account through the administration routes. */
const SELF: Record<AccountAction, 'always' | 'asAnyAccount' | 'never'> = {
  // Everybody sees their own account.
  read: 'always',
  // Name and e-mail, under the same reach as anybody else's.
  edit: 'asAnyAccount',
  // Without the current password a stolen session would become a stolen account: change-password.
  resetPassword: 'never',
  // Locking oneself out, or raising or dropping one's own rights, is left to another administrator.
  disable: 'never',
  changeGrants: 'never',
};

/**
 * True when the actor could have given the account everything it holds: its home body and the
 * scope of every one of its grants lie inside the actor's user-management scopes (each in one of
 * them). Otherwise managing it would let the actor take over rights it does not hold, e.g. a
 * provincial administrator resetting the password of a national administrator who works in the
 * province.
 */
export function reachesAccount(actor: Actor, account: ManagedAccount): boolean {
  return [account.bodyPath, ...account.grants.map((g) => g.scopePath)].every((path) =>
    can(actor, 'manageUsers', path),
  );
}

/** The one rule for every administration action on an account. */
export function decideAccountAction(
  actor: Actor,
  account: ManagedAccount,
  action: AccountAction,
): AccountDecision {
  if (account.userId === actor.userId) {
    const self = SELF[action];
    if (self === 'always') return 'allow';
    if (self === 'never') return 'notForSelf';
  }
  return reachesAccount(actor, account) ? 'allow' : 'outOfReach';
}

export const canManageAccount = (actor: Actor, account: ManagedAccount, action: AccountAction): boolean =>
  decideAccountAction(actor, account, action) === 'allow';

export interface GrantChange {
  /** The grants the account holds afterwards. */
  result: Grant[];
  add: Grant[];
  remove: Grant[];
  /** Asked for but outside what the actor may give: the whole change is refused. */
  refused: Grant[];
}

const key = (g: Pick<Grant, 'role' | 'scopeBodyId'>) => `${g.role}|${g.scopeBodyId}`;

/**
 * Applies "the account should hold `requested`" as far as the actor's power goes. Grants the actor
 * could not give stay untouched whatever is asked (a client that only shows the actor's own part
 * cannot strip the rest); a new grant outside the actor's scope is refused. Duplicates collapse.
 */
export function planGrantChange(
  actor: Actor,
  current: readonly Grant[],
  requested: readonly Grant[],
): GrantChange {
  const wanted = new Map(requested.map((g) => [key(g), g]));
  const held = new Map(current.map((g) => [key(g), g]));
  const untouchable = current.filter((g) => !canGrant(actor, g.scopePath));
  const remove = current.filter((g) => canGrant(actor, g.scopePath) && !wanted.has(key(g)));
  const fresh = [...wanted.values()].filter((g) => !held.has(key(g)));
  const refused = fresh.filter((g) => !canGrant(actor, g.scopePath));
  const add = fresh.filter((g) => canGrant(actor, g.scopePath));
  const kept = current.filter((g) => canGrant(actor, g.scopePath) && wanted.has(key(g)));
  return { result: [...untouchable, ...kept, ...add], add, remove, refused };
}

/** True when the change adds or removes something. */
export const changesGrants = (change: GrantChange): boolean => change.add.length + change.remove.length > 0;
