import { describe, expect, it } from 'vitest';
import {
  type BroadcastSession,
  type BulletinRequest,
  type Programme,
  type ProgrammeIssue,
  type ProgrammeIssueKind,
  planProgramme,
  sessionsForDays,
} from '../../src/broadcast/index.ts';

// 31/05 to 02/06/2026, sessions at 06:00 and 17:00 of at most 15 minutes; it is 05:00 on 01/06, so
// both sessions of 31/05 are over.
const NOW = '2026-06-01T05:00:00+07:00';
const SESSIONS = sessionsForDays('xa-a', [{ start: '06:00' }, { start: '17:00' }], '2026-05-31', 3);
const sid = (date: string, start: string, station = 'xa-a') => `${station}:${date}:${start}`;
const S31_06 = sid('2026-05-31', '06:00');
const S31_17 = sid('2026-05-31', '17:00');
const S1_06 = sid('2026-06-01', '06:00');
const S1_17 = sid('2026-06-01', '17:00');
const S2_06 = sid('2026-06-02', '06:00');
const S2_17 = sid('2026-06-02', '17:00');

const at = (dateTime: string) => `${dateTime}:00+07:00`;

function bulletin(id: string, rest: Partial<BulletinRequest> = {}): BulletinRequest {
  return {
    bulletinId: id,
    stationId: 'xa-a',
    priority: 'normal',
    durationSeconds: 60,
    createdAt: at('2026-05-30T08:00'),
    title: `Tin ${id}`,
    ...rest,
  };
}

/** An issue planProgramme reports on station xa-a. */
function issue(
  kind: ProgrammeIssueKind,
  where: { sessionId: string; bulletinId?: string },
  message: string,
): ProgrammeIssue {
  return { kind, stationId: 'xa-a', ...where, message };
}

/** bulletin ids by session, in position order. */
function bySession(programme: Programme): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const item of programme.items) out[item.sessionId] = [...(out[item.sessionId] ?? []), item.bulletinId];
  return out;
}

const kinds = (programme: Programme) =>
  programme.issues.map((i) => `${i.kind}:${i.bulletinId ?? i.sessionId}`);

describe('where one request lands', () => {
  const cases: [string, Partial<BulletinRequest>, string[], boolean][] = [
    ['normal: the chosen sessions', { chosenSessionIds: [S2_17, S1_06] }, [S1_06, S2_17], false],
    ['priority: every coming session', { priority: 'priority' }, [S1_06, S1_17, S2_06, S2_17], false],
    ['priority from a later date', { priority: 'priority', from: '2026-06-02' }, [S2_06, S2_17], false],
    ['priority until a date', { priority: 'priority', until: '2026-06-01' }, [S1_06, S1_17], false],
    // 31/05 06:00 and 17:00 have aired, 01/06 06:00 is the third.
    ['priority for 3 sessions, two already aired', { priority: 'priority', sessions: 3 }, [S1_06], false],
    [
      'priority for 2 sessions from its creation',
      { priority: 'priority', sessions: 2, createdAt: at('2026-05-31T12:00') },
      [S1_06],
      false,
    ],
    [
      'priority created this morning: not in the sessions before it',
      { priority: 'priority', createdAt: at('2026-06-01T04:00'), sessions: 2 },
      [S1_06, S1_17],
      false,
    ],
    [
      'emergency: aired now and on top of the next session',
      { priority: 'emergency', createdAt: at('2026-06-01T04:30') },
      [S1_06],
      true,
    ],
    [
      'emergency from last night: the next session has not started yet',
      { priority: 'emergency', createdAt: at('2026-05-31T18:00') },
      [S1_06],
      true,
    ],
    [
      'emergency already aired in its session yesterday',
      { priority: 'emergency', createdAt: at('2026-05-31T05:00') },
      [],
      false,
    ],
    [
      'emergency repeated for 3 sessions',
      { priority: 'emergency', createdAt: at('2026-06-01T04:30'), sessions: 3 },
      [S1_06, S1_17, S2_06],
      true,
    ],
    [
      'emergency created after now (not yet): placed, not immediate',
      { priority: 'emergency', createdAt: at('2026-06-01T10:00') },
      [S1_17],
      false,
    ],
  ];
  it.each(cases)('%s', (_name, rest, sessions, immediate) => {
    const programme = planProgramme(SESSIONS, [bulletin('b1', rest)], NOW);
    expect(programme.items.map((i) => i.sessionId)).toEqual(sessions);
    expect(programme.immediate).toEqual(immediate ? ['b1'] : []);
    expect(programme.issues).toEqual([]);
  });
});

