// The press release an output follows, linked by hand in the register's form, without a browser: a
// correction sends the link it has (an update without it would unlink), a new output only one picked.
import { describe, expect, it } from 'vitest';
import type { Output } from '../src/features/outputs/api.ts';
import { outputInputOf, outputValuesOf } from '../src/features/outputs/output-forms.ts';

const RELEASE = { id: '5a4c7f0e-0000-4000-8000-00000000000a', title: 'Tháng chuyển đổi số 2026' };

const output = (pressRelease: Output['pressRelease']): Output => ({
  id: 'o1',
  body: { id: 'b1', name: 'Báo Tuyên Quang', kind: 'press_agency' },
  kind: 'article',
  title: 'Tháng chuyển đổi số: đưa công nghệ đến từng thôn',
  publishedOn: '2026-05-04',
  channelKind: 'press',
  channel: null,
  channelName: 'Báo Tuyên Quang',
  url: 'https://baotuyenquang.com.vn/a',
  imageUrl: '',
  topics: [],
  aboutLocal: false,
  commissioned: false,
  isPublic: false,
  libraryItem: null,
  pressRelease,
  pushId: null,
  taskId: null,
  source: 'manual',
  createdAt: '2026-05-04T08:00:00+07:00',
  version: 2,
});

describe('the press release an output follows', () => {
  it('keeps the release an output follows when it is corrected, and sends none when it follows none', () => {
    expect(outputInputOf(outputValuesOf(output(RELEASE)), [])).toMatchObject({ pressReleaseId: RELEASE.id });
    expect(outputInputOf(outputValuesOf(output(null)), [])).toMatchObject({ pressReleaseId: null });
  });

  it('sends the release picked or cleared in the form', () => {
    const values = outputValuesOf(output(RELEASE));
    expect(outputInputOf({ ...values, pressReleaseId: null }, [])).toMatchObject({ pressReleaseId: null });
    const picked = outputValuesOf(output(null));
    expect(outputInputOf({ ...picked, pressReleaseId: RELEASE.id }, [])).toMatchObject({
      pressReleaseId: RELEASE.id,
    });
  });

  it('names none for a new output where none was picked', () => {
    const input = outputInputOf(
      { title: 'Bài mới', publishedOn: '2026-05-06', kind: 'article', channelKind: 'press' },
      [],
    );
    expect(input).not.toHaveProperty('pressReleaseId');
  });
});
