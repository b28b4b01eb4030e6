import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_ACTIONS,
  type AccountAction,
  type AccountDecision,
  type Actor,
  changesGrants,
  decideAccountAction,
  type Grant,
  type ManagedAccount,
  planGrantChange,
  type Role,
} from '../src/index.ts';

const COUNTRY = '/vn/';
const TQ = '/vn/tq/';
const TQ_DEPT = '/vn/tq/so-khcn/';
const HOA_AN = '/vn/tq/hoa-an/';
const HOA_AN_VILLAGE = '/vn/tq/hoa-an/dong-tam/';
const HG1 = '/vn/tq/hg1/';
const SON_LA = '/vn/sl/';
const SON_LA_COMMUNE = '/vn/sl/muong-la/';
const TQ_LOOKALIKE = '/vn/tq2/';

const grant = (role: Role, scopePath: string): Grant => ({ role, scopeBodyId: scopePath, scopePath });
const actor = (userId: string, ...grants: Grant[]): Actor => ({ userId, bodyId: 'b', grants });
const account = (userId: string, bodyPath: string, ...grants: Grant[]): ManagedAccount => ({
  userId,
  bodyPath,
  grants,
});

const nationalAdmin = actor('admin', grant('admin', COUNTRY));
const tqAdmin = actor('tq.quantri', grant('admin', TQ));
const hoaAnAdmin = actor('hoaan.quantri', grant('admin', HOA_AN));
const twoProvinceAdmin = actor('hai.tinh', grant('admin', TQ), grant('admin', SON_LA));
const tqCoordinator = actor('tq.dieuphoi', grant('coordinator', TQ));
// Administers Tuyên Quang, only reads Sơn La.
const tqAdminSonLaViewer = actor('tq.xem.sonla', grant('admin', TQ), grant('viewer', SON_LA));

const accounts = {
  hoaAnFocal: account('hoaan.daumoi', HOA_AN, grant('focal_point', HOA_AN)),
  villageViewer: account('thon.xem', HOA_AN_VILLAGE, grant('viewer', HOA_AN_VILLAGE)),
  noGrants: account('chua.co.quyen', HOA_AN),
  tqViewerAtProvince: account('tq.lanhdao', TQ, grant('viewer', TQ)),
  // Works in the province's department, holds a national grant (finding 1).
  nationalGrantInProvince: account('tq.quocgia', TQ_DEPT, grant('admin', COUNTRY)),
  // Coordinator of two provinces (finding 10).
  twoProvinces: account('tq.kiemnhiem', TQ_DEPT, grant('coordinator', TQ), grant('coordinator', SON_LA)),
  // Lives in Hòa An but coordinates the province: above a commune administrator.
  communeHomeProvinceGrant: account('hoaan.tinh', HOA_AN, grant('coordinator', TQ)),
  // Lives in Sơn La, holds a grant in Tuyên Quang.
  sonLaHomeTqGrant: account('sonla.tq', SON_LA_COMMUNE, grant('viewer', HG1)),
  lookalikeProvince: account('tq2.user', TQ_LOOKALIKE, grant('viewer', TQ_LOOKALIKE)),
  nationalAdmin: account('admin', COUNTRY, grant('admin', COUNTRY)),
  tqAdmin: account('tq.quantri', TQ, grant('admin', TQ)),
  twoProvinceAdmin: account('hai.tinh', TQ, grant('admin', TQ), grant('admin', SON_LA)),
  tqAdminSonLaViewer: account('tq.xem.sonla', TQ, grant('admin', TQ), grant('viewer', SON_LA)),
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
    const viewer = actor('hoaan.xem', grant('viewer', HOA_AN));
    const own = account('hoaan.xem', HOA_AN, grant('viewer', HOA_AN));
    expect(decideAccountAction(viewer, own, 'read')).toBe('allow');
    expect(decideAccountAction(viewer, own, 'edit')).toBe('outOfReach');
  });
});

describe('planGrantChange', () => {
  const ids = (grants: Grant[]) => grants.map((g) => `${g.role}@${g.scopePath}`).sort();

  it('keeps a grant the actor could not give, even when the request leaves it out (finding 10)', () => {
    const current = [grant('coordinator', TQ), grant('coordinator', SON_LA)];
    const change = planGrantChange(tqAdmin, current, [grant('coordinator', TQ)]);
    expect(change.refused).toEqual([]);
    expect(change.remove).toEqual([]);
    expect(ids(change.result)).toEqual(['coordinator@/vn/sl/', 'coordinator@/vn/tq/']);
    expect(changesGrants(change)).toBe(false);
  });

  it('removes only grants inside the actor’s scopes', () => {
    const current = [grant('coordinator', HOA_AN), grant('viewer', SON_LA), grant('focal_point', HG1)];
    const change = planGrantChange(tqAdmin, current, []);
    expect(ids(change.remove)).toEqual(['coordinator@/vn/tq/hoa-an/', 'focal_point@/vn/tq/hg1/']);
    expect(ids(change.result)).toEqual(['viewer@/vn/sl/']);
  });

  it('adds grants inside the actor’s scopes and refuses any outside', () => {
    const add = planGrantChange(tqAdmin, [], [grant('viewer', HOA_AN), grant('viewer', HOA_AN)]);
    expect(ids(add.add)).toEqual(['viewer@/vn/tq/hoa-an/']);
    expect(add.refused).toEqual([]);
    const outside = planGrantChange(tqAdmin, [], [grant('viewer', HOA_AN), grant('admin', COUNTRY)]);
    expect(ids(outside.refused)).toEqual(['admin@/vn/']);
    const sonLa = planGrantChange(tqAdminSonLaViewer, [], [grant('viewer', SON_LA)]);
    expect(ids(sonLa.refused)).toEqual(['viewer@/vn/sl/']);
  });

  it('accepts a request that repeats a grant the actor could not give (the account keeps it)', () => {
    const current = [grant('viewer', SON_LA)];
    const change = planGrantChange(tqAdmin, current, [grant('viewer', SON_LA), grant('viewer', TQ)]);
    expect(change.refused).toEqual([]);
    expect(ids(change.add)).toEqual(['viewer@/vn/tq/']);
    expect(ids(change.result)).toEqual(['viewer@/vn/sl/', 'viewer@/vn/tq/']);
  });

  it('sees a role change on the same scope as one removal and one addition', () => {
    const change = planGrantChange(tqAdmin, [grant('viewer', HOA_AN)], [grant('focal_point', HOA_AN)]);
    expect(ids(change.remove)).toEqual(['viewer@/vn/tq/hoa-an/']);
    expect(ids(change.add)).toEqual(['focal_point@/vn/tq/hoa-an/']);
    expect(changesGrants(change)).toBe(true);
  });

  it('sees the same grants sent back as no change', () => {
    const current = [grant('admin', TQ), grant('viewer', HOA_AN)];
    const change = planGrantChange(nationalAdmin, current, [...current].reverse());
    expect(changesGrants(change)).toBe(false);
    expect(ids(change.result)).toEqual(ids(current));
  });
});
