import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BodyRef } from '../src/bodies/body.ts';
import { standardCommuneBodies, standardProvincialBodies } from '../src/bodies/body-catalogue.ts';
import { type BodyMatch, createBodyMatcher } from '../src/bodies/match-body-name.ts';

// The units list shipped with the database package, and the sample plans' gold extractions.
const UNITS_FILE = fileURLToPath(
  new URL('../../db/data/vn-admin-units/units-2026-07-25.json', import.meta.url),
);
const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/plans/', import.meta.url));

interface AdminUnit {
  Code: string;
  Name: string;
  FullName: string;
  Wards: { Code: string; Name: string; FullName: string }[];
}
const units = JSON.parse(readFileSync(UNITS_FILE, 'utf8')) as AdminUnit[];

const HOA_AN = 'c02353';
const TUYEN_QUANG = 'p08';
const SON_LA = 'p14';

function plain(
  id: string,
  parentId: string | null,
  kind: BodyRef['kind'],
  name: string,
  code: string | null = null,
) {
  return { id, parentId, kind, name, shortNames: [], aliases: [], code } satisfies BodyRef;
}

/**
 * A country root and the given provinces with their catalogue and every commune. Communes keep the
 * official names ("Hoà An", old tone placement), except Sơn La's, which carry the full name
 * ("Xã Mường Chiên"), so both conventions are exercised. Hòa An gets its units, villages and teams.
 */
function buildTree(provinceCodes: string[]): BodyRef[] {
  const bodies: BodyRef[] = [plain('vn', null, 'country', 'Việt Nam')];
  for (const province of units) {
    if (!provinceCodes.includes(province.Code)) continue;
    const pid = `p${province.Code}`;
    bodies.push(plain(pid, 'vn', 'province', province.FullName, province.Code));
    for (const entry of standardProvincialBodies(province.Name)) {
      bodies.push({ ...entry, id: `${pid}-${entry.key}`, parentId: pid, code: null });
    }
    for (const ward of province.Wards) {
      const cid = `c${ward.Code}`;
      bodies.push(plain(cid, pid, 'commune', province.Code === '14' ? ward.FullName : ward.Name, ward.Code));
      if (cid !== HOA_AN) continue;
      for (const entry of standardCommuneBodies(ward.FullName)) {
        bodies.push({ ...entry, id: `${cid}-${entry.key}`, parentId: cid, code: null });
      }
      for (const village of ['Nà Mè', 'Khuôn Phục', 'Nà Tạng']) {
        const vid = `${cid}-thon-${village}`;
        bodies.push(plain(vid, cid, 'village', `Thôn ${village}`));
        bodies.push(plain(`${vid}-tcns`, vid, 'digital_team', `Tổ công nghệ số cộng đồng thôn ${village}`));
      }
      bodies.push(plain(`${cid}-htx`, cid, 'business', 'Hợp tác xã Chè Hòa An'));
    }
  }
  return bodies;
}

type Role = 'lead' | 'partner';
/** Every distinct lead and partner name of a sample plan's answer file. */
function goldNames(sample: string): { role: Role; name: string }[] {
  const gold = JSON.parse(readFileSync(`${SAMPLES_DIR}${sample}.gold.json`, 'utf8')) as {
    tasks: { lead?: string[] | string; partners?: string[] | string }[];
  };
  const list = (value: string[] | string | undefined) =>
    typeof value === 'string' ? [value] : (value ?? []);
  const seen = new Map<string, { role: Role; name: string }>();
  for (const task of gold.tasks) {
    for (const name of list(task.lead)) seen.set(`lead|${name}`, { role: 'lead', name });
    for (const name of list(task.partners)) seen.set(`partner|${name}`, { role: 'partner', name });
  }
  return [...seen.values()];
}

const bodies = buildTree(['08', '14']);
const byId = new Map(bodies.map((b) => [b.id, b]));
const matchers = new Map<string, ReturnType<typeof createBodyMatcher>>();
function matchIn(contextId: string, text: string): BodyMatch {
  let matcher = matchers.get(contextId);
  if (!matcher) {
    matcher = createBodyMatcher(bodies, contextId);
    matchers.set(contextId, matcher);
  }
  return matcher.match(text);
}
const communesOf = (provinceId: string) =>
  bodies.filter((b) => b.kind === 'commune' && b.parentId === provinceId).map((b) => b.id);