describe('order within a session', () => {
  it('emergency newest first, then priority oldest first, then normal oldest first, back to back', () => {
    const programme = planProgramme(
      SESSIONS,
      [
        bulletin('n-new', {
          createdAt: at('2026-05-31T09:00'),
          chosenSessionIds: [S1_06],
          durationSeconds: 90,
        }),
        bulletin('p-new', { priority: 'priority', createdAt: at('2026-05-31T08:00'), durationSeconds: 120 }),
        bulletin('e-old', { priority: 'emergency', createdAt: at('2026-06-01T04:00'), durationSeconds: 30 }),
        bulletin('n-old', {
          createdAt: at('2026-05-30T09:00'),
          chosenSessionIds: [S1_06],
          durationSeconds: 45,
        }),
        bulletin('p-old', { priority: 'priority', createdAt: at('2026-05-30T08:00'), durationSeconds: 100 }),
        bulletin('e-new', { priority: 'emergency', createdAt: at('2026-06-01T04:30'), durationSeconds: 40 }),
      ],
      NOW,
    );
    const first = programme.items.filter((i) => i.sessionId === S1_06);
    expect(first.map((i) => [i.position, i.bulletinId, i.startOffsetSeconds, i.priority, i.reason])).toEqual([
      [1, 'e-new', 0, 'emergency', 'emergency'],
      [2, 'e-old', 40, 'emergency', 'emergency'],
      [3, 'p-old', 70, 'priority', 'priority'],
      [4, 'p-new', 170, 'priority', 'priority'],
      [5, 'n-old', 290, 'normal', 'chosen'],
      [6, 'n-new', 335, 'normal', 'chosen'],
    ]);
    expect(programme.immediate).toEqual(['e-new', 'e-old']);
    expect(bySession(programme)[S1_17]).toEqual(['p-old', 'p-new']);
  });

  it('normal bulletins created at the same instant keep the order they are given in', () => {
    const programme = planProgramme(
      SESSIONS,
      ['c', 'a', 'b'].map((id) => bulletin(id, { chosenSessionIds: [S1_06] })),
      NOW,
    );
    expect(bySession(programme)).toEqual({ [S1_06]: ['c', 'a', 'b'] });
  });
});

describe('a full session', () => {
  it('moves normal bulletins that do not fit to the next session with room, and fills with those that fit', () => {
    const programme = planProgramme(
      SESSIONS,
      [
        bulletin('n1', {
          durationSeconds: 500,
          createdAt: at('2026-05-30T08:00'),
          chosenSessionIds: [S1_06],
        }),
        bulletin('n2', {
          durationSeconds: 500,
          createdAt: at('2026-05-30T09:00'),
          chosenSessionIds: [S1_06],
        }),
        bulletin('n3', {
          durationSeconds: 300,
          createdAt: at('2026-05-30T10:00'),
          chosenSessionIds: [S1_06],
        }),
      ],
      NOW,
    );
    expect(bySession(programme)).toEqual({ [S1_06]: ['n1', 'n3'], [S1_17]: ['n2'] });
    expect(programme.items.find((i) => i.bulletinId === 'n2')?.reason).toBe('displaced');
    expect(programme.issues).toEqual([
      issue(
        'displaced',
        { sessionId: S1_17, bulletinId: 'n2' },
        'buổi phát 06:00 ngày 01/06/2026 đã hết thời lượng, Bản tin “Tin n2” được chuyển sang buổi phát 17:00 ngày 01/06/2026; ' +
          'nếu cần phát đúng buổi đã chọn, hãy rút ngắn hoặc bỏ bớt bản tin khác.',
      ),
    ]);
  });

  it('emergencies displace normal bulletins; a moved bulletin skips a session that already airs it', () => {
    const programme = planProgramme(
      SESSIONS,
      [
        bulletin('n', { durationSeconds: 600, chosenSessionIds: [S1_06, S1_17] }),
        bulletin('p', { priority: 'priority', durationSeconds: 200, until: '2026-06-01' }),
        bulletin('e', { priority: 'emergency', durationSeconds: 200, createdAt: at('2026-06-01T04:55') }),
      ],
      NOW,
    );
    expect(bySession(programme)).toEqual({ [S1_06]: ['e', 'p'], [S1_17]: ['p', 'n'], [S2_06]: ['n'] });
    expect(programme.immediate).toEqual(['e']);
    expect(kinds(programme)).toEqual(['displaced:n']);
  });

  it('leaves a normal bulletin unplaced when no later session has room', () => {
    const programme = planProgramme(
      SESSIONS,
      [
        bulletin('big', { durationSeconds: 800, chosenSessionIds: [S2_06] }),
        bulletin('other', {
          durationSeconds: 800,
          createdAt: at('2026-05-30T09:00'),
          chosenSessionIds: [S2_06, S2_17],
        }),
      ],
      NOW,
    );
    expect(bySession(programme)).toEqual({ [S2_06]: ['big'], [S2_17]: ['other'] });
    expect(programme.issues).toEqual([
      issue(
        'unplaced',
        { sessionId: S2_06, bulletinId: 'other' },
        'Bản tin “Tin other” không còn chỗ trong buổi phát 06:00 ngày 02/06/2026 và không có buổi phát nào còn đủ chỗ ' +
          'đến hết ngày 02/06/2026; hãy chọn buổi khác, thêm buổi phát hoặc rút ngắn bản tin.',
      ),
    ]);
  });

  it('keeps priority bulletins that alone exceed the session, and reports it overlong', () => {
    const programme = planProgramme(
      SESSIONS,
      [
        bulletin('p1', { priority: 'priority', durationSeconds: 600, until: '2026-06-01' }),
        bulletin('p2', { priority: 'priority', durationSeconds: 425, until: '2026-06-01' }),
      ],
      NOW,
    );
    expect(bySession(programme)).toEqual({ [S1_06]: ['p1', 'p2'], [S1_17]: ['p1', 'p2'] });
    expect(programme.items.map((i) => i.startOffsetSeconds)).toEqual([0, 600, 0, 600]);
    expect(programme.issues).toEqual([
      issue(
        'overlong',
        { sessionId: S1_06 },
        'Các bản tin khẩn cấp và ưu tiên của buổi phát 06:00 ngày 01/06/2026 dài 17 phút 05 giây, vượt thời lượng tối đa ' +
          '15 phút; hãy kéo dài buổi phát, thêm buổi phát hoặc rút ngắn bản tin.',
      ),
      expect.objectContaining({ kind: 'overlong', sessionId: S1_17 }),
    ]);
  });

  it('a priority bulletin filling the session exactly is not overlong and leaves no room', () => {
    const programme = planProgramme(
      SESSIONS,
      [
        bulletin('p', { priority: 'priority', durationSeconds: 900, sessions: 3 }),
        bulletin('n', { durationSeconds: 1, chosenSessionIds: [S1_06] }),
      ],
      NOW,
    );
    expect(bySession(programme)).toEqual({ [S1_06]: ['p'], [S1_17]: ['n'] });
    expect(kinds(programme)).toEqual(['displaced:n']);
  });
});

