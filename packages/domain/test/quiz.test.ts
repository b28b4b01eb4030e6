import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  awardPrizes,
  type BankQuestion,
  CITIZEN_ID_PROVINCE_CODES,
  type CitizenIdErrorReason,
  citizenIdLookupKey,
  drawQuestions,
  hashSeed,
  maskCitizenId,
  normalizeVietnamesePhone,
  QUIZ_DEFAULT_ATTEMPT_TIME_LIMIT_MS,
  QUIZ_DEFAULT_ATTEMPTS_PER_ROUND,
  type RankedEntry,
  type RoundAttempt,
  rankRound,
  type ScoredQuestion,
  scoreAttempt,
  seededRandom,
  seededShuffle,
  shuffleOptions,
  tallyByBody,
  validateCitizenId,
} from '../src/index.ts';

const TODAY = '2026-06-01';

describe('validateCitizenId', () => {
  const valid: [string, string, string][] = [
    ['a man born 1999 whose birth was registered in Hà Nội', '001099012345', '001099012345'],
    ['a woman born 2003 in Hồ Chí Minh', '079303001234', '079303001234'],
    ['a man born 1985 in Tuyên Quang, grouped with spaces', '008 085 000 123', '008085000123'],
    ['a woman born 1970 in Cà Mau, grouped with dots', '096.170.999.999', '096170999999'],
    ['a baby born this year', '001226000001', '001226000001'],
    ['someone born exactly 120 years ago', '001006000001', '001006000001'],
    ['a number with tabs and non-breaking spaces around', '\t001099012345\u00a0', '001099012345'],
  ];
  it.each(valid)('accepts %s', (_, raw, value) => {
    expect(validateCitizenId(raw, TODAY)).toEqual({ ok: true, value });
  });

  const invalid: [string, string, CitizenIdErrorReason][] = [
    ['eleven digits', '00109901234', 'format'],
    ['thirteen digits', '0010990123456', 'format'],
    ['a letter among the digits', '00109901234a', 'format'],
    ['dashes between groups', '001-099-012345', 'format'],
    ['an empty field', '', 'format'],
    ['province code 999', '999099012345', 'province'],
    ['province code 000', '000099012345', 'province'],
    ['province code 003, a gap in the list', '003099012345', 'province'],
    ['province code 097, past the last one', '097099012345', 'province'],
    ['century digit 4 (born in the 2100s)', '001499012345', 'century'],
    ['century digit 9 (born in the 2300s)', '001900012345', 'century'],
    ['a birth year in the future (2030)', '001230012345', 'birth_year'],
    ['a birth year more than 120 years ago (1900)', '001000012345', 'birth_year'],
  ];
  it.each(invalid)('refuses %s with reason %s', (_, raw, reason) => {
    const result = validateCitizenId(raw, TODAY);
    expect(result).toMatchObject({ ok: false, reason });
    if (result.ok) return;
    expect(result.message).toBe(result.message.normalize('NFC'));
    expect(result.message).toMatch(/Hãy/);
  });

  it('says which province code is wrong and which birth year it read', () => {
    expect(validateCitizenId('999099012345', TODAY)).toMatchObject({
      message: expect.stringContaining('999'),
    });
    expect(validateCitizenId('001230012345', TODAY)).toMatchObject({
      message: expect.stringContaining('2030'),
    });
  });

  it('judges the birth year against the date it is given, not the clock', () => {
    expect(validateCitizenId('001230012345', '2030-01-01')).toEqual({ ok: true, value: '001230012345' });
    expect(validateCitizenId('001099012345', '2120-01-01')).toMatchObject({
      ok: false,
      reason: 'birth_year',
    });
  });

  it('knows the 63 province codes of Circular 07/2016, from 001 Hà Nội to 096 Cà Mau', () => {
    const codes = Object.keys(CITIZEN_ID_PROVINCE_CODES);
    expect(codes).toHaveLength(63);
    expect(CITIZEN_ID_PROVINCE_CODES['001']).toBe('Hà Nội');
    expect(CITIZEN_ID_PROVINCE_CODES['096']).toBe('Cà Mau');
    expect(codes.every((code) => /^0\d{2}$/.test(code) && code <= '096')).toBe(true);
  });
});

