// Maps a body named in free text (a plan's lead or partner) to a body or a group of bodies in the tree.
import { foldVietnamese, normalizeTonePlacement } from '../text/vietnamese.ts';
import type { BodyKind, BodyRef } from './body.ts';

export type BodyMatch =
  | { type: 'body'; body: BodyRef; confidence: number; matchedOn: 'name' | 'short_name' | 'alias' | 'fuzzy' }
  | { type: 'group'; label: string; kinds: BodyKind[]; bodies: BodyRef[]; confidence: number }
  | { type: 'none'; confidence: 0; candidates: { body: BodyRef; confidence: number }[] };

export interface BodyMatcher {
  /** The answer may be shared with earlier calls for the same text: read it, do not change it. */
  match(text: string): Readonly<BodyMatch>;
}

/** Below this a body is not proposed; the coordinator picks from the candidates instead. */
export const BODY_MATCH_THRESHOLD = 0.6;

/**
 * Only this much of a text is matched: a body's name is at most 300 characters (the database's
 * limit), and the work per text grows with its length, so a longer text costs no more.
 */
export const MATCH_TEXT_MAX_LENGTH = 300;
/** Answers remembered per matcher, so a name repeated in a plan or across requests is matched once. */
const MATCH_CACHE_SIZE = 5_000;

type Field = 'name' | 'short_name' | 'alias';
type Level = 'province' | 'commune' | null;

// Base confidence per matching step and field: the looser the step, the lower.
const BASE: Record<'exact' | 'folded' | 'expanded' | 'core', Record<Field, number>> = {
  exact: { name: 1, short_name: 0.97, alias: 0.93 },
  folded: { name: 0.95, short_name: 0.93, alias: 0.9 },
  expanded: { name: 0.92, short_name: 0.92, alias: 0.88 },
  core: { name: 0.9, short_name: 0.9, alias: 0.86 },
};
const FUZZY_WEIGHT = 0.85;
const CONTAINMENT_WEIGHT = 0.8;
// Context proximity: same commune as the issuer, same province, elsewhere in the tree.
const IN_COMMUNE = 1;
const IN_PROVINCE = 0.97;
const ELSEWHERE = 0.5;
const LEVEL_MISMATCH = 0.85;