describe('conflicts, past and unknown sessions', () => {
  it('places a session chosen twice once', () => {
    const programme = planProgramme(SESSIONS, [bulletin('n', { chosenSessionIds: [S1_06, S1_06] })], NOW);
    expect(bySession(programme)).toEqual({ [S1_06]: ['n'] });
    expect(programme.issues).toEqual([
      issue(
        'conflict',
        { sessionId: S1_06, bulletinId: 'n' },
        'Bản tin “Tin n” được chọn hai lần cho buổi phát 06:00 ngày 01/06/2026; bản tin chỉ phát một lần trong buổi, hãy bỏ lựa chọn trùng.',
      ),
    ]);
  });

  it('places a bulletin requested twice for one session once, with its highest priority', () => {
    const programme = planProgramme(
      SESSIONS,
      [
        bulletin('x', { chosenSessionIds: [S1_06] }),
        bulletin('x', { priority: 'priority', until: '2026-06-01' }),
      ],
      NOW,
    );
    expect(programme.items.map((i) => [i.sessionId, i.bulletinId, i.priority])).toEqual([
      [S1_06, 'x', 'priority'],
      [S1_17, 'x', 'priority'],
    ]);
    expect(kinds(programme)).toEqual(['conflict:x']);
  });

  it.each([
    ['a session of yesterday', S31_17],
    ['a session starting right now', S1_06],
  ])('refuses a normal bulletin chosen for %s', (_name, sessionId) => {
    const now = sessionId === S1_06 ? '2026-06-01T06:00:00+07:00' : NOW;
    const programme = planProgramme(SESSIONS, [bulletin('n', { chosenSessionIds: [sessionId, S2_06] })], now);
    expect(bySession(programme)).toEqual({ [S2_06]: ['n'] });
    expect(programme.issues).toHaveLength(1);
    expect(programme.issues[0]).toMatchObject({ kind: 'past_session', sessionId, bulletinId: 'n' });
    expect(programme.issues[0]?.message).toContain('hãy chọn một buổi phát sắp tới');
  });

  it.each([
    ['no session chosen', bulletin('n'), undefined],
    [
      'a session outside the horizon',
      bulletin('n', { chosenSessionIds: ['xa-a:2026-06-09:06:00'] }),
      'xa-a:2026-06-09:06:00',
    ],
    [
      'a session of another station',
      bulletin('n', { chosenSessionIds: [sid('2026-06-01', '06:00', 'xa-b')] }),
      'xa-b:2026-06-01:06:00',
    ],
    [
      'a station without sessions',
      bulletin('n', { stationId: 'xa-z', chosenSessionIds: [S1_06] }),
      undefined,
    ],
  ])('reports %s as unplaced', (_name, request, sessionId) => {
    const sessions = [...SESSIONS, ...sessionsForDays('xa-b', [{ start: '06:00' }], '2026-06-01', 1)];
    const programme = planProgramme(sessions, [request], NOW);
    expect(programme.items).toEqual([]);
    expect(programme.issues.map((i) => [i.kind, i.sessionId, i.bulletinId])).toEqual([
      ['unplaced', sessionId, 'n'],
    ]);
    expect(programme.issues[0]?.message).toMatch(/; hãy /);
  });

  it('still airs an emergency now at a station without sessions', () => {
    const programme = planProgramme(
      SESSIONS,
      [bulletin('e', { priority: 'emergency', stationId: 'xa-z', createdAt: at('2026-06-01T04:00') })],
      NOW,
    );
    expect(programme.immediate).toEqual(['e']);
    expect(kinds(programme)).toEqual(['unplaced:e']);
  });
});