describe('maskCitizenId', () => {
  it.each([
    ['001099012345', '001•••••••45'],
    ['079303001289', '079•••••••89'],
    ['001 099 012 345', '001•••••••45'],
  ])('masks %s as %s', (value, masked) => {
    expect(maskCitizenId(value)).toBe(masked);
  });

  it('refuses something that is not a 12-digit number', () => {
    expect(() => maskCitizenId('12345')).toThrow(RangeError);
  });
});

describe('citizenIdLookupKey', () => {
  const secretA = new TextEncoder().encode('a-server-side-secret-of-32-bytes');
  const secretB = new TextEncoder().encode('another-secret-of-at-least-16-by');

  it('is the HMAC-SHA-256 of the number under the secret, in hex', async () => {
    const expected = createHmac('sha256', secretA).update('001099012345').digest('hex');
    expect(await citizenIdLookupKey('001099012345', secretA)).toBe(expected);
  });

  it('is stable for one secret, whatever the grouping the number was typed with', async () => {
    const key = await citizenIdLookupKey('001099012345', secretA);
    expect(await citizenIdLookupKey('001 099 012 345', secretA)).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('001099012345');
  });

  it('differs across secrets and across numbers', async () => {
    const key = await citizenIdLookupKey('001099012345', secretA);
    expect(await citizenIdLookupKey('001099012345', secretB)).not.toBe(key);
    expect(await citizenIdLookupKey('001099012346', secretA)).not.toBe(key);
  });

  it('refuses a short secret and a malformed number', async () => {
    await expect(citizenIdLookupKey('001099012345', new Uint8Array(8))).rejects.toThrow(RangeError);
    await expect(citizenIdLookupKey('0010990', secretA)).rejects.toThrow(RangeError);
  });
});

describe('normalizeVietnamesePhone', () => {
  it.each([
    ['0912345678', '+84912345678'],
    ['0912 345 678', '+84912345678'],
    ['0912.345.678', '+84912345678'],
    ['0912-345-678', '+84912345678'],
    ['+84912345678', '+84912345678'],
    ['+84 912 345 678', '+84912345678'],
    ['84912345678', '+84912345678'],
    ['+84 0912 345 678', '+84912345678'],
    ['0387654321', '+84387654321'],
    ['0567654321', '+84567654321'],
    ['0707654321', '+84707654321'],
    ['0867654321', '+84867654321'],
  ])('normalises %s to %s', (raw, value) => {
    expect(normalizeVietnamesePhone(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['nine digits', '091234567', 'format'],
    ['eleven digits', '09123456789', 'format'],
    ['a landline with its 11 digits', '024 3825 1234', 'format'],
    ['a letter', '0912a45678', 'format'],
    ['parentheses', '(091) 2345678', 'format'],
    ['no leading 0 or country code', '912345678', 'format'],
    ['another country code', '+85512345678', 'format'],
    ['an empty field', '', 'format'],
    ['a 02 prefix', '0212345678', 'prefix'],
    ['an old 01 prefix', '0112345678', 'prefix'],
    ['a 04 prefix', '0412345678', 'prefix'],
    ['a 06 prefix after +84', '+84612345678', 'prefix'],
  ])('refuses %s with reason %s', (_, raw, reason) => {
    const result = normalizeVietnamesePhone(raw);
    expect(result).toMatchObject({ ok: false, reason, message: expect.stringMatching(/^Số điện thoại/) });
  });
});

describe('seeded randomness', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j with FNV-1a to %i', (seed, hash) => {
    expect(hashSeed(seed)).toBe(hash);
  });

  it('repeats the same sequence of numbers in [0, 1) for the same seed', () => {
    const first = seededRandom('attempt-1');
    const second = seededRandom('attempt-1');
    const values = Array.from({ length: 100 }, () => first());
    expect(Array.from({ length: 100 }, () => second())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBe(100);
  });

  it('shuffles without touching the input', () => {
    const items = [1, 2, 3, 4, 5];
    const shuffled = seededShuffle(items, 's');
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect([...shuffled].sort()).toEqual(items);
  });
});

