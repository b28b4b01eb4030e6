// Conformance of a child plan (commune) against its parent plan (province): which parent targets
// the child lacks, sets lower or higher, and which parent tasks have no counterpart.

import { foldVietnamese } from '../text/vietnamese.ts';

export interface ConformanceTarget {
  id: string;
  year: number | null;
  comparator: '=' | '>=' | '<=';
  value: number;
  unit: string;
  text: string;
}

export interface ConformanceTask {
  id: string;
  ref: string;
  title: string;
  /** The parent task this one is linked to (linked work), which makes them counterparts whatever their titles. */
  parentId?: string | null;
}

export interface ConformancePlan {
  targets: ConformanceTarget[];
  tasks: ConformanceTask[];
}

/** Ambition of the child's value relative to the parent's ('higher' = more ambitious). */
export type TargetConformanceStatus = 'missing' | 'lower' | 'equal' | 'higher';

export interface TargetConformance {
  parent: ConformanceTarget;
  child: ConformanceTarget | null;
  status: TargetConformanceStatus;
  /** Text similarity of the pair in [0, 1]; for a missing target, the best candidate's. */
  similarity: number;
}

export interface TaskConformance {
  parent: ConformanceTask;
  /** null: the child plan has no counterpart. */
  child: ConformanceTask | null;
  similarity: number;
}

export interface PlanConformance {
  targets: TargetConformance[];
  extraChildTargets: ConformanceTarget[];
  tasks: TaskConformance[];
  summary: {
    missingTargets: number;
    lowerTargets: number;
    higherTargets: number;
    tasksWithoutCounterpart: number;
  };
}

// Calibrated on Tuyên Quang → Hòa An and Sơn La → Hòa An: true target pairs score 0.33–0.93,
// unrelated ones at most 0.27; true task pairs 0.62–1.0 (including shortened commune paraphrases),
// unrelated ones at most 0.32.
/** Minimum similarity for two targets to measure the same thing. */
export const TARGET_MATCH_THRESHOLD = 0.3;
/** Minimum similarity for two task titles to be counterparts. */
export const TASK_MATCH_THRESHOLD = 0.45;
/** Ranking bonus for a same-year target pair; the reported similarity stays the text's. */
const SAME_YEAR_BONUS = 0.15;
/** Values closer than this are equal (percentages parsed from text). */
const VALUE_EPSILON = 1e-9;

// Folded phrases that say how much, where or how, not what: function words, quantifiers, scope
// ("trên địa bàn xã"), generic plan verbs (a commune "co-operates in" what the province "organises"),
// and the programme's own name, which every plan under Resolution 57 repeats.
const STOP_PHRASES = [
  'khoa hoc cong nghe doi moi sang tao va chuyen doi so quoc gia',
  'khoa hoc cong nghe doi moi sang tao va chuyen doi so',
  'nghi quyet so nq tw',
  'nghi quyet nq tw',
  'tren dia ban',
  'dia ban',
  'it nhat',
  'toi thieu',
  'tat ca',
  'dong thoi',
  'thi xa',
  'thi tran',
  'thanh pho',
  'to dan pho',
  'to chuc',
  'phoi hop',
  'tham gia',
  'trien khai',
  'huong ung',
  'thuc hien',
  'day manh',
  'chu dong',
  'tang cuong',
  'tiep tuc',
  // "xã" the commune, not "xã hội" (society).
  'xa(?! hoi)',
  ...'cac va duoc cua ve tren tai co trong cho voi nhung nhu da den nam la mot hoac theo tu de nay do deu ma nham bang cung tinh phuong huyen quan thon'.split(
    ' ',
  ),
];

const STOP_PATTERN = new RegExp(`(?<![a-z0-9])(?:${STOP_PHRASES.join('|')})(?![a-z0-9])`, 'g');

// A unit word before a capitalised proper name ("tỉnh Tuyên Quang", "xã Hòa An"): the name is
// dropped so that a province and its commune compare on content only.
const PLACE_NAME =
  /(?<!\p{L})([Tt]ỉnh|[Xx]ã|[Pp]hường|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|[Tt]hành phố|[Tt]hôn|[Bb]ản)((?:\s+\p{Lu}\p{Ll}*)+)/gu;

