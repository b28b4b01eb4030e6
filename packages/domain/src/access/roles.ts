/** Roles an account can hold; each grant applies to the subtree of one body (its scope). */
export const ROLES = ['admin', 'coordinator', 'focal_point', 'viewer', 'broadcaster'] as const;
export type Role = (typeof ROLES)[number];

/** What a role may do inside its scope. */
export const ABILITIES = [
  'readBody',
  'editBody',
  'manageUsers',
  'readAudit',
  'managePlans',
  'updateTasks',
  'manageContests',
  /** Upload communication products to the shared library. */
  'contributeLibrary',
  /** Approve library items before other bodies see them. */
  'reviewLibrary',
  /** Write bulletins, keep stations, their programmes and broadcast logs. */
  'broadcast',
  /**
   * Keep the body's people who count (rosters, head-counts, digital teams and their activity),
   * organise its courses and briefings, nominate participants and take attendance.
   */
  'manageTraining',
  /**
   * Record what the body published and its channels, keep its communication network, send press
   * releases, and push approved library items to the bodies below to publish.
   */
  'communicate',
  /** Organise the body's events (festivals, conferences…), answer invitations, count who came. */
  'manageEvents',
  /** Nominate the body's own people, or bodies below it, for an honour. */
  'nominateHonours',
  /** Decide nominations (decision number, certificate) for the bodies in scope. */
  'decideHonours',
  /**
   * Make the body's budget estimate and record its spending; over bodies below, consolidate their
   * estimates (the finance department appraises and the allocation is recorded through the same ability).
   */
  'manageBudget',
] as const;
export type Ability = (typeof ABILITIES)[number];

/**
 * Who holds each ability: one row per ability naming every role that has it, so "who may do X?"
 * is read on one line. Nothing is inherited: a role absent from a row does not have that ability
 * (an ability added to the coordinator is never given to anyone else by derivation).
 */
const ABILITY_HOLDERS = {
  readBody: ['admin', 'coordinator', 'focal_point', 'viewer', 'broadcaster'],
  editBody: ['admin', 'coordinator'],
  manageUsers: ['admin'],
  readAudit: ['admin', 'coordinator'],
  // Its body's own plan: a commune's focal point drafts it from the province's, publishes and runs it.
  managePlans: ['admin', 'coordinator', 'focal_point'],
  updateTasks: ['admin', 'coordinator', 'focal_point'],
  manageContests: ['admin', 'coordinator'],
  contributeLibrary: ['admin', 'coordinator', 'focal_point', 'broadcaster'],
  reviewLibrary: ['admin', 'coordinator'],
  broadcast: ['admin', 'coordinator', 'broadcaster'],
  manageTraining: ['admin', 'coordinator', 'focal_point'],
  communicate: ['admin', 'coordinator', 'focal_point'],
  manageEvents: ['admin', 'coordinator', 'focal_point'],
  nominateHonours: ['admin', 'coordinator', 'focal_point'],
  decideHonours: ['admin', 'coordinator'],
  manageBudget: ['admin', 'coordinator', 'focal_point'],
} as const satisfies Record<Ability, readonly Role[]>;

/** The same table read by role: `ROLE_ABILITIES[role][ability]`. */
export const ROLE_ABILITIES = Object.fromEntries(
  ROLES.map((role) => [
    role,
    Object.fromEntries(
      ABILITIES.map((ability) => [ability, (ABILITY_HOLDERS[ability] as readonly Role[]).includes(role)]),
    ),
  ]),
) as Record<Role, Record<Ability, boolean>>;
