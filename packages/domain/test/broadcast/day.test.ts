import { describe, expect, it } from 'vitest';
import {
  type BulletinFile,
  type DaySession,
  planProgramme,
  programmeM3u,
  programmeManifest,
  sessionsForDays,
} from '../../src/broadcast/index.ts';

const SESSIONS = [
  ...sessionsForDays(
    'xa-a',
    [{ start: '17:00' }, { start: '06:00' }, { start: '11:00', maxMinutes: 5 }],
    '2026-06-01',
    2,
  ),
  ...sessionsForDays('xa-b', [{ start: '06:00' }], '2026-06-01', 1),
];
const A06 = 'xa-a:2026-06-01:06:00';
const PROGRAMME = planProgramme(
  SESSIONS,
  [
    {
      bulletinId: 'b-normal',
      stationId: 'xa-a',
      priority: 'normal',
      durationSeconds: 125,
      createdAt: '2026-05-30T08:00:00+07:00',
      title: 'Chuyển đổi số ở thôn bản',
      chosenSessionIds: [A06],
    },
    {
      bulletinId: 'b-prio',
      stationId: 'xa-a',
      priority: 'priority',
      durationSeconds: 60.4,
      createdAt: '2026-05-31T08:00:00+07:00',
      title: 'Nghị quyết 57',
      until: '2026-06-01',
    },
    {
      bulletinId: 'b-other',
      stationId: 'xa-b',
      priority: 'priority',
      durationSeconds: 30,
      createdAt: '2026-05-31T08:00:00+07:00',
      title: 'Xã khác',
    },
  ],
  '2026-06-01T05:00:00+07:00',
);

describe('programmeM3u', () => {
  it('writes an extended M3U playlist', () => {
    expect(
      programmeM3u([
        { title: 'Nghị quyết 57', durationSeconds: 60.4, fileName: 'b-prio.mp3' },
        { title: 'Chuyển đổi số, ở thôn bản', durationSeconds: 125, fileName: 'audio/b-normal.mp3' },
      ]),
    ).toBe(
      '#EXTM3U\n#EXTINF:60,Nghị quyết 57\nb-prio.mp3\n#EXTINF:125,Chuyển đổi số, ở thôn bản\naudio/b-normal.mp3\n',
    );
  });

  it.each([
    ['a line break', 'Tin\r\nmới', 'Tin mới'],
    ['a tab and spaces around', '  Tin\tmới  ', 'Tin mới'],
    ['a Unicode line separator', 'Tin\u2028mới', 'Tin mới'],
    ['a #EXTINF smuggled on a new line', 'Tin\n#EXTINF:1,x', 'Tin #EXTINF:1,x'],
  ])('keeps a title with %s on one line', (_name, title, expected) => {
    expect(programmeM3u([{ title, durationSeconds: 10, fileName: 'a.mp3' }])).toBe(
      `#EXTM3U\n#EXTINF:10,${expected}\na.mp3\n`,
    );
  });

  it('writes -1 for an unknown duration and only the header for no entries', () => {
    expect(programmeM3u([{ title: 'x', durationSeconds: Number.NaN, fileName: 'a.mp3' }])).toBe(
      '#EXTM3U\n#EXTINF:-1,x\na.mp3\n',
    );
    expect(programmeM3u([])).toBe('#EXTM3U\n');
  });

  it.each([['a\nb.mp3'], [''], ['#a.mp3']])('refuses the file name %j', (fileName) => {
    expect(() => programmeM3u([{ title: 'x', durationSeconds: 1, fileName }])).toThrow(RangeError);
  });
});

describe('programmeManifest', () => {
  const files = new Map<string, BulletinFile>([
    ['b-prio', { fileName: 'b-prio.mp3', sha256: 'a'.repeat(64) }],
    ['b-normal', { fileName: 'b-normal.mp3', sha256: 'b'.repeat(64) }],
  ]);
  // Station A's sessions of 1 June in airing order, each with its items, as the server groups them.
  const day: DaySession[] = SESSIONS.filter((s) => s.stationId === 'xa-a' && s.date === '2026-06-01').map(
    (session) => {
      const items = PROGRAMME.items.filter((i) => i.sessionId === session.id);
      return { session, items, totalSeconds: items.reduce((sum, i) => sum + i.durationSeconds, 0) };
    },
  );
  const input = {
    station: { id: 'xa-a', name: 'Đài truyền thanh xã A' },
    date: '2026-06-01',
    generatedAt: '2026-06-01T05:00:00+07:00',
    day,
    files,
  };

  it('describes the day as plain data', () => {
    const manifest = programmeManifest(input);
    expect(manifest).toEqual({
      format: 'lantoa-broadcast-programme',
      version: 1,
      station: { id: 'xa-a', name: 'Đài truyền thanh xã A' },
      date: '2026-06-01',
      generatedAt: '2026-06-01T05:00:00+07:00',
      sessions: [
        {
          id: 'xa-a:2026-06-01:06:00',
          start: '06:00',
          maxSeconds: 900,
          totalSeconds: 185.4,
          items: [
            {
              position: 1,
              bulletinId: 'b-prio',
              title: 'Nghị quyết 57',
              priority: 'priority',
              file: 'b-prio.mp3',
              durationSeconds: 60.4,
              sha256: 'a'.repeat(64),
            },
            {
              position: 2,
              bulletinId: 'b-normal',
              title: 'Chuyển đổi số ở thôn bản',
              priority: 'normal',
              file: 'b-normal.mp3',
              durationSeconds: 125,
              sha256: 'b'.repeat(64),
            },
          ],
        },
        {
          id: 'xa-a:2026-06-01:11:00',
          start: '11:00',
          maxSeconds: 300,
          totalSeconds: 60.4,
          items: [expect.objectContaining({ bulletinId: 'b-prio', position: 1 })],
        },
        {
          id: 'xa-a:2026-06-01:17:00',
          start: '17:00',
          maxSeconds: 900,
          totalSeconds: 60.4,
          items: [expect.objectContaining({ bulletinId: 'b-prio', position: 1 })],
        },
      ],
    });
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('leaves file and checksum null for a bulletin without a file', () => {
    const manifest = programmeManifest({ ...input, files: new Map() });
    expect(manifest.sessions[0]?.items[0]).toMatchObject({ file: null, sha256: null });
  });
});
