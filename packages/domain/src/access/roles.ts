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
  },
  coordinator: {
    readBody: true,
    editBody: true,
    manageUsers: false,
    readAudit: true,
    managePlans: true,
    updateTasks: true,
    manageContests: true,
  },
  focal_point: {
    readBody: true,
    editBody: false,
    manageUsers: false,
    readAudit: false,
    managePlans: false,
    updateTasks: true,
    manageContests: false,
  },
  viewer: {
    readBody: true,
    editBody: false,
    manageUsers: false,
    readAudit: false,
    managePlans: false,
    updateTasks: false,
    manageContests: false,
  },
  broadcaster: {
    readBody: true,
    editBody: false,
    manageUsers: false,
    readAudit: false,
    managePlans: false,
    updateTasks: false,
    manageContests: false,
  },
} as const satisfies Record<Role, Record<Ability, boolean>>;
