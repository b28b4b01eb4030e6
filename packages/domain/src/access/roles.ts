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
] as const;
export type Ability = (typeof ABILITIES)[number];

export const ROLE_ABILITIES = {
  admin: {
    readBody: true,
    editBody: true,
    manageUsers: true,
    readAudit: true,
    managePlans: true,
    updateTasks: true,
    manageContests: true,
    contributeLibrary: true,
    reviewLibrary: true,
    broadcast: true,
    manageTraining: true,
    communicate: true,
  },
  coordinator: {
    readBody: true,
    editBody: true,
    manageUsers: false,
    readAudit: true,
    managePlans: true,
    updateTasks: true,
    manageContests: true,
    contributeLibrary: true,
    reviewLibrary: true,
    broadcast: true,
    manageTraining: true,
    communicate: true,
  },
  focal_point: {
    readBody: true,
    editBody: false,
    manageUsers: false,
    readAudit: false,
    // Its body's own plan: a commune's focal point drafts it from the province's, publishes and runs it.
    managePlans: true,
    updateTasks: true,
    manageContests: false,
    contributeLibrary: true,
    reviewLibrary: false,
    broadcast: false,
    manageTraining: true,
    communicate: true,
  },
  viewer: {
    readBody: true,
    editBody: false,
    manageUsers: false,
    readAudit: false,
    managePlans: false,
    updateTasks: false,
    manageContests: false,
    contributeLibrary: false,
    reviewLibrary: false,
    broadcast: false,
    manageTraining: false,
    communicate: false,
  },
  broadcaster: {
    readBody: true,
    editBody: false,
    manageUsers: false,
    readAudit: false,
    managePlans: false,
    updateTasks: false,
    manageContests: false,
    contributeLibrary: true,
    reviewLibrary: false,
    broadcast: true,
    manageTraining: false,
    communicate: false,
  },
} as const satisfies Record<Role, Record<Ability, boolean>>;
