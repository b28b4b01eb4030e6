// The S&T task form without a browser: the budget typed in millions of đồng and stored in đồng, the
// texts trimmed, a saved task shown again as typed, and the warning that marking a public task
// secret withdraws it.
import { describe, expect, it } from 'vitest';
import type { ScienceTask } from '../src/features/science/api.ts';
import {
  taskInputOf,
  taskValuesOf,
  vndOfMillions,
  withdrawsOnSave,
} from '../src/features/science/task-form.ts';

const saved: ScienceTask = {
  id: '00000000-0000-4000-8000-000000000001',
  body: { id: '00000000-0000-4000-8000-000000000002', name: 'Sở Khoa học và Công nghệ', kind: 'department' },
  code: 'ĐTTQ.2024.03',
  title: 'Nhân giống cam sành',
  level: 'province',
  hostOrganisation: 'Trường Đại học Tân Trào',
  leadScientist: 'TS. Nguyễn Thị Thu Hà',
  budgetVnd: 1_250_500_000,
  startsOn: '2025-03-01',
  endsOn: null,
  status: 'in_progress',
  isSecret: false,
  publishedAt: '2026-05-20T02:00:00.000Z',
  version: 3,
  results: '',
  summary: 'Giống tốt cho bà con.',
  files: [],
  publicPath: '/cong-khai/08/nhiem-vu-khcn/00000000-0000-4000-8000-000000000001',
  canManage: true,
  createdAt: '2026-05-01T02:00:00.000Z',
};

describe('the task form', () => {
  it('sends the budget in đồng from millions, and nothing when it is empty', () => {
    expect(vndOfMillions(1250.5)).toBe(1_250_500_000);
    expect(vndOfMillions(0.001)).toBe(1000);
    expect(vndOfMillions(null)).toBeNull();
    expect(vndOfMillions(undefined)).toBeNull();
  });

  it('trims what is typed and fills what is left empty', () => {
    expect(
      taskInputOf({
        code: ' NK.01 ',
        title: ' Bản đồ số ',
        level: 'province',
        status: 'approved',
        summary: ' Tóm tắt. ',
      }),
    ).toEqual({
      code: 'NK.01',
      title: 'Bản đồ số',
      level: 'province',
      hostOrganisation: '',
      leadScientist: '',
      budgetVnd: null,
      startsOn: null,
      endsOn: null,
      status: 'approved',
      results: '',
      summary: 'Tóm tắt.',
      isSecret: false,
    });
  });

  it('shows a saved task as it was typed, and sends it back unchanged', () => {
    const values = taskValuesOf(saved);
    expect(values.budgetMillions).toBe(1250.5);
    expect(taskInputOf(values)).toMatchObject({
      budgetVnd: 1_250_500_000,
      startsOn: '2025-03-01',
      endsOn: null,
    });
  });

  it('warns only when a public task is being marked secret', () => {
    expect(withdrawsOnSave(saved, true)).toBe(true);
    expect(withdrawsOnSave(saved, false)).toBe(false);
    expect(withdrawsOnSave({ ...saved, publishedAt: null }, true)).toBe(false);
    expect(withdrawsOnSave(null, true)).toBe(false);
  });
});