const SAMPLES = [
  { sample: 'tuyen-quang-2026', context: TUYEN_QUANG },
  { sample: 'son-la-2025', context: SON_LA },
  { sample: 'hoa-an-2026', context: HOA_AN },
];
const goldCases = SAMPLES.flatMap(({ sample, context }) =>
  goldNames(sample).map(({ role, name }) => ({ sample, context, role, name })),
);

describe('every lead and partner of the sample plans', () => {
  it('covers a useful number of names, most of them resolved to concrete bodies', () => {
    expect(goldCases.length).toBeGreaterThan(40);
    const results = goldCases.map((c) => matchIn(c.context, c.name));
    const concrete = results.filter((r) => r.type === 'body' || (r.type === 'group' && r.bodies.length > 0));
    expect(concrete.length / results.length).toBeGreaterThan(0.75);
  });

  it.each(goldCases)('$sample: $role "$name" maps to a body or a group', ({ context, name }) => {
    const result = matchIn(context, name);
    expect(result.type).not.toBe('none');
    expect(result.confidence).toBeGreaterThan(0);
  });
});

describe('specific answers', () => {
  it.each([
    [TUYEN_QUANG, 'Sở KH&CN', 'p08-so-khcn'],
    [TUYEN_QUANG, 'Sở KHCN', 'p08-so-khcn'],
    [TUYEN_QUANG, 'Sở Khoa học và Công nghệ', 'p08-so-khcn'],
    [TUYEN_QUANG, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'p08-so-khcn'],
    [TUYEN_QUANG, 'So Khoa hoc va Cong nghe', 'p08-so-khcn'],
    [TUYEN_QUANG, 'Sở Khoa học & Công nghệ tỉnh Tuyên Quang', 'p08-so-khcn'],
    [TUYEN_QUANG, 'Sở Thông tin và Truyền thông', 'p08-so-khcn'],
    [TUYEN_QUANG, 'Sở Văn hoá, Thể thao và Du lịch', 'p08-so-vhttdl'],
    [TUYEN_QUANG, 'Sở VHTTDL', 'p08-so-vhttdl'],
    [TUYEN_QUANG, 'Sở VH,TT&DL', 'p08-so-vhttdl'],
    [TUYEN_QUANG, 'Báo và Phát thanh, Truyền hình Tuyên Quang', 'p08-bao-ptth'],
    [TUYEN_QUANG, 'Báo và phát thanh, truyền hình Tuyên Quang', 'p08-bao-ptth'],
    [TUYEN_QUANG, 'Đài Phát thanh và Truyền hình tỉnh', 'p08-bao-ptth'],
    [TUYEN_QUANG, 'Văn phòng UBND tỉnh', 'p08-vp-ubnd'],
    [TUYEN_QUANG, 'Ủy ban MTTQ Việt Nam tỉnh', 'p08-mttq'],
    [TUYEN_QUANG, 'Liên hiệp các Hội KH&KT tỉnh', 'p08-lhh-khkt'],
    [TUYEN_QUANG, 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'p08-ban-tgdv'],
    [TUYEN_QUANG, 'Ban Chỉ đạo về phát triển KH, CN, ĐMST và CĐS tỉnh', 'p08-bcd-57'],
    [TUYEN_QUANG, 'Xã Hoà An', HOA_AN],
    [TUYEN_QUANG, 'Xã Hòa An', HOA_AN],
    [TUYEN_QUANG, 'UBND xã Hòa An', HOA_AN],
    [TUYEN_QUANG, 'Ủy ban nhân dân xã Hoà An', HOA_AN],
    [TUYEN_QUANG, 'Hòa An', HOA_AN],
    [TUYEN_QUANG, 'Ủy ban nhân dân tỉnh', TUYEN_QUANG],
    [SON_LA, 'Báo và PTTH Sơn La', 'p14-bao-ptth'],
    [SON_LA, 'Sở Văn hóa Thể thao và Du lịch', 'p14-so-vhttdl'],
    [SON_LA, 'Xã Mường Chiên', 'c03688'],
    [SON_LA, 'Mường Chiên', 'c03688'],
    [HOA_AN, 'Sở Khoa học và Công nghệ', 'p08-so-khcn'],
    [HOA_AN, 'Phòng Văn hoá - Xã hội', `${HOA_AN}-phong-vhxh`],
    [HOA_AN, 'Phòng VH-XH', `${HOA_AN}-phong-vhxh`],
    [HOA_AN, 'Trung tâm Dịch vụ công', `${HOA_AN}-tt-dich-vu-cong`],
    [HOA_AN, 'Ủy ban MTTQ Việt Nam xã', `${HOA_AN}-mttq`],
    [HOA_AN, 'Văn phòng HĐND và UBND xã', `${HOA_AN}-vp-hdnd-ubnd`],
    [HOA_AN, 'UBND xã', HOA_AN],
    [HOA_AN, 'Đài truyền thanh xã', `${HOA_AN}-dai-truyen-thanh`],
  ])('in %s, "%s" is body %s', (context, text, expectedId) => {
    const result = matchIn(context, text);
    expect(result.type).toBe('body');
    if (result.type !== 'body') return;
    expect(result.body.id).toBe(expectedId);
    expect(result.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('gives an exact name full confidence and a folded or abbreviated one a little less', () => {
    const exact = matchIn(TUYEN_QUANG, 'Sở Khoa học và Công nghệ');
    const folded = matchIn(TUYEN_QUANG, 'So Khoa hoc va Cong nghe');
    const expanded = matchIn(TUYEN_QUANG, 'Sở Khoa học & Công nghệ');
    expect(exact).toMatchObject({ type: 'body', confidence: 1, matchedOn: 'name' });
    expect(folded.confidence).toBeLessThan(1);
    expect(expanded.confidence).toBeLessThan(folded.confidence);
    expect(matchIn(TUYEN_QUANG, 'Sở KH&CN')).toMatchObject({ matchedOn: 'short_name' });
    expect(matchIn(TUYEN_QUANG, 'Sở Thông tin và Truyền thông')).toMatchObject({ matchedOn: 'alias' });
  });

  it.each([
    [TUYEN_QUANG, 'UBND các xã, phường'],
    [TUYEN_QUANG, 'UBND xã, phường'],
    [TUYEN_QUANG, 'Ủy ban nhân dân xã, phường'],
    [SON_LA, 'UBND cấp xã'],
    [SON_LA, 'UBND các xã, phường'],
  ])('in %s, "%s" is the group of every commune of the province', (context, text) => {
    const result = matchIn(context, text);
    expect(result.type).toBe('group');
    if (result.type !== 'group') return;
    expect(result.kinds).toEqual(['commune']);
    expect(result.bodies.map((b) => b.id).sort()).toEqual(communesOf(context).sort());
    expect(result.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    [TUYEN_QUANG, 'các sở, ban, ngành', ['department']],
    [HOA_AN, 'Các sở, ngành', ['department']],
    [SON_LA, 'các cơ quan báo chí', ['press_agency']],
    [TUYEN_QUANG, 'cơ quan báo chí tỉnh', ['press_agency']],
    [HOA_AN, 'các thôn', ['village']],
    [HOA_AN, 'Tổ công nghệ số cộng đồng', ['digital_team']],
    [HOA_AN, 'các tổ chức chính trị - xã hội xã', ['association']],
    [HOA_AN, 'các doanh nghiệp, hợp tác xã, hộ kinh doanh', ['business']],
  ])('in %s, "%s" is a group of kinds %j', (context, text, kinds) => {
    const result = matchIn(context, text);
    expect(result.type).toBe('group');
    if (result.type !== 'group') return;
    expect(result.kinds).toEqual(kinds);
    expect(result.bodies.length).toBeGreaterThan(0);
    const province = context === HOA_AN ? TUYEN_QUANG : context;
    for (const body of result.bodies) {
      let at: BodyRef | undefined = body;
      while (at && at.kind !== 'province') at = at.parentId ? byId.get(at.parentId) : undefined;
      expect(at?.id).toBe(province);
    }
  });

  it('resolves provincial departments, not commune units, for "các sở, ban, ngành"', () => {
    const result = matchIn(TUYEN_QUANG, 'các sở, ban, ngành');
    if (result.type !== 'group') throw new Error('expected a group');
    expect(result.bodies.every((b) => b.parentId === TUYEN_QUANG && b.kind === 'department')).toBe(true);
    expect(result.bodies.map((b) => b.id)).toContain('p08-so-khcn');
  });

  it('keeps the commune’s own associations for "các tổ chức chính trị - xã hội xã"', () => {
    const result = matchIn(HOA_AN, 'các tổ chức chính trị - xã hội xã');
    if (result.type !== 'group') throw new Error('expected a group');
    expect(result.bodies.map((b) => b.id)).toContain(`${HOA_AN}-mttq`);
    expect(result.bodies.every((b) => b.id.startsWith(HOA_AN))).toBe(true);
  });

  it('proposes a truncated name by fuzzy matching, with a lower confidence', () => {
    const result = matchIn(TUYEN_QUANG, 'Sở Văn hóa');
    expect(result).toMatchObject({ type: 'body', matchedOn: 'fuzzy', body: { id: 'p08-so-vhttdl' } });
    expect(result.confidence).toBeLessThan(0.85);
  });

  it('proposes the commune’s own units for "các cơ quan, đơn vị trên địa bàn xã"', () => {
    const result = matchIn(HOA_AN, 'các cơ quan, đơn vị trên địa bàn xã');
    if (result.type !== 'group') throw new Error('expected a group');
    expect(result.bodies.map((b) => b.id)).toContain(`${HOA_AN}-phong-vhxh`);
    expect(result.bodies.every((b) => b.parentId === HOA_AN)).toBe(true);
    expect(result.confidence).toBeLessThanOrEqual(0.6);
  });

  it('answers a vague phrase with an empty, low-confidence group', () => {
    const result = matchIn(SON_LA, 'các cơ quan, đơn vị có liên quan');
    expect(result).toMatchObject({ type: 'group', kinds: [], bodies: [] });
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('lowers the confidence of a group qualified by "có liên quan"', () => {
    const all = matchIn(SON_LA, 'các sở, ban, ngành');
    const some = matchIn(SON_LA, 'các sở, ban ngành, địa phương có liên quan');
    expect(some.type).toBe('group');
    expect(some.confidence).toBeLessThan(all.confidence);
  });
});

describe('negative cases', () => {
  it.each([
    [TUYEN_QUANG, 'Công ty TNHH Một thành viên Xổ số kiến thiết'],
    [TUYEN_QUANG, 'Bệnh viện Bạch Mai'],
    [HOA_AN, 'Ngân hàng Nhà nước chi nhánh Khu vực 5'],
    [TUYEN_QUANG, ''],
  ])('in %s, "%s" matches nothing', (context, text) => {
    expect(matchIn(context, text).type).toBe('none');
  });

  it('does not give Tuyên Quang’s Hòa An with high confidence in the context of Sơn La', () => {
    const result = matchIn(SON_LA, 'Xã Hòa An');
    if (result.type === 'body') expect(result.confidence).toBeLessThan(0.6);
    else expect(result.type).toBe('none');
    if (result.type === 'none') expect(result.candidates[0]?.body.id).toBe(HOA_AN);
  });

  it('does not take another province’s press agency for the context’s own', () => {
    const result = matchIn(TUYEN_QUANG, 'Báo và Phát thanh, Truyền hình Sơn La');
    expect(result.type === 'body' && result.body.id === 'p08-bao-ptth').toBe(false);
  });

  it('does not give a commune’s plan another commune’s office', () => {
    const result = matchIn('c00700', 'Phòng Văn hóa - Xã hội');
    expect(result.type === 'body' && result.body.id.startsWith(HOA_AN) && result.confidence >= 0.6).toBe(
      false,
    );
  });

  it('refuses to pick one commune’s office when every commune has one', () => {
    const tree = [
      ...bodies,
      ...standardCommuneBodies('Xã Kim Bình').map((e) => ({
        ...e,
        id: `c02350-${e.key}`,
        parentId: 'c02350',
        code: null,
      })),
    ];
    const result = createBodyMatcher(tree, TUYEN_QUANG).match('Phòng Văn hóa - Xã hội');
    expect(result.type).toBe('none');
    if (result.type === 'none') expect(result.candidates.length).toBeGreaterThanOrEqual(2);
  });
});

describe('performance', () => {
  // Prints the time (the machines are shared and noisy); asserts only that every query is answered.
  it('matches 1,000 names against every body of the country', () => {
    const all = buildTree(units.map((u) => u.Code));
    expect(all.length).toBeGreaterThan(4000);
    const built = performance.now();
    const matcher = createBodyMatcher(all, TUYEN_QUANG);
    console.info(`index of ${all.length} bodies built in ${(performance.now() - built).toFixed(0)} ms`);
    const names = goldCases.map((c) => c.name);
    const communeNames = units.flatMap((u) => u.Wards.map((w) => w.FullName));
    const queries = Array.from({ length: 1000 }, (_, i) =>
      i % 2 === 0
        ? (names[i % names.length] as string)
        : `UBND ${communeNames[(i * 7) % communeNames.length]}`,
    );
    const start = performance.now();
    const answered = queries.map((q) => matcher.match(q)).filter((m) => m.type !== 'none');
    console.info(`1,000 matches against ${all.length} bodies: ${(performance.now() - start).toFixed(0)} ms`);
    expect(answered.length).toBeGreaterThanOrEqual(500); // every gold name, and the unambiguous communes
  });
});