describe('a provincial priority bulletin', () => {
  const stations = ['xa-c', 'xa-a', 'xa-b'];
  const sessions = stations.flatMap((s) =>
    sessionsForDays(s, [{ start: '06:00' }, { start: '17:00' }], '2026-06-01', 2),
  );
  const requests = stations.map((stationId) =>
    bulletin('tinh-1', { stationId, priority: 'priority', createdAt: at('2026-06-01T04:00') }),
  );

  it('reaches every coming session of every station, listed by station', () => {
    const programme = planProgramme(sessions, requests, NOW);
    expect(programme.items).toHaveLength(12);
    expect(programme.items.map((i) => i.stationId)).toEqual(
      ['a', 'b', 'c'].flatMap((s) => Array(4).fill(`xa-${s}`)),
    );
    expect(programme.items.every((i) => i.bulletinId === 'tinh-1' && i.position === 1)).toBe(true);
    expect(programme.issues).toEqual([]);
    expect(programme.immediate).toEqual([]);
  });

  it('gives the same programme whatever the order of the sessions', () => {
    expect(planProgramme([...sessions].reverse(), requests, NOW)).toEqual(
      planProgramme(sessions, requests, NOW),
    );
  });

  it('puts one emergency for many stations once in immediate', () => {
    const emergency = stations.map((stationId) =>
      bulletin('bao', { stationId, priority: 'emergency', createdAt: at('2026-06-01T04:00') }),
    );
    const programme = planProgramme(sessions, emergency, NOW);
    expect(programme.immediate).toEqual(['bao']);
    expect(programme.items.map((i) => i.sessionId)).toEqual(
      ['xa-a', 'xa-b', 'xa-c'].map((s) => sid('2026-06-01', '06:00', s)),
    );
  });
});

describe('malformed input', () => {
  it.each([
    ['a now without an offset', [], '2026-06-01T05:00:00'],
    ['a zero duration', [bulletin('n', { durationSeconds: 0, chosenSessionIds: [S1_06] })], NOW],
    ['a createdAt without an offset', [bulletin('n', { createdAt: '2026-05-30T08:00:00' })], NOW],
    ['an unknown priority', [bulletin('n', { priority: 'urgent' as BulletinRequest['priority'] })], NOW],
    ['zero sessions', [bulletin('n', { priority: 'priority', sessions: 0 })], NOW],
    ['an impossible until', [bulletin('n', { priority: 'priority', until: '2026-06-31' })], NOW],
  ] as [string, BulletinRequest[], string][])('throws on %s', (_name, requests, now) => {
    expect(() => planProgramme(SESSIONS, requests, now)).toThrow(RangeError);
  });

  it('throws on duplicate session ids and bad sessions', () => {
    const first = SESSIONS[0] as BroadcastSession;
    expect(() => planProgramme([first, first], [], NOW)).toThrow(RangeError);
    expect(() => planProgramme([{ ...first, start: '6:00' }], [], NOW)).toThrow(RangeError);
    expect(() => planProgramme([{ ...first, maxSeconds: 0 }], [], NOW)).toThrow(RangeError);
  });
});

it('keeps the sessions of 31/05 untouched (they are over)', () => {
  const programme = planProgramme(SESSIONS, [bulletin('p', { priority: 'priority' })], NOW);
  expect(programme.items.some((i) => i.sessionId === S31_06 || i.sessionId === S31_17)).toBe(false);
});