/** Content syllables of a text: folded, without place names, numbers and stop phrases. */
export function contentTokens(text: string): string[] {
  const withoutPlaces = text.normalize('NFC').replace(PLACE_NAME, (_m, unit: string) => unit);
  // Punctuation becomes a space first so that stop phrases match across commas.
  const folded = foldVietnamese(withoutPlaces)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\S*\d\S*/g, ' ')
    .replace(/\s+/g, ' ');
  return folded.replace(STOP_PATTERN, ' ').split(' ').filter(Boolean);
}

/** Syllables and syllable bigrams: Vietnamese words are mostly two syllables. */
function features(text: string): { unigrams: Set<string>; bigrams: Set<string> } {
  const tokens = contentTokens(text);
  const bigrams = new Set<string>();
  for (let i = 1; i < tokens.length; i++) bigrams.add(`${tokens[i - 1]} ${tokens[i]}`);
  return { unigrams: new Set(tokens), bigrams };
}

type Weight = (feature: string) => number;

/**
 * Mean of the weighted Dice and overlap coefficients: Dice alone punishes a commune's shorter
 * paraphrase ("Phối hợp tham gia tập huấn"), overlap alone lets one shared word decide.
 */
function weightedSetScore(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: Weight): number {
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  for (const item of a) {
    totalA += weight(item);
    if (b.has(item)) shared += weight(item);
  }
  for (const item of b) totalB += weight(item);
  if (totalA === 0 || totalB === 0) return 0;
  const dice = (2 * shared) / (totalA + totalB);
  const overlap = shared / Math.min(totalA, totalB);
  return (dice + overlap) / 2;
}

type Features = ReturnType<typeof features>;

function similarity(a: Features, b: Features, weight: Weight): number {
  return (
    (weightedSetScore(a.unigrams, b.unigrams, weight) + weightedSetScore(a.bigrams, b.bigrams, weight)) / 2
  );
}

/**
 * Weights features by inverse document frequency over a corpus (both plans' texts of one kind):
 * words that every item repeats ("truyền thông" in a communication plan) count less.
 */
function idfWeights(corpus: readonly Features[]): Weight {
  const df = new Map<string, number>();
  for (const f of corpus)
    for (const item of [...f.unigrams, ...f.bigrams]) df.set(item, (df.get(item) ?? 0) + 1);
  const n = corpus.length;
  return (feature) => 1 + Math.log(n / (df.get(feature) ?? 1));
}

/**
 * Similarity in [0, 1] of two texts: the mean of the scores of their content syllables and of their
 * syllable bigrams, weighted by rarity over the two texts and the optional corpus.
 */
export function textSimilarity(a: string, b: string, corpus: readonly string[] = []): number {
  const fa = features(a);
  const fb = features(b);
  return similarity(fa, fb, idfWeights([fa, fb, ...corpus.map(features)]));
}

interface Candidate {
  parent: number;
  child: number;
  similarity: number;
  rank: number;
}

/**
 * One-to-one greedy assignment: best-ranked candidate pairs first, each side used once. Returns,
 * per parent, the assigned child index (or null) and the similarity to report.
 */
function assign(
  parentCount: number,
  candidates: Candidate[],
  threshold: number,
): { child: number | null; similarity: number }[] {
  const rows = Array.from({ length: parentCount }, () => ({ child: null as number | null, similarity: 0 }));
  // A missing row reports its best compatible candidate, so a reviewer sees how close it came.
  for (const c of candidates) {
    const row = rows[c.parent];
    if (row && c.similarity > row.similarity) row.similarity = c.similarity;
  }
  const ordered = candidates
    .filter((c) => c.similarity >= threshold)
    .sort((a, b) => b.rank - a.rank || a.parent - b.parent || a.child - b.child);
  const usedChildren = new Set<number>();
  for (const c of ordered) {
    const row = rows[c.parent];
    if (!row || row.child !== null || usedChildren.has(c.child)) continue;
    row.child = c.child;
    row.similarity = c.similarity;
    usedChildren.add(c.child);
  }
  return rows;
}

function normalizeUnit(unit: string): string {
  return foldVietnamese(unit).replace(/\s+/g, '');
}