describe('drawQuestions', () => {
  const questions = (topic: string, n: number): BankQuestion[] =>
    Array.from({ length: n }, (_, i) => ({ id: `${topic}-${String(i + 1).padStart(2, '0')}`, topic }));
  const bank = [...questions('law', 10), ...questions('digital', 5), ...questions('history', 3)];
  const quotas = [
    { topic: 'law', count: 4 },
    { topic: 'digital', count: 2 },
  ];
  const topicOf = (id: string) => id.split('-')[0];

  it('takes exactly the quota of distinct questions from each topic and none from others', () => {
    const drawn = drawQuestions(bank, quotas, 'attempt-1');
    expect(drawn).toHaveLength(6);
    expect(new Set(drawn).size).toBe(6);
    expect(drawn.filter((id) => topicOf(id) === 'law')).toHaveLength(4);
    expect(drawn.filter((id) => topicOf(id) === 'digital')).toHaveLength(2);
  });

  it('gives the same questions in the same order for the same seed, whatever the bank order', () => {
    const drawn = drawQuestions(bank, quotas, 'attempt-1');
    expect(drawQuestions(bank, quotas, 'attempt-1')).toEqual(drawn);
    expect(drawQuestions([...bank].reverse(), quotas, 'attempt-1')).toEqual(drawn);
  });

  it('varies across seeds', () => {
    const draws = new Set(
      Array.from({ length: 20 }, (_, i) => drawQuestions(bank, quotas, `attempt-${i}`).join()),
    );
    expect(draws.size).toBeGreaterThanOrEqual(18);
  });

  it('interleaves topics rather than listing them quota by quota', () => {
    const orders = Array.from({ length: 20 }, (_, i) =>
      drawQuestions(bank, quotas, `attempt-${i}`).map(topicOf).join(),
    );
    expect(new Set(orders).size).toBeGreaterThan(1);
  });

  it('adds up quotas naming the same topic, and skips zero quotas', () => {
    const drawn = drawQuestions(
      bank,
      [
        { topic: 'law', count: 2 },
        { topic: 'history', count: 0 },
        { topic: 'law', count: 3 },
      ],
      'seed',
    );
    expect(drawn).toHaveLength(5);
    expect(new Set(drawn).size).toBe(5);
    expect(drawn.every((id) => topicOf(id) === 'law')).toBe(true);
  });

  it('never draws a question filed under two topics twice', () => {
    const shared: BankQuestion[] = [
      { id: 'q1', topic: 'a' },
      { id: 'q2', topic: 'a' },
      { id: 'q1', topic: 'b' },
      { id: 'q3', topic: 'b' },
    ];
    for (let i = 0; i < 10; i++) {
      const drawn = drawQuestions(
        shared,
        [
          { topic: 'a', count: 1 },
          { topic: 'b', count: 1 },
        ],
        `s${i}`,
      );
      expect(new Set(drawn).size).toBe(2);
    }
  });

  it.each([
    [
      'a topic with fewer questions than its quota',
      [{ topic: 'history', count: 4 }],
      'Chủ đề «history» chỉ có 3 câu hỏi, không đủ 4 câu',
    ],
    ['a topic missing from the bank', [{ topic: 'economy', count: 1 }], 'Chủ đề «economy» chỉ có 0 câu hỏi'],
    ['a negative quota', [{ topic: 'law', count: -1 }], 'phải là số nguyên không âm'],
  ])('throws a RangeError in Vietnamese for %s', (_, badQuotas, message) => {
    expect(() => drawQuestions(bank, badQuotas, 'seed')).toThrow(RangeError);
    expect(() => drawQuestions(bank, badQuotas, 'seed')).toThrow(message);
  });
});

