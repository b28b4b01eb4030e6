import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_ACTIONS,
  type AccountAction,
  type AccountDecision,
  changesGrants,
  decideAccountAction,
  type Grant,
  type ManagedAccount,
  planGrantChange,
} from '../src/index.ts';
import {
  actor,
  COMMUNE,
  COUNTRY,
  DEPARTMENT,
  grant,
  LOOKALIKE_PROVINCE,
  OTHER_COMMUNE,
  OTHER_PROVINCE,
  OTHER_PROVINCE_COMMUNE,
  PROVINCE,
  VILLAGE,
} from './access-fixtures.ts';

const account = (userId: string, bodyPath: string, ...grants: Grant[]): ManagedAccount => ({
  userId,
  bodyPath,
  grants,
});

const nationalAdmin = actor('admin', grant('admin', COUNTRY));
const tqAdmin = actor('tq.quantri', grant('admin', PROVINCE));
const hoaAnAdmin = actor('hoaan.quantri', grant('admin', COMMUNE));
const twoProvinceAdmin = actor('hai.tinh', grant('admin', PROVINCE), grant('admin', OTHER_PROVINCE));
const tqCoordinator = actor('tq.dieuphoi', grant('coordinator', PROVINCE));
// Administers Tuyên Quang, only reads Sơn La.
const tqAdminSonLaViewer = actor('tq.xem.sonla', grant('admin', PROVINCE), grant('viewer', OTHER_PROVINCE));

const accounts = {
  hoaAnFocal: account('hoaan.daumoi', COMMUNE, grant('focal_point', COMMUNE)),
  villageViewer: account('thon.xem', VILLAGE, grant('viewer', VILLAGE)),
  noGrants: account('chua.co.quyen', COMMUNE),
  tqViewerAtProvince: account('tq.lanhdao', PROVINCE, grant('viewer', PROVINCE)),
  // Works in the province's department, holds a national grant (finding 1).
  nationalGrantInProvince: account('tq.quocgia', DEPARTMENT, grant('admin', COUNTRY)),
  // Coordinator of two provinces (finding 10).
  twoProvinces: account(
    'tq.kiemnhiem',
    DEPARTMENT,
    grant('coordinator', PROVINCE),
    grant('coordinator', OTHER_PROVINCE),
  ),
  // Lives in Hòa An but coordinates the province: above a commune administrator.
  communeHomeProvinceGrant: account('hoaan.tinh', COMMUNE, grant('coordinator', PROVINCE)),
  // Lives in Sơn La, holds a grant in Tuyên Quang.
  sonLaHomeTqGrant: account('sonla.tq', OTHER_PROVINCE_COMMUNE, grant('viewer', OTHER_COMMUNE)),
  lookalikeProvince: account('tq2.user', LOOKALIKE_PROVINCE, grant('viewer', LOOKALIKE_PROVINCE)),
  nationalAdmin: account('admin', COUNTRY, grant('admin', COUNTRY)),
  tqAdmin: account('tq.quantri', PROVINCE, grant('admin', PROVINCE)),
  twoProvinceAdmin: account('hai.tinh', PROVINCE, grant('admin', PROVINCE), grant('admin', OTHER_PROVINCE)),
  tqAdminSonLaViewer: account(
    'tq.xem.sonla',
    PROVINCE,
    grant('admin', PROVINCE),
    grant('viewer', OTHER_PROVINCE),
  ),
} satisfies Record<string, ManagedAccount>;
type AccountName = keyof typeof accounts;

const actors = { nationalAdmin, tqAdmin, hoaAnAdmin, twoProvinceAdmin, tqCoordinator, tqAdminSonLaViewer };
type ActorName = keyof typeof actors;

