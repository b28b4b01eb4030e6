import { compareCodeUnits } from './order.ts';

// Seeded randomness for drawing questions and ordering options. Every attempt stores its seed (e.g.
// its attempt id), so the server can rebuild exactly the questions and orders it showed, and no
// Math.random is involved.
//
// The string seed is hashed to 32 bits with FNV-1a over its UTF-8 bytes, which feeds mulberry32, a
// small, fast 32-bit generator. This is not cryptographic: a participant who knew the seed could
// predict the draw, so seeds should be server-generated ids that are not shown before the attempt.

/** FNV-1a (32-bit) of the UTF-8 bytes of `seed`. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(seed)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32 seeded from the string: returns floats in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates in place with the given generator. */
function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = items[i] as T;
    items[i] = items[j] as T;
    items[j] = swap;
  }
  return items;
}

/** A permutation of `items` determined by `seed`; the input is not modified. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  return shuffleInPlace([...items], seededRandom(seed));
}

export interface BankQuestion {
  id: string;
  topic: string;
  difficulty?: number;
}

export interface TopicQuota {
  topic: string;
  count: number;
}

/**
 * Draws the questions of one attempt: `count` distinct questions from each quota's topic, then the
 * whole set in a seeded order so topics are interleaved. Candidates are sorted by id first, so the
 * draw depends on the bank's content and the seed, not on the order rows came back from the
 * database. Quotas naming the same topic twice are added up. Throws a RangeError (message in
 * Vietnamese, for the organiser) when a topic has too few questions.
 */
export function drawQuestions(
  bank: readonly BankQuestion[],
  quotas: readonly TopicQuota[],
  seed: string,
): string[] {
  const wanted = new Map<string, number>();
  for (const { topic, count } of quotas) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`Số câu hỏi của chủ đề «${topic}» phải là số nguyên không âm (đang là ${count}).`);
    }
    wanted.set(topic, (wanted.get(topic) ?? 0) + count);
  }

  const byTopic = new Map<string, Set<string>>();
  for (const question of bank) {
    const ids = byTopic.get(question.topic) ?? new Set<string>();
    byTopic.set(question.topic, ids.add(question.id));
  }

  const random = seededRandom(seed);
  const drawn: string[] = [];
  const taken = new Set<string>();
  for (const [topic, count] of wanted) {
    // An id filed under two topics counts for whichever topic draws it first, never twice.
    const candidates = [...(byTopic.get(topic) ?? [])].filter((id) => !taken.has(id)).sort(compareCodeUnits);
    if (candidates.length < count) {
      throw new RangeError(
        `Chủ đề «${topic}» chỉ có ${candidates.length} câu hỏi, không đủ ${count} câu theo cơ cấu đề. Hãy bổ sung câu hỏi cho chủ đề này hoặc giảm số câu của chủ đề.`,
      );
    }
    for (const id of shuffleInPlace(candidates, random).slice(0, count)) {
      drawn.push(id);
      taken.add(id);
    }
  }
  return shuffleInPlace(drawn, random);
}

/**
 * The order in which one question's options are shown in one attempt. Seed it with attempt and
 * question together (`${attemptId}:${questionId}`) so each question of each attempt gets its own.
 */
export function shuffleOptions(optionIds: readonly string[], seed: string): string[] {
  return seededShuffle(optionIds, seed);
}
