import { describe, expect, it } from 'vitest';
import { assignableBy, provinceIdOf } from '../src/index.ts';
import {
  COMMUNE,
  COMMUNE_OFFICE,
  COUNTRY,
  DEPARTMENT,
  OTHER_COMMUNE,
  OTHER_DEPARTMENT,
  OTHER_PROVINCE_DEPARTMENT,
  PROVINCE,
  VILLAGE_TEAM,
} from './access-fixtures.ts';

describe('assignableBy: a plan gives work only within its issuer’s subtree', () => {
  // issuer, body, expected
  const table: [string, string, boolean][] = [
    [COMMUNE, COMMUNE, true],
    [COMMUNE, COMMUNE_OFFICE, true],
    [COMMUNE, VILLAGE_TEAM, true],
    [COMMUNE, PROVINCE, false],
    [COMMUNE, DEPARTMENT, false],
    [COMMUNE, COUNTRY, false],
    [COMMUNE, OTHER_COMMUNE, false],
    [PROVINCE, DEPARTMENT, true],
    [PROVINCE, COMMUNE, true],
    [PROVINCE, VILLAGE_TEAM, true],
    [PROVINCE, COUNTRY, false],
    [PROVINCE, OTHER_PROVINCE_DEPARTMENT, false],
    // A department's own plan directs its own units, not its sibling departments.
    [DEPARTMENT, OTHER_DEPARTMENT, false],
  ];
  it.each(table)('issuer %s, body %s → %s', (issuer, body, expected) => {
    expect(assignableBy(issuer, body)).toBe(expected);
  });

  it('compares whole path segments: a body whose id starts like the issuer’s is not under it', () => {
    expect(assignableBy('/vn/tq/hoa/', '/vn/tq/hoa-an/')).toBe(false);
  });
});

describe('provinceIdOf', () => {
  it('finds the province at depth 1 under the country, for the province and anything below it', () => {
    expect(provinceIdOf('/vn/tq/')).toBe('tq');
    expect(provinceIdOf('/vn/tq/hoa-an/')).toBe('tq');
    expect(provinceIdOf('/vn/tq/hoa-an/doi-1/')).toBe('tq');
  });

  it('gives the root for the root, which belongs to no province', () => {
    expect(provinceIdOf('/vn/')).toBe('vn');
  });
});