// actor, account, decision for every action but the self-specific ones (checked below).
const table: [ActorName, AccountName, AccountDecision][] = [
  ['nationalAdmin', 'hoaAnFocal', 'allow'],
  ['nationalAdmin', 'nationalGrantInProvince', 'allow'],
  ['nationalAdmin', 'twoProvinces', 'allow'],
  ['nationalAdmin', 'sonLaHomeTqGrant', 'allow'],
  ['nationalAdmin', 'tqAdmin', 'allow'],
  ['tqAdmin', 'hoaAnFocal', 'allow'],
  ['tqAdmin', 'villageViewer', 'allow'],
  ['tqAdmin', 'noGrants', 'allow'],
  ['tqAdmin', 'tqViewerAtProvince', 'allow'],
  ['tqAdmin', 'communeHomeProvinceGrant', 'allow'],
  // Home body in the province is not enough: every grant must be inside too.
  ['tqAdmin', 'nationalGrantInProvince', 'outOfReach'],
  ['tqAdmin', 'twoProvinces', 'outOfReach'],
  ['tqAdmin', 'tqAdminSonLaViewer', 'outOfReach'],
  ['tqAdmin', 'twoProvinceAdmin', 'outOfReach'],
  // And a grant inside is not enough: the home body must be inside too.
  ['tqAdmin', 'sonLaHomeTqGrant', 'outOfReach'],
  ['tqAdmin', 'lookalikeProvince', 'outOfReach'],
  ['tqAdmin', 'nationalAdmin', 'outOfReach'],
  ['hoaAnAdmin', 'hoaAnFocal', 'allow'],
  ['hoaAnAdmin', 'villageViewer', 'allow'],
  ['hoaAnAdmin', 'communeHomeProvinceGrant', 'outOfReach'],
  ['hoaAnAdmin', 'tqViewerAtProvince', 'outOfReach'],
  ['hoaAnAdmin', 'tqAdmin', 'outOfReach'],
  // Each grant may lie in a different scope of the actor.
  ['twoProvinceAdmin', 'twoProvinces', 'allow'],
  ['twoProvinceAdmin', 'sonLaHomeTqGrant', 'allow'],
  ['twoProvinceAdmin', 'tqAdminSonLaViewer', 'allow'],
  ['twoProvinceAdmin', 'nationalGrantInProvince', 'outOfReach'],
  // Reading Sơn La is not administering it.
  ['tqAdminSonLaViewer', 'twoProvinces', 'outOfReach'],
  ['tqAdminSonLaViewer', 'sonLaHomeTqGrant', 'outOfReach'],
  ['tqAdminSonLaViewer', 'hoaAnFocal', 'allow'],
  // A coordinator manages no account.
  ['tqCoordinator', 'hoaAnFocal', 'outOfReach'],
  ['tqCoordinator', 'noGrants', 'outOfReach'],
];

describe('decideAccountAction', () => {
  for (const action of ACCOUNT_ACTIONS) {
    it.each(table)(`%s → %s: ${action} is %s`, (actorName, accountName, expected) => {
      expect(decideAccountAction(actors[actorName], accounts[accountName], action)).toBe(expected);
    });
  }

  // One's own account through the administration routes, whatever one's reach.
  const self: [ActorName, AccountName, AccountAction, AccountDecision][] = [
    ['tqAdmin', 'tqAdmin', 'read', 'allow'],
    ['tqAdmin', 'tqAdmin', 'edit', 'allow'],
    ['tqAdmin', 'tqAdmin', 'resetPassword', 'notForSelf'],
    ['tqAdmin', 'tqAdmin', 'disable', 'notForSelf'],
    ['tqAdmin', 'tqAdmin', 'changeGrants', 'notForSelf'],
    ['nationalAdmin', 'nationalAdmin', 'resetPassword', 'notForSelf'],
    ['nationalAdmin', 'nationalAdmin', 'changeGrants', 'notForSelf'],
    ['nationalAdmin', 'nationalAdmin', 'edit', 'allow'],
    // Its Sơn La grant is beyond its administration: it still sees its own account...
    ['tqAdminSonLaViewer', 'tqAdminSonLaViewer', 'read', 'allow'],
    // ...but edits it only as it could edit anybody's.
    ['tqAdminSonLaViewer', 'tqAdminSonLaViewer', 'edit', 'outOfReach'],
    ['tqAdminSonLaViewer', 'tqAdminSonLaViewer', 'resetPassword', 'notForSelf'],
  ];
  it.each(self)('%s on its own account (%s): %s is %s', (actorName, accountName, action, expected) => {
    expect(decideAccountAction(actors[actorName], accounts[accountName], action)).toBe(expected);
  });

  it('lets anybody read their own account, even without any administration right', () => {
    const viewer = actor('hoaan.xem', grant('viewer', COMMUNE));
    const own = account('hoaan.xem', COMMUNE, grant('viewer', COMMUNE));
    expect(decideAccountAction(viewer, own, 'read')).toBe('allow');
    expect(decideAccountAction(viewer, own, 'edit')).toBe('outOfReach');
  });
});

