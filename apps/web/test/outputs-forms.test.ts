// The outputs register's screens, without a browser: which pasted text is a link, what a link's
// preview fills in, the channel a form names, the forms as the server takes them, and the order of
// pushed items and their bodies.
import { describe, expect, it } from 'vitest';
import type { Channel, LinkPreview, Output, PushBody, PushTodo } from '../src/features/outputs/api.ts';
import {
  channelInputOf,
  channelOf,
  donePercent,
  OTHER_CHANNEL,
  outputInputOf,
  outputValuesOf,
  pastedLink,
  placesOf,
  previewFill,
  pushBodiesInOrder,
  todosInOrder,
  usualPlace,
} from '../src/features/outputs/output-forms.ts';

const PORTAL = { id: '5a4c7f0e-0000-4000-8000-000000000001', kind: 'portal' } as const;
const FANPAGE = { id: '5a4c7f0e-0000-4000-8000-000000000002', kind: 'fanpage' } as const;
const channels: Pick<Channel, 'id' | 'kind'>[] = [PORTAL, FANPAGE];

const preview = (over: Partial<LinkPreview> = {}): LinkPreview => ({
  url: 'https://baotuyenquang.com.vn/a',
  title: 'Hòa An chuyển đổi số',
  publishedOn: '2026-05-04',
  imageUrl: 'https://baotuyenquang.com.vn/a.jpg',
  siteName: 'Báo Tuyên Quang',
  problem: null,
  ...over,
});

describe('pastedLink', () => {
  it('takes an http(s) address with a host, trimmed', () => {
    expect(pastedLink('  https://hoaan.tuyenquang.gov.vn/tin/1 ')).toBe(
      'https://hoaan.tuyenquang.gov.vn/tin/1',
    );
    expect(pastedLink('HTTP://example.vn')).toBe('HTTP://example.vn');
  });

  it('refuses what would run script or is not a whole address', () => {
    expect(pastedLink('javascript:alert(1)')).toBeNull();
    expect(pastedLink('data:text/html,<b>x</b>')).toBeNull();
    expect(pastedLink('https://')).toBeNull();
    expect(pastedLink('baotuyenquang.com.vn/a')).toBeNull();
    expect(pastedLink('https://a.vn/x y')).toBeNull();
    expect(pastedLink(undefined)).toBeNull();
  });
});

describe('previewFill', () => {
  const empty = { title: '', previewTitle: null, dateTouched: false };

  it('fills the title, the date and the image of an empty form', () => {
    expect(previewFill(preview(), empty)).toEqual({
      title: 'Hòa An chuyển đổi số',
      publishedOn: '2026-05-04',
      imageUrl: 'https://baotuyenquang.com.vn/a.jpg',
    });
  });

  it('keeps a title the person typed and a date they picked', () => {
    expect(previewFill(preview(), { title: 'Bài của xã', previewTitle: null, dateTouched: true })).toEqual({
      imageUrl: 'https://baotuyenquang.com.vn/a.jpg',
    });
  });

  it("replaces the last preview's title when another link is pasted", () => {
    const fill = previewFill(preview({ title: 'Bài khác' }), {
      title: 'Hòa An chuyển đổi số',
      previewTitle: 'Hòa An chuyển đổi số',
      dateTouched: false,
    });
    expect(fill.title).toBe('Bài khác');
  });

  it('drops an image that is not a web address, and fills nothing from an unread page', () => {
    expect(previewFill(preview({ imageUrl: 'javascript:alert(1)' }), empty).imageUrl).toBe('');
    expect(
      previewFill(
        preview({ title: null, publishedOn: null, imageUrl: null, problem: 'Không kết nối được' }),
        empty,
      ),
    ).toEqual({ imageUrl: '' });
  });
});

describe('channelOf', () => {
  it('takes a registered channel with its own kind', () => {
    expect(channelOf({ channelId: FANPAGE.id, channelKind: 'press' }, channels)).toEqual({
      channelKind: 'fanpage',
      channelId: FANPAGE.id,
      channelName: '',
    });
  });

  it('takes another place by its kind and name, or nothing without a kind', () => {
    expect(
      channelOf({ channelId: OTHER_CHANNEL, channelKind: 'press', channelName: ' Báo Nhân Dân ' }, channels),
    ).toEqual({ channelKind: 'press', channelId: null, channelName: 'Báo Nhân Dân' });
    expect(channelOf({ channelKind: 'visual' }, [])).toEqual({
      channelKind: 'visual',
      channelId: null,
      channelName: '',
    });
    expect(channelOf({ channelId: OTHER_CHANNEL }, channels)).toBeNull();
  });

  it('keeps a channel the list has not brought yet (an output opened for correction)', () => {
    expect(
      channelOf({ channelId: 'c0ffee00-0000-4000-8000-000000000009', channelKind: 'portal' }, []),
    ).toEqual({
      channelKind: 'portal',
      channelId: 'c0ffee00-0000-4000-8000-000000000009',
      channelName: '',
    });
  });
});

