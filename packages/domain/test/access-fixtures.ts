import type { Actor, Grant, Role } from '../src/index.ts';

// The body tree the access rules are tested on, and how a test writes a grant and an actor: one home,
// so that the tests of the policy, of account management and of assignment speak of the same bodies
// and a new field of Grant or Actor is written here once. Paths end with '/', as the bodies table
// stores them.

export const COUNTRY = '/vn/';
/** Tuyên Quang. */
export const PROVINCE = '/vn/tq/';
export const DEPARTMENT = '/vn/tq/so-vh/';
export const OTHER_DEPARTMENT = '/vn/tq/so-khcn/';
/** Hòa An, a commune of the province. */
export const COMMUNE = '/vn/tq/hoa-an/';
export const COMMUNE_OFFICE = '/vn/tq/hoa-an/phong-vhxh/';
export const VILLAGE = '/vn/tq/hoa-an/thon-1/';
export const VILLAGE_TEAM = '/vn/tq/hoa-an/thon-1/to-cns/';
export const OTHER_COMMUNE = '/vn/tq/minh-xuan/';
/** Sơn La. */
export const OTHER_PROVINCE = '/vn/sl/';
export const OTHER_PROVINCE_DEPARTMENT = '/vn/sl/so-vh/';
export const OTHER_PROVINCE_COMMUNE = '/vn/sl/muong-la/';
/** A province whose id starts like the province's: not inside it. */
export const LOOKALIKE_PROVINCE = '/vn/tq2/';

/** A grant of `role` over the body at `scopePath` (its path stands for its id). */
export const grant = (role: Role, scopePath: string): Grant => ({ role, scopeBodyId: scopePath, scopePath });

export const actor = (userId: string, ...grants: Grant[]): Actor => ({ userId, bodyId: 'b', grants });