describe('planGrantChange', () => {
  const ids = (grants: Grant[]) => grants.map((g) => `${g.role}@${g.scopePath}`).sort();

  it('keeps a grant the actor could not give, even when the request leaves it out (finding 10)', () => {
    const current = [grant('coordinator', PROVINCE), grant('coordinator', OTHER_PROVINCE)];
    const change = planGrantChange(tqAdmin, current, [grant('coordinator', PROVINCE)]);
    expect(change.refused).toEqual([]);
    expect(change.remove).toEqual([]);
    expect(ids(change.result)).toEqual(['coordinator@/vn/sl/', 'coordinator@/vn/tq/']);
    expect(changesGrants(change)).toBe(false);
  });

  it('removes only grants inside the actor’s scopes', () => {
    const current = [
      grant('coordinator', COMMUNE),
      grant('viewer', OTHER_PROVINCE),
      grant('focal_point', OTHER_COMMUNE),
    ];
    const change = planGrantChange(tqAdmin, current, []);
    expect(ids(change.remove)).toEqual(['coordinator@/vn/tq/hoa-an/', `focal_point@${OTHER_COMMUNE}`]);
    expect(ids(change.result)).toEqual(['viewer@/vn/sl/']);
  });

  it('adds grants inside the actor’s scopes and refuses any outside', () => {
    const add = planGrantChange(tqAdmin, [], [grant('viewer', COMMUNE), grant('viewer', COMMUNE)]);
    expect(ids(add.add)).toEqual(['viewer@/vn/tq/hoa-an/']);
    expect(add.refused).toEqual([]);
    const outside = planGrantChange(tqAdmin, [], [grant('viewer', COMMUNE), grant('admin', COUNTRY)]);
    expect(ids(outside.refused)).toEqual(['admin@/vn/']);
    const sonLa = planGrantChange(tqAdminSonLaViewer, [], [grant('viewer', OTHER_PROVINCE)]);
    expect(ids(sonLa.refused)).toEqual(['viewer@/vn/sl/']);
  });

  it('accepts a request that repeats a grant the actor could not give (the account keeps it)', () => {
    const current = [grant('viewer', OTHER_PROVINCE)];
    const change = planGrantChange(tqAdmin, current, [
      grant('viewer', OTHER_PROVINCE),
      grant('viewer', PROVINCE),
    ]);
    expect(change.refused).toEqual([]);
    expect(ids(change.add)).toEqual(['viewer@/vn/tq/']);
    expect(ids(change.result)).toEqual(['viewer@/vn/sl/', 'viewer@/vn/tq/']);
  });

  it('sees a role change on the same scope as one removal and one addition', () => {
    const change = planGrantChange(tqAdmin, [grant('viewer', COMMUNE)], [grant('focal_point', COMMUNE)]);
    expect(ids(change.remove)).toEqual(['viewer@/vn/tq/hoa-an/']);
    expect(ids(change.add)).toEqual(['focal_point@/vn/tq/hoa-an/']);
    expect(changesGrants(change)).toBe(true);
  });

  it('sees the same grants sent back as no change', () => {
    const current = [grant('admin', PROVINCE), grant('viewer', COMMUNE)];
    const change = planGrantChange(nationalAdmin, current, [...current].reverse());
    expect(changesGrants(change)).toBe(false);
    expect(ids(change.result)).toEqual(ids(current));
  });
});