/** '>=' and '=' aim upwards (more is more ambitious), '<=' downwards. */
function direction(comparator: ConformanceTarget['comparator']): 1 | -1 {
  return comparator === '<=' ? -1 : 1;
}

/** Whether two targets can measure the same thing at all: same unit, same direction. */
function comparable(a: ConformanceTarget, b: ConformanceTarget): boolean {
  return (
    normalizeUnit(a.unit) === normalizeUnit(b.unit) && direction(a.comparator) === direction(b.comparator)
  );
}

function targetStatus(parent: ConformanceTarget, child: ConformanceTarget | null): TargetConformanceStatus {
  if (!child) return 'missing';
  const gain = (child.value - parent.value) * direction(parent.comparator);
  if (Math.abs(gain) <= VALUE_EPSILON) return 'equal';
  return gain > 0 ? 'higher' : 'lower';
}

/**
 * Compares a child plan (e.g. a commune's) with the plan it is based on (its province's): one row
 * per parent target with the child's counterpart and whether it is missing, lower, equal or higher
 * (more ambitious), the child's targets with no parent counterpart, and one row per parent task
 * with its counterpart or null.
 */
export function comparePlans(parent: ConformancePlan, child: ConformancePlan): PlanConformance {
  const parentTargetFeatures = parent.targets.map((t) => features(t.text));
  const childTargetFeatures = child.targets.map((t) => features(t.text));
  const targetWeight = idfWeights([...parentTargetFeatures, ...childTargetFeatures]);
  const targetCandidates: Candidate[] = [];
  parent.targets.forEach((p, pi) => {
    child.targets.forEach((c, ci) => {
      if (!comparable(p, c)) return;
      const pf = parentTargetFeatures[pi];
      const cf = childTargetFeatures[ci];
      if (!pf || !cf) return;
      const value = similarity(pf, cf, targetWeight);
      targetCandidates.push({
        parent: pi,
        child: ci,
        similarity: value,
        rank: value + (p.year === c.year ? SAME_YEAR_BONUS : 0),
      });
    });
  });
  const targetRows = assign(parent.targets.length, targetCandidates, TARGET_MATCH_THRESHOLD);
  const targets = parent.targets.map((p, i): TargetConformance => {
    const row = targetRows[i];
    const c = row?.child == null ? null : (child.targets[row.child] ?? null);
    return { parent: p, child: c, status: targetStatus(p, c), similarity: row?.similarity ?? 0 };
  });
  const pairedChildren = new Set(targetRows.map((r) => r.child));
  const extraChildTargets = child.targets.filter((_c, i) => !pairedChildren.has(i));

  const parentTaskFeatures = parent.tasks.map((t) => features(t.title));
  const childTaskFeatures = child.tasks.map((t) => features(t.title));
  const taskWeight = idfWeights([...parentTaskFeatures, ...childTaskFeatures]);
  const taskCandidates: Candidate[] = [];
  parentTaskFeatures.forEach((pf, pi) => {
    childTaskFeatures.forEach((cf, ci) => {
      const value = similarity(pf, cf, taskWeight);
      const link = child.tasks[ci]?.parentId;
      if (link == null) {
        taskCandidates.push({ parent: pi, child: ci, similarity: value, rank: value });
      } else if (link === parent.tasks[pi]?.id) {
        // A linked task is its parent's counterpart before any likeness of titles is weighed.
        taskCandidates.push({
          parent: pi,
          child: ci,
          similarity: Math.max(value, TASK_MATCH_THRESHOLD),
          rank: 2 + value,
        });
      }
    });
  });
  const taskRows = assign(parent.tasks.length, taskCandidates, TASK_MATCH_THRESHOLD);
  const tasks = parent.tasks.map((p, i): TaskConformance => {
    const row = taskRows[i];
    const c = row?.child == null ? null : (child.tasks[row.child] ?? null);
    return { parent: p, child: c, similarity: row?.similarity ?? 0 };
  });

  return {
    targets,
    extraChildTargets,
    tasks,
    summary: {
      missingTargets: targets.filter((t) => t.status === 'missing').length,
      lowerTargets: targets.filter((t) => t.status === 'lower').length,
      higherTargets: targets.filter((t) => t.status === 'higher').length,
      tasksWithoutCounterpart: tasks.filter((t) => t.child === null).length,
    },
  };
}