describe('shuffleOptions', () => {
  const options = ['A', 'B', 'C', 'D'];

  it('returns a permutation of the options, the same for the same seed', () => {
    const order = shuffleOptions(options, 'attempt-1:q1');
    expect([...order].sort()).toEqual(options);
    expect(shuffleOptions(options, 'attempt-1:q1')).toEqual(order);
  });

  it('orders the options differently across attempts', () => {
    const orders = new Set(
      Array.from({ length: 50 }, (_, i) => shuffleOptions(options, `attempt-${i}:q1`).join()),
    );
    expect(orders.size).toBeGreaterThan(10);
  });

  it('leaves single and empty option lists alone', () => {
    expect(shuffleOptions(['A'], 'x')).toEqual(['A']);
    expect(shuffleOptions([], 'x')).toEqual([]);
  });
});

describe('scoreAttempt', () => {
  const questions: ScoredQuestion[] = [
    { id: 'q1', correctOptionIds: ['a'] },
    { id: 'q2', correctOptionIds: ['b', 'c'] },
  ];

  it.each<[string, Record<string, string[]>, number]>([
    ['both right, options in any order', { q1: ['a'], q2: ['c', 'b'] }, 2],
    ['the single answer wrong', { q1: ['b'], q2: ['b', 'c'] }, 1],
    ['only part of a multi-answer question', { q1: ['a'], q2: ['b'] }, 1],
    ['one option too many', { q1: ['a'], q2: ['b', 'c', 'd'] }, 1],
    ['a right option chosen twice', { q1: ['a', 'a'], q2: ['b', 'c', 'c'] }, 2],
    ['an empty choice', { q1: [], q2: ['b', 'c'] }, 1],
    ['an unanswered question', { q2: ['b', 'c'] }, 1],
    ['answers to questions not in the attempt', { q9: ['a'] }, 0],
  ])('counts %s', (_, answers, correct) => {
    expect(scoreAttempt(questions, answers)).toEqual({ correct, total: 2 });
  });

  it('never counts a question that has no correct option', () => {
    expect(scoreAttempt([{ id: 'q1', correctOptionIds: [] }], { q1: [] })).toEqual({ correct: 0, total: 1 });
  });
});

describe('rankRound', () => {
  const ACTUAL = 100;
  const base: Omit<RoundAttempt, 'participantId' | 'attemptId'> = {
    correct: 9,
    prediction: 100,
    durationMs: 300_000,
    submittedAt: '2026-06-07T10:00:00+07:00',
  };
  const attempt = (
    participantId: string,
    attemptId: string,
    overrides: Partial<RoundAttempt> = {},
  ): RoundAttempt => ({
    ...base,
    participantId,
    attemptId,
    ...overrides,
  });
  const order = (attempts: RoundAttempt[]) => rankRound(attempts, ACTUAL).map((e) => e.participantId);

  it.each<[string, Partial<RoundAttempt>, Partial<RoundAttempt>]>([
    ['more correct answers', { correct: 10, prediction: 5000, durationMs: 600_000 }, { correct: 9 }],
    ['a prediction closer to the actual number', { prediction: 95 }, { prediction: 120 }],
    ['any prediction over a blank one', { prediction: 100_000 }, { prediction: null }],
    ['a shorter duration', { prediction: 110, durationMs: 200_000 }, { prediction: 90, durationMs: 200_001 }],
    [
      'an earlier submission, compared as instants',
      { submittedAt: '2026-06-07T09:00:00+07:00' },
      { submittedAt: '2026-06-07T03:00:00Z' },
    ],
    ['the smaller attempt id when all else is equal', {}, {}],
  ])('ranks first %s', (_, winner, loser) => {
    expect(order([attempt('loser', 'a2', loser), attempt('winner', 'a1', winner)])).toEqual([
      'winner',
      'loser',
    ]);
  });

  it('keeps each participant once, with their best attempt and their attempt count', () => {
    const ranked = rankRound(
      [
        attempt('p1', 'p1-1', { correct: 7, prediction: 100 }),
        attempt('p1', 'p1-2', { correct: 9, prediction: 500 }),
        attempt('p1', 'p1-3', { correct: 9, prediction: 105 }),
        attempt('p2', 'p2-1', { correct: 9, prediction: 110 }),
      ],
      ACTUAL,
    );
    expect(ranked).toEqual<RankedEntry[]>([
      { ...attempt('p1', 'p1-3', { prediction: 105 }), predictionDistance: 5, attempts: 3, rank: 1 },
      { ...attempt('p2', 'p2-1', { prediction: 110 }), predictionDistance: 10, attempts: 1, rank: 2 },
    ]);
  });

  it('ranks 1, 2, 3… without ties even for identical results, and blank predictions last', () => {
    const ranked = rankRound(
      [
        attempt('c', 'x3', { prediction: null }),
        attempt('b', 'x2'),
        attempt('a', 'x1'),
        attempt('d', 'x4', { prediction: 0 }),
      ],
      ACTUAL,
    );
    expect(ranked.map((e) => [e.rank, e.participantId, e.predictionDistance])).toEqual([
      [1, 'a', 0],
      [2, 'b', 0],
      [3, 'd', 100],
      [4, 'c', null],
    ]);
  });

  it('returns nothing for a round without attempts and refuses a negative participant count', () => {
    expect(rankRound([], 0)).toEqual([]);
    expect(() => rankRound([], -1)).toThrow(RangeError);
  });
});