// Abbreviations on folded text ("&" and "-" still present), longest forms first.
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bkh\s*(&|va)\s*cn\b|\bkhcn\b/g, ' khoa hoc va cong nghe '],
  [/\bkh\s*(&|va)\s*kt\b|\bkhkt\b/g, ' khoa hoc va ky thuat '],
  [/\bvh\s*[,-]?\s*tt\s*[,-]?\s*(&|va|-)?\s*dl\b|\bvhttdl\b/g, ' van hoa the thao va du lich '],
  [/\btt\s*(&|va)\s*tt\b|\btttt\b/g, ' thong tin va truyen thong '],
  [/\bgd\s*(&|va)\s*dt\b|\bgddt\b/g, ' giao duc va dao tao '],
  [/\bnn\s*(&|va)\s*mt\b|\bnnmt\b/g, ' nong nghiep va moi truong '],
  [/\bnn\s*(&|va)\s*ptnt\b/g, ' nong nghiep va phat trien nong thon '],
  [/\bdt\s*(&|va)\s*tg\b|\bdttg\b/g, ' dan toc va ton giao '],
  [/\btg\s*(&|va)\s*dv\b|\btgdv\b/g, ' tuyen giao va dan van '],
  [/\bkt\s*,\s*ht\s*(&|va)\s*dt\b|\bkthtdt\b/g, ' kinh te ha tang va do thi '],
  [/\bpt\s*[-,]?\s*th\b|\bptth\b/g, ' phat thanh truyen hinh '],
  [/\bct\s*-\s*xh\b|\bctxh\b/g, ' chinh tri xa hoi '],
  [/\bvh\s*-\s*xh\b|\bvhxh\b/g, ' van hoa xa hoi '],
  [/\bhdnd\s*-\s*ubnd\b/g, ' hoi dong nhan dan va uy ban nhan dan '],
  [/\bubmttq\b/g, ' uy ban mat tran to quoc '],
  [/&/g, ' va '],
];
// A Map, not an object: a word such as "constructor" must not find Object.prototype's members.
const WORD_ABBREVIATIONS = new Map<string, string>([
  ['ubnd', 'uy ban nhan dan'],
  ['hdnd', 'hoi dong nhan dan'],
  ['mttq', 'mat tran to quoc'],
  ['vp', 'van phong'],
  ['tt', 'trung tam'],
  ['cds', 'chuyen doi so'],
  ['dmst', 'doi moi sang tao'],
  ['kh', 'khoa hoc'],
  ['cn', 'cong nghe'],
  ['lhpn', 'lien hiep phu nu'],
  ['ccb', 'cuu chien binh'],
  ['tncs', 'thanh nien cong san'],
  ['hcm', 'ho chi minh'],
  ['ldld', 'lien doan lao dong'],
  ['chqs', 'chi huy quan su'],
  ['bql', 'ban quan ly'],
  ['kcn', 'khu cong nghiep'],
  ['bcd', 'ban chi dao'],
  ['dnnvv', 'doanh nghiep nho va vua'],
  ['dbqh', 'dai bieu quoc hoi'],
  ['hcc', 'hanh chinh cong'],
  ['dvc', 'dich vu cong'],
  ['lhh', 'lien hiep hoi'],
  ['vn', 'viet nam'],
]);
const LEVEL_WORDS = new Set(['tinh', 'xa', 'phuong']);
const FUZZY_STOPWORDS = new Set([
  'va',
  'cac',
  'cua',
  'cap',
  'tinh',
  'xa',
  'phuong',
  'tren',
  'dia',
  'ban',
  'voi',
]);

