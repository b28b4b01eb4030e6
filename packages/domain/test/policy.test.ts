import { describe, expect, it } from 'vitest';
import { type Ability, can, type Role, scopePaths } from '../src/index.ts';
import {
  actor,
  COMMUNE,
  grant,
  LOOKALIKE_PROVINCE,
  OTHER_COMMUNE,
  OTHER_PROVINCE,
  PROVINCE,
} from './access-fixtures.ts';

const actorWith = (role: Role, scopePath: string) => actor('u', grant(role, scopePath));

describe('can', () => {
  // role, scope, ability, target, expected
  const table: [Role, string, Ability, string, boolean][] = [
    ['admin', PROVINCE, 'manageUsers', COMMUNE, true],
    ['admin', PROVINCE, 'manageUsers', OTHER_PROVINCE, false],
    ['admin', COMMUNE, 'readBody', PROVINCE, false],
    ['coordinator', PROVINCE, 'editBody', COMMUNE, true],
    ['coordinator', PROVINCE, 'manageUsers', COMMUNE, false],
    ['coordinator', PROVINCE, 'readAudit', COMMUNE, true],
    ['coordinator', PROVINCE, 'readBody', OTHER_PROVINCE, false],
    ['focal_point', COMMUNE, 'readBody', COMMUNE, true],
    ['focal_point', COMMUNE, 'readBody', OTHER_COMMUNE, false],
    ['focal_point', COMMUNE, 'editBody', COMMUNE, false],
    ['focal_point', COMMUNE, 'readAudit', COMMUNE, false],
    ['viewer', PROVINCE, 'readBody', COMMUNE, true],
    ['viewer', PROVINCE, 'editBody', COMMUNE, false],
    ['broadcaster', COMMUNE, 'readBody', COMMUNE, true],
    ['broadcaster', COMMUNE, 'manageUsers', COMMUNE, false],
    ['coordinator', PROVINCE, 'managePlans', COMMUNE, true],
    ['focal_point', COMMUNE, 'managePlans', COMMUNE, true],
    ['focal_point', COMMUNE, 'managePlans', PROVINCE, false],
    ['focal_point', COMMUNE, 'updateTasks', COMMUNE, true],
    ['focal_point', COMMUNE, 'updateTasks', OTHER_COMMUNE, false],
    ['viewer', PROVINCE, 'updateTasks', COMMUNE, false],
    ['broadcaster', COMMUNE, 'updateTasks', COMMUNE, false],
    ['coordinator', PROVINCE, 'manageContests', PROVINCE, true],
    ['focal_point', COMMUNE, 'manageContests', COMMUNE, false],
  ];
  it.each(table)('a %s of %s asking %s on %s is %s', (role, scope, ability, target, expected) => {
    expect(can(actorWith(role, scope), ability, target)).toBe(expected);
  });

  it('a prefix of another id is not a subtree', () => {
    expect(can(actorWith('viewer', PROVINCE), 'readBody', LOOKALIKE_PROVINCE)).toBe(false);
  });
});

describe('scopePaths', () => {
  it('drops scopes nested inside another scope with the same ability', () => {
    const threeScopes = actor(
      'u',
      grant('viewer', PROVINCE),
      grant('focal_point', COMMUNE),
      grant('broadcaster', OTHER_PROVINCE),
    );
    expect(scopePaths(threeScopes, 'readBody').sort()).toEqual([OTHER_PROVINCE, PROVINCE].sort());
    expect(scopePaths(threeScopes, 'editBody')).toEqual([]);
  });
});