describe('awardPrizes', () => {
  const ranked = rankRound(
    Array.from({ length: 5 }, (_, i) => ({
      participantId: `p${i + 1}`,
      attemptId: `a${i + 1}`,
      correct: 10 - i,
      prediction: 100,
      durationMs: 1000,
      submittedAt: '2026-06-07T00:00:00Z',
    })),
    5,
  );
  const names = (awards: ReturnType<typeof awardPrizes>) =>
    awards.map(({ tier, winners }) => [tier, winners.map((w) => w.participantId)]);

  it('gives each tier the next participants down the ranking, whatever the input order', () => {
    const tiers = [
      { name: 'Giải Nhất', count: 1 },
      { name: 'Giải Nhì', count: 2 },
      { name: 'Giải Ba', count: 1 },
    ];
    expect(names(awardPrizes([...ranked].reverse(), tiers))).toEqual([
      ['Giải Nhất', ['p1']],
      ['Giải Nhì', ['p2', 'p3']],
      ['Giải Ba', ['p4']],
    ]);
  });

  it('leaves lower tiers short when prizes outnumber participants', () => {
    const tiers = [
      { name: 'Giải Nhất', count: 2 },
      { name: 'Giải Khuyến khích', count: 5 },
      { name: 'Giải Phụ', count: 1 },
    ];
    expect(names(awardPrizes(ranked, tiers))).toEqual([
      ['Giải Nhất', ['p1', 'p2']],
      ['Giải Khuyến khích', ['p3', 'p4', 'p5']],
      ['Giải Phụ', []],
    ]);
  });

  it('refuses a negative number of prizes', () => {
    expect(() => awardPrizes(ranked, [{ name: 'Giải Nhất', count: -1 }])).toThrow(RangeError);
  });
});

describe('tallyByBody', () => {
  it('counts participants and attempts and averages best scores per body, in order of appearance', () => {
    expect(
      tallyByBody([
        { participantId: 'p1', bodyId: 'xa-hoa-an', attempts: 3, bestCorrect: 8 },
        { participantId: 'p3', bodyId: 'so-khcn', attempts: 7, bestCorrect: 10 },
        { participantId: 'p2', bodyId: 'xa-hoa-an', attempts: 1, bestCorrect: 5 },
        { participantId: 'p1', bodyId: 'xa-hoa-an', attempts: 2, bestCorrect: 9 },
      ]),
    ).toEqual([
      { bodyId: 'xa-hoa-an', participants: 2, attempts: 6, meanScore: 7 },
      { bodyId: 'so-khcn', participants: 1, attempts: 7, meanScore: 10 },
    ]);
  });

  it('returns no bodies for no entries', () => {
    expect(tallyByBody([])).toEqual([]);
  });
});

describe('contest defaults', () => {
  it('allow 10 minutes per attempt and 7 attempts per round', () => {
    expect(QUIZ_DEFAULT_ATTEMPT_TIME_LIMIT_MS).toBe(600_000);
    expect(QUIZ_DEFAULT_ATTEMPTS_PER_ROUND).toBe(7);
  });
});