/** Tone placement, NFC, case and punctuation normalised; diacritics kept. */
function exactKey(text: string): string {
  return normalizeTonePlacement(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function foldedTokens(text: string): string[] {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Folded words with abbreviations written out ("UBND xã" → uy ban nhan dan xa). */
function expandedTokens(text: string): string[] {
  let folded = foldVietnamese(text);
  for (const [pattern, replacement] of ABBREVIATIONS) folded = folded.replace(pattern, replacement);
  return foldedTokens(folded).flatMap((word) => (WORD_ABBREVIATIONS.get(word) ?? word).split(' '));
}

function indexOfSequence(tokens: string[], seq: string[], from = 0): number {
  outer: for (let i = from; i + seq.length <= tokens.length; i++) {
    for (let j = 0; j < seq.length; j++) if (tokens[i + j] !== seq[j]) continue outer;
    return i;
  }
  return -1;
}

/** Drops place names ("tỉnh Tuyên Quang", "xã Hòa An") and level words at either end: the core of a name. */
function coreTokens(tokens: string[], places: string[][]): string[] {
  let out = tokens;
  for (const place of places) {
    if (place.length === 0) continue;
    let at = indexOfSequence(out, place);
    while (at >= 0) {
      let start = at;
      const before = out[at - 1];
      if (before !== undefined && LEVEL_WORDS.has(before)) start--;
      else if (at >= 2 && ['thanh pho', 'dac khu'].includes(`${out[at - 2]} ${out[at - 1]}`)) start -= 2;
      out = [...out.slice(0, start), ...out.slice(at + place.length)];
      at = indexOfSequence(out, place, start);
    }
  }
  let end = out.length;
  while (end > 1 && LEVEL_WORDS.has(out[end - 1] ?? '')) {
    end--;
    if (end > 1 && out[end - 1] === 'cap') end--;
  }
  let start = 0;
  if (end - start > 1 && out[0] === 'tinh') start++;
  const core = out.slice(start, end);
  return core.length > 0 ? core : tokens;
}

/** The administrative level a text points at by its last level word ("… tỉnh", "… xã"), if any. */
function levelHint(tokens: string[]): Level {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const word = tokens[i];
    if (word === 'tinh') return 'province';
    if ((word === 'xa' || word === 'phuong') && tokens[i + 1] !== 'hoi') return 'commune';
  }
  return null;
}

/** "Xã Hoà An" → [hoa, an]; "Tỉnh Tuyên Quang" → [tuyen, quang]. */
function placeTokens(body: BodyRef): string[] {
  const tokens = foldedTokens(body.name);
  const prefix = body.kind === 'province' ? /^(tinh|thanh pho) / : /^(xa|phuong|dac khu) /;
  return tokens.join(' ').replace(prefix, '').split(' ').filter(Boolean);
}

interface Posting {
  index: number;
  field: Field;
}

function addPosting(map: Map<string, Posting[]>, key: string, posting: Posting): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(posting);
  else map.set(key, [posting]);
}

// --- groups -----------------------------------------------------------------------------------

type Scope = 'province' | 'commune' | 'nearest';
interface GroupRule {
  id: string;
  label: string;
  kinds: BodyKind[];
  /** Matched on the expanded text; a match is cut out so later rules do not see its words. */
  pattern: RegExp;
  scope: Scope;
}

// Order matters: phrases containing words of later rules ("hợp tác xã", "tổ chức chính trị - xã hội",
// "báo chí … địa phương") are consumed first.
const GROUP_RULES: GroupRule[] = [
  {
    id: 'digital_team',
    label: 'Tổ công nghệ số cộng đồng',
    kinds: ['digital_team'],
    pattern: /\bto (cong nghe so|chuyen doi so)( cong dong)?\b/g,
    scope: 'nearest',
  },
  {
    id: 'influencer',
    label: 'Người có ảnh hưởng, lực lượng truyền thông xã hội',
    kinds: [],
    pattern: /\b(nguoi co anh huong|kols?|(luc luong )?truyen thong xa hoi|mang xa hoi)\b/g,
    scope: 'nearest',
  },
  {
    id: 'business',
    label: 'Doanh nghiệp, hợp tác xã',
    kinds: ['business'],
    pattern: /\b(doanh nghiep|hop tac xa|ho kinh doanh|doanh nhan)\b/g,
    scope: 'nearest',
  },
  {
    id: 'association',
    label: 'Mặt trận Tổ quốc, các tổ chức chính trị - xã hội, hội',
    kinds: ['association'],
    pattern: /\b((uy ban )?mat tran to quoc( viet nam)?|to chuc chinh tri xa hoi|doan the|hiep hoi|hoi)\b/g,
    scope: 'nearest',
  },
  {
    id: 'press',
    label: 'Các cơ quan báo chí',
    kinds: ['press_agency'],
    pattern:
      /\b(co quan )?bao chi( truyen thong)?( (cua )?(trung uong|tinh|dia phuong)( va (trung uong|dia phuong))?)?\b/g,
    scope: 'province',
  },
  {
    id: 'attached',
    label: 'Các cơ quan, đơn vị trực thuộc Ủy ban nhân dân tỉnh',
    kinds: ['department', 'pc_office'],
    pattern: /\b(cac )?co quan( don vi)? truc thuoc uy ban nhan dan tinh\b/g,
    scope: 'province',
  },
  {
    id: 'department',
    label: 'Các sở, ban, ngành',
    kinds: ['department'],
    // "sở" only as a head noun: "xổ số", "công nghệ số" fold to the same word.
    pattern: /(?<=^ |# |\bcac |\bva )so( ban)?( nganh)?( cap tinh)?\b|\bban nganh\b|\bnganh\b/g,
    scope: 'province',
  },
  {
    id: 'commune',
    label: 'Ủy ban nhân dân các xã, phường',
    kinds: ['commune'],
    pattern:
      /\b((uy ban nhan dan|chinh quyen) )?(cac )?(cap xa|xa phuong|dia phuong)\b|\b(uy ban nhan dan|chinh quyen|cac) (cap )?(xa|phuong)\b/g,
    scope: 'province',
  },
  {
    id: 'village',
    label: 'Các thôn, tổ dân phố',
    kinds: ['village'],
    pattern: /\b(thon|to dan pho)\b/g,
    scope: 'nearest',
  },
  {
    id: 'school',
    label: 'Các trường đại học, cao đẳng',
    kinds: ['school'],
    pattern: /\b(truong( dai hoc| cao dang)?|dai hoc|cao dang|co so giao duc)\b/g,
    scope: 'province',
  },
  {
    id: 'vague',
    label: 'Các cơ quan, đơn vị',
    kinds: [],
    pattern: /\b(co quan|don vi|to chuc|ca nhan)\b/g,
    scope: 'nearest',
  },
];
const COMMUNE_UNIT_KINDS: BodyKind[] = ['pc_office', 'other', 'association'];
const GROUP_FILLER = new Set([
  'cac',
  'va',
  'cua',
  'co',
  'lien',
  'quan',
  'tinh',
  'xa',
  'phuong',
  'cap',
  'khac',
  'luc',
  'luong',
]);

interface DetectedGroup {
  rules: GroupRule[];
  scope: 'province' | 'commune' | null;
  related: boolean;
  central: boolean;
  leftover: number;
}

function detectGroup(tokens: string[]): DetectedGroup | null {
  let text = ` ${tokens.join(' ')} `;
  let scope: DetectedGroup['scope'] = null;
  const related = /\b(co )?lien quan\b/.test(text);
  const central = /\btrung uong\b/.test(text);
  text = text.replace(/\btren dia ban (xa|phuong|tinh)\b/g, (_, level: string) => {
    scope = level === 'tinh' ? 'province' : 'commune';
    return ' # ';
  });
  const rules: GroupRule[] = [];
  for (const rule of GROUP_RULES) {
    const next = text.replace(rule.pattern, ' # ');
    if (next !== text) rules.push(rule);
    text = next;
  }
  if (rules.length === 0) return null;
  // A level word after a group noun is a scope: "các tổ chức chính trị - xã hội xã".
  const trailing = /(\btinh|\bxa|\bphuong)\s*$/.exec(text.replace(/\b(co )?lien quan\b/g, ' ').trim());
  if (!scope && trailing) scope = trailing[1] === 'tinh' ? 'province' : 'commune';
  const leftover = text.split(' ').filter((w) => w && w !== '#' && !GROUP_FILLER.has(w)).length;
  return { rules, scope, related, central, leftover };
}

// --- matcher ----------------------------------------------------------------------------------

/** The indexes of a set of bodies, from which the matcher of any issuing body is made cheaply. */
export interface BodyIndex {
  matcherFor(contextId: string): BodyMatcher;
}

/** A matcher for one issuing body (`contextId`); see `createBodyIndex`. */
export function createBodyMatcher(bodies: BodyRef[], contextId: string): BodyMatcher {
  return createBodyIndex(bodies).matcherFor(contextId);
}

/**
 * Builds the indexes once (the costly part: hundreds of milliseconds for the whole country); a
 * matcher's `match` then costs a few map look-ups plus, when nothing matches exactly, an
 * inverted-index token-set comparison.
 *
 * Vague phrases ("các cơ quan, đơn vị liên quan", "người có ảnh hưởng (KOL)") come back as a
 * 'group' with no kinds, no bodies and a low confidence (0.4) rather than 'none': a coordinator
 * reviewing an import then sees that the phrase was understood as "whoever is concerned" and needs
 * no body mapping, while 'none' is kept for names that look like a specific body we could not find.
 */
export function createBodyIndex(bodies: BodyRef[]): BodyIndex {
  const byId = new Map(bodies.map((body, index) => [body.id, index]));
  const provinceOf: (number | null)[] = new Array(bodies.length).fill(null);
  const communeOf: (number | null)[] = new Array(bodies.length).fill(null);
  const resolved: boolean[] = new Array(bodies.length).fill(false);

  // Nearest province / commune ancestor-or-self, memoised along the parent chain.
  const resolve = (start: number): void => {
    const chain: number[] = [];
    const seen = new Set<number>();
    let current: number | undefined = start;
    while (current !== undefined && !resolved[current] && !seen.has(current)) {
      seen.add(current);
      chain.push(current);
      const parentId: string | null | undefined = bodies[current]?.parentId;
      current = parentId == null ? undefined : byId.get(parentId);
    }
    let province = current !== undefined && resolved[current] ? (provinceOf[current] ?? null) : null;
    let commune = current !== undefined && resolved[current] ? (communeOf[current] ?? null) : null;
    for (let i = chain.length - 1; i >= 0; i--) {
      const index = chain[i] as number;
      const kind = bodies[index]?.kind;
      if (kind === 'province') {
        province = index;
        commune = null;
      }
      if (kind === 'commune') commune = index;
      provinceOf[index] = province;
      communeOf[index] = commune;
      resolved[index] = true;
    }
  };
  for (let i = 0; i < bodies.length; i++) resolve(i);

  const places = bodies.map((body) =>
    body.kind === 'province' || body.kind === 'commune' ? placeTokens(body) : [],
  );
  const placesAround = (index: number): string[][] => {
    const out: string[][] = [];
    const province = provinceOf[index];
    const commune = communeOf[index];
    if (province != null) out.push(places[province] ?? []);
    if (commune != null) out.push(places[commune] ?? []);
    return out;
  };

  const exactIndex = new Map<string, Posting[]>();
  const foldedIndex = new Map<string, Posting[]>();
  const expandedIndex = new Map<string, Posting[]>();
  const coreIndex = new Map<string, Posting[]>();
  const localityIndex = new Map<string, number[]>();
  const fuzzyEntries: { index: number; tokens: string[]; weight: number }[] = [];
  const tokenPostings = new Map<string, number[]>();
  const documentFrequency = new Map<string, number>();

  const variants: { index: number; field: Field; text: string }[] = [];
  bodies.forEach((body, index) => {
    variants.push({ index, field: 'name', text: body.name });
    for (const text of body.shortNames) variants.push({ index, field: 'short_name', text });
    for (const text of body.aliases) variants.push({ index, field: 'alias', text });
    if (body.kind === 'province' || body.kind === 'commune') {
      const key = (places[index] ?? []).join(' ');
      const list = localityIndex.get(key);
      if (list) list.push(index);
      else localityIndex.set(key, [index]);
    }
  });
  const fuzzyTokenSets: { index: number; tokens: string[] }[] = [];
  const pluralInName: boolean[] = new Array(bodies.length).fill(false);
  for (const { index, field, text } of variants) {
    const posting = { index, field };
    addPosting(exactIndex, exactKey(text), posting);
    addPosting(foldedIndex, foldedTokens(text).join(' '), posting);
    const expanded = expandedTokens(text);
    addPosting(expandedIndex, expanded.join(' '), posting);
    if (expanded.includes('cac')) pluralInName[index] = true;
    const kind = bodies[index]?.kind;
    if (kind === 'province' || kind === 'commune') continue;
    const core = coreTokens(expanded, placesAround(index));
    addPosting(coreIndex, core.join(' '), posting);
    const set = [...new Set(core.filter((w) => !FUZZY_STOPWORDS.has(w)))];
    if (set.length > 0) fuzzyTokenSets.push({ index, tokens: set });
  }
  for (const { tokens } of fuzzyTokenSets) {
    for (const word of tokens) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const idf = (word: string): number =>
    Math.log(1 + fuzzyTokenSets.length / (documentFrequency.get(word) ?? 0.5));
  fuzzyTokenSets.forEach(({ index, tokens }, entry) => {
    fuzzyEntries.push({ index, tokens, weight: tokens.reduce((sum, w) => sum + idf(w), 0) });
    for (const word of tokens) {
      const list = tokenPostings.get(word);
      if (list) list.push(entry);
      else tokenPostings.set(word, [entry]);
    }
  });

  /** The matcher of one issuing body: cheap, the indexes above are shared. */
  function matcherFor(contextId: string): BodyMatcher {
    // The issuer's province and commune decide what "the province", "the commune" and proximity mean.
    const contextIndex = byId.get(contextId);
    const contextProvince = contextIndex === undefined ? null : (provinceOf[contextIndex] ?? null);
    const contextCommune = contextIndex === undefined ? null : (communeOf[contextIndex] ?? null);
    const contextPlaces: string[][] = [];
    if (contextProvince != null) contextPlaces.push(places[contextProvince] ?? []);
    if (contextCommune != null) contextPlaces.push(places[contextCommune] ?? []);

    const proximity = (index: number): number => {
      if (contextCommune != null && communeOf[index] === contextCommune) return IN_COMMUNE;
      // Another commune's own offices are not this commune's, however alike their names.
      const commune = communeOf[index];
      if (contextCommune != null && commune != null && commune !== index) return ELSEWHERE;
      if (contextProvince != null) {
        if (provinceOf[index] !== contextProvince) return ELSEWHERE;
        return contextCommune == null ? IN_COMMUNE : IN_PROVINCE;
      }
      return IN_COMMUNE; // a national (or unknown) context has no preferred subtree
    };
    const levelFactor = (index: number, hint: Level): number => {
      if (hint === null) return 1;
      const kind = bodies[index]?.kind;
      const atCommune = communeOf[index] != null && kind !== 'province';
      if (hint === 'commune') return atCommune ? 1 : LEVEL_MISMATCH;
      return atCommune ? LEVEL_MISMATCH : 1;
    };

    // A group's members depend only on its kinds and scope: computed once, not per text (a scan of
    // every body, thousands in a national context).
    const members = new Map<string, readonly BodyRef[]>();
    const bodiesIn = (kinds: BodyKind[], scope: 'province' | 'commune'): readonly BodyRef[] => {
      const key = `${scope}:${kinds.join(',')}`;
      const known = members.get(key);
      if (known) return known;
      const out: BodyRef[] = [];
      const kindSet = new Set(kinds);
      bodies.forEach((body, index) => {
        if (!kindSet.has(body.kind)) return;
        if (scope === 'commune') {
          if (contextCommune != null && communeOf[index] === contextCommune && index !== contextCommune)
            out.push(body);
          return;
        }
        const inProvince = contextProvince == null || provinceOf[index] === contextProvince;
        // Province-level units only, except for communes and for what lives below communes.
        const provinceLevel = body.kind === 'commune' || communeOf[index] == null;
        const belowCommune = body.kind === 'village' || body.kind === 'digital_team';
        if (inProvince && (provinceLevel || belowCommune) && body.kind !== 'province') out.push(body);
      });
      members.set(key, out);
      return out;
    };

    type Scored = { index: number; confidence: number; matchedOn: Field | 'fuzzy' };

    function score(
      postings: Posting[] | undefined,
      base: Record<Field, number>,
      hint: Level,
      into: Scored[],
    ) {
      for (const { index, field } of postings ?? []) {
        into.push({
          index,
          confidence: base[field] * proximity(index) * levelFactor(index, hint),
          matchedOn: field,
        });
      }
    }

    function fuzzy(core: string[], hint: Level, into: Scored[]): void {
      const query = [...new Set(core.filter((w) => !FUZZY_STOPWORDS.has(w)))];
      if (query.length === 0) return;
      const queryWeight = query.reduce((sum, w) => sum + idf(w), 0);
      const shared = new Map<number, number>();
      for (const word of query) {
        const w = idf(word);
        for (const entry of tokenPostings.get(word) ?? []) shared.set(entry, (shared.get(entry) ?? 0) + w);
      }
      for (const [entry, common] of shared) {
        const candidate = fuzzyEntries[entry];
        if (!candidate) continue;
        // Dice on IDF weights; a truncated name ("Sở Văn hóa") still scores by containment.
        const dice = (2 * common) / (queryWeight + candidate.weight);
        const similarity =
          query.length >= 2 ? Math.max(dice, CONTAINMENT_WEIGHT * (common / queryWeight)) : dice;
        const index = candidate.index;
        into.push({
          index,
          confidence: FUZZY_WEIGHT * similarity * proximity(index) * levelFactor(index, hint),
          matchedOn: 'fuzzy',
        });
      }
    }

    /** "UBND xã Hòa An", "Xã Hoà An", "Ủy ban nhân dân tỉnh" → the locality itself. */
    function locality(tokens: string[], into: Scored[]): void {
      let rest = tokens;
      if (rest.join(' ').startsWith('uy ban nhan dan ')) rest = rest.slice(4);
      else if (rest[0] === 'chinh' && rest[1] === 'quyen') rest = rest.slice(2);
      let level: Level = null;
      const head = rest.slice(0, 2).join(' ');
      if (rest[0] === 'tinh') level = 'province';
      else if (rest[0] === 'xa' || rest[0] === 'phuong') level = 'commune';
      if (head === 'thanh pho') level = 'province';
      if (head === 'dac khu') level = 'commune';
      if (level === null) {
        // A bare place name ("Hòa An") when the body is stored with its prefix ("Xã Hòa An").
        for (const index of localityIndex.get(tokens.join(' ')) ?? []) {
          into.push({ index, confidence: BASE.expanded.name * proximity(index), matchedOn: 'name' });
        }
        return;
      }
      rest = rest.slice(head === 'thanh pho' || head === 'dac khu' ? 2 : 1);
      if (rest.length === 0) {
        const target = level === 'province' ? contextProvince : contextCommune;
        if (target != null) into.push({ index: target, confidence: BASE.folded.name, matchedOn: 'name' });
        return;
      }
      const wanted: BodyKind = level === 'province' ? 'province' : 'commune';
      for (const index of localityIndex.get(rest.join(' ')) ?? []) {
        if (bodies[index]?.kind !== wanted) continue;
        into.push({ index, confidence: BASE.folded.name * proximity(index), matchedOn: 'name' });
      }
    }

    /** Best confidence per body, highest first. */
    function rank(scored: Scored[]): Scored[] {
      const best = new Map<number, Scored>();
      for (const s of scored) {
        const current = best.get(s.index);
        if (!current || s.confidence > current.confidence) best.set(s.index, s);
      }
      return [...best.values()].sort((a, b) => b.confidence - a.confidence);
    }

    // The members of a combination of groups, once per combination (thousands of bodies nationally).
    const combined = new Map<string, readonly BodyRef[]>();
    function groupMatch(group: DetectedGroup): BodyMatch {
      const kinds = [...new Set(group.rules.flatMap((rule) => rule.kinds))];
      const parts: [BodyKind[], 'province' | 'commune'][] = [];
      for (const rule of group.rules) {
        if (rule.kinds.length === 0) continue;
        let scope: 'province' | 'commune' = rule.scope === 'commune' ? 'commune' : 'province';
        if (rule.scope === 'nearest') {
          scope = group.scope ?? (contextCommune != null ? 'commune' : 'province');
          if (scope === 'commune' && contextCommune == null) scope = 'province';
        }
        parts.push([rule.kinds, scope]);
      }
      const vague = group.rules.some((rule) => rule.kinds.length === 0);
      const communeUnits = kinds.length === 0 && group.scope === 'commune' && contextCommune != null;
      if (communeUnits) {
        // "các cơ quan, đơn vị trên địa bàn xã": the commune's own units are a fair proposal.
        kinds.push(...COMMUNE_UNIT_KINDS);
        parts.push([COMMUNE_UNIT_KINDS, 'commune']);
      }
      const key = parts.map(([partKinds, scope]) => `${scope}:${partKinds.join(',')}`).join('|');
      let unique = combined.get(key);
      if (!unique) {
        const found = parts.flatMap(([partKinds, scope]) => bodiesIn(partKinds, scope));
        unique = [...new Map(found.map((body) => [body.id, body])).values()];
        combined.set(key, unique);
      }
      let confidence = 0.9;
      if (communeUnits) confidence = group.related ? 0.5 : 0.6;
      else if (kinds.length === 0) confidence = 0.4;
      else {
        if (vague) confidence *= 0.85;
        if (group.related) confidence *= 0.85; // "có liên quan": a subset the coordinator should pick
        if (group.central) confidence *= 0.85; // central press agencies are not in the tree
        if (unique.length === 0) confidence *= 0.7;
        if (group.leftover >= 2) confidence *= 0.8;
      }
      const label =
        group.rules.map((rule) => rule.label).join('; ') + (group.related ? ' (có liên quan)' : '');
      return { type: 'group', label, kinds, bodies: [...unique], confidence: round(confidence) };
    }

    function none(ranked: Scored[]): BodyMatch {
      const candidates = ranked
        .filter((s) => s.confidence >= 0.2)
        .slice(0, 5)
        .map((s) => ({ body: bodies[s.index] as BodyRef, confidence: round(s.confidence) }));
      return { type: 'none', confidence: 0, candidates };
    }

    function match(text: string): BodyMatch {
      const cleaned = text.replace(/\s+/g, ' ').trim();
      if (!cleaned) return { type: 'none', confidence: 0, candidates: [] };
      const expanded = expandedTokens(cleaned);
      const hint = levelHint(expanded);
      const scored: Scored[] = [];
      score(exactIndex.get(exactKey(cleaned)), BASE.exact, null, scored);
      score(foldedIndex.get(foldedTokens(cleaned).join(' ')), BASE.folded, null, scored);
      score(expandedIndex.get(expanded.join(' ')), BASE.expanded, null, scored);
      const core = coreTokens(expanded, contextPlaces);
      score(coreIndex.get(core.join(' ')), BASE.core, hint, scored);
      locality(expanded, scored);

      let ranked = rank(scored);
      const top = ranked[0];
      // "các" makes a group, unless the body's own name has it ("Liên hiệp các Hội …").
      const plural = /\b(cac|nhung|tat ca)\b/.test(expanded.join(' ')) && !(top && pluralInName[top.index]);
      if (top && top.confidence >= 0.85 && !plural) return bodyOrAmbiguous(ranked);
      const group = detectGroup(expanded);
      // Many unexplained words and no plural: a specific body we do not know, not a group.
      if (group && (plural || group.leftover < 2)) return groupMatch(group);
      if (!top || top.confidence < BODY_MATCH_THRESHOLD) {
        fuzzy(core, hint, scored);
        ranked = rank(scored);
      }
      return bodyOrAmbiguous(ranked);
    }

    function bodyOrAmbiguous(ranked: Scored[]): BodyMatch {
      const [top, second] = ranked;
      if (!top || top.confidence < BODY_MATCH_THRESHOLD) return none(ranked);
      // Two different bodies equally good (e.g. "Phòng Văn hóa - Xã hội" of every commune): let a human pick.
      if (second && top.confidence - second.confidence < 0.005) return none(ranked);
      const body = bodies[top.index] as BodyRef;
      return { type: 'body', body, confidence: round(top.confidence), matchedOn: top.matchedOn };
    }

    // A matcher is immutable once built, so an answer for a text stays right for its lifetime.
    const answers = new Map<string, BodyMatch>();
    function cachedMatch(text: string): BodyMatch {
      const bounded = text.slice(0, MATCH_TEXT_MAX_LENGTH);
      const known = answers.get(bounded);
      if (known) return known;
      const answer = match(bounded);
      if (answers.size >= MATCH_CACHE_SIZE) answers.clear();
      answers.set(bounded, answer);
      return answer;
    }

    return { match: cachedMatch };
  }

  return { matcherFor };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