describe('outputInputOf and outputValuesOf', () => {
  it('trims the texts, drops blank and repeated topics and resolves the channel', () => {
    expect(
      outputInputOf(
        {
          url: ' https://hoaan.vn/1 ',
          title: ' Ngày hội\nchuyển đổi số ',
          publishedOn: '2026-05-04',
          kind: 'portal_post',
          channelId: PORTAL.id,
          topics: [' chuyển đổi số', '', 'chuyển đổi số', 'Đề án 06'],
          aboutLocal: true,
        },
        channels,
      ),
    ).toEqual({
      kind: 'portal_post',
      title: 'Ngày hội chuyển đổi số',
      publishedOn: '2026-05-04',
      channelKind: 'portal',
      channelId: PORTAL.id,
      channelName: '',
      url: 'https://hoaan.vn/1',
      imageUrl: '',
      topics: ['chuyển đổi số', 'Đề án 06'],
      aboutLocal: true,
      commissioned: false,
      libraryItemId: null,
    });
  });

  it('starts the correction of an output from what it holds', () => {
    const output = {
      id: 'o1',
      body: { id: 'b1', name: 'UBND xã Hòa An', kind: 'commune' },
      kind: 'article',
      title: 'Bài báo',
      publishedOn: '2026-05-01',
      channelKind: 'press',
      channel: null,
      channelName: 'Báo Tuyên Quang',
      url: 'https://baotuyenquang.com.vn/a',
      imageUrl: '',
      topics: ['Đề án 06'],
      aboutLocal: false,
      commissioned: true,
      isPublic: true,
      libraryItem: { id: 'l1', title: 'Áp phích' },
      pressRelease: null,
      pushId: null,
      taskId: null,
      source: 'manual',
      createdAt: '2026-05-01T08:00:00+07:00',
      version: 3,
    } satisfies Output;
    const values = outputValuesOf(output);
    expect(values).toMatchObject({
      channelId: OTHER_CHANNEL,
      channelName: 'Báo Tuyên Quang',
      libraryItemId: 'l1',
    });
    expect(outputInputOf(values, channels)).toMatchObject({
      channelKind: 'press',
      channelId: null,
      channelName: 'Báo Tuyên Quang',
      commissioned: true,
    });
  });
});

describe('channelInputOf', () => {
  it('sends no feed when none is typed, and the topic words trimmed', () => {
    expect(
      channelInputOf({
        kind: 'portal',
        name: ' Cổng TTĐT xã ',
        feedUrl: '  ',
        topicWords: [' chuyển đổi số ', ''],
      }),
    ).toEqual({
      kind: 'portal',
      name: 'Cổng TTĐT xã',
      url: '',
      feedUrl: null,
      topicWords: ['chuyển đổi số'],
    });
  });
});

describe('placesOf and usualPlace', () => {
  it('makes each place a channel, or refuses a place without a kind', () => {
    expect(
      placesOf(
        [
          { kind: 'visual', channelKind: 'visual', channelId: OTHER_CHANNEL, publishedOn: '2026-05-06' },
          {
            kind: 'social_post',
            channelId: FANPAGE.id,
            url: 'https://fb.com/p/1',
            publishedOn: '2026-05-06',
          },
        ],
        channels,
      ),
    ).toEqual([
      {
        kind: 'visual',
        channelKind: 'visual',
        channelId: null,
        channelName: '',
        url: '',
        publishedOn: '2026-05-06',
      },
      {
        kind: 'social_post',
        channelKind: 'fanpage',
        channelId: FANPAGE.id,
        channelName: '',
        url: 'https://fb.com/p/1',
        publishedOn: '2026-05-06',
      },
    ]);
    expect(
      placesOf([{ kind: 'visual', channelId: OTHER_CHANNEL, publishedOn: '2026-05-06' }], channels),
    ).toBeNull();
  });

  it('starts a poster as placed, a clip on loudspeakers, a text on the portal', () => {
    expect(usualPlace('poster')).toEqual({ kind: 'visual', channelKind: 'visual' });
    expect(usualPlace('audio')).toEqual({ kind: 'rebroadcast', channelKind: 'loudspeaker' });
    expect(usualPlace('document')).toEqual({ kind: 'portal_post', channelKind: 'portal' });
  });
});

describe('pushes', () => {
  it('says how far a push has got as a whole percentage', () => {
    expect(donePercent(1, 3)).toBe(33);
    expect(donePercent(3, 3)).toBe(100);
    expect(donePercent(0, 0)).toBe(0);
  });

  const body = (name: string, doneAt: string | null): PushBody => ({
    body: { id: name, name, kind: 'commune' },
    doneAt,
    outputs: doneAt ? 1 : 0,
  });

  it("lists a push's bodies still to publish first, by name", () => {
    const rows = [
      body('Xã Yên Sơn', '2026-05-05T09:00:00+07:00'),
      body('Xã Ấp Bắc', null),
      body('Xã Hòa An', null),
    ];
    expect(pushBodiesInOrder(rows).map((row) => row.body.name)).toEqual([
      'Xã Ấp Bắc',
      'Xã Hòa An',
      'Xã Yên Sơn',
    ]);
  });

  it('lists the to-dos still open first, the overdue before the rest, then by due date', () => {
    const todo = (id: string, dueOn: string, overdue: boolean, doneAt: string | null): PushTodo => ({
      push: {
        id,
        item: { id: `item-${id}`, title: id, kind: 'poster' },
        from: { id: 'p', name: 'Sở VHTTDL' },
        target: { id: 'p', name: 'Tỉnh Tuyên Quang' },
        dueOn,
        note: '',
        createdAt: '2026-05-01T08:00:00+07:00',
        done: 0,
        total: 1,
      },
      body: { id: 'b', name: 'UBND xã Hòa An', kind: 'commune' },
      doneAt,
      overdue,
    });
    const rows = [
      todo('done', '2026-05-01', false, '2026-05-02T08:00:00+07:00'),
      todo('later', '2026-05-20', false, null),
      todo('late', '2026-05-03', true, null),
      todo('soon', '2026-05-10', false, null),
    ];
    expect(todosInOrder(rows).map((row) => row.push.id)).toEqual(['late', 'soon', 'later', 'done']);
  });
});
