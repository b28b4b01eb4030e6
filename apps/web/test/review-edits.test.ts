// The review screen's edits of a draft that need no browser to check: a passage made into an item,
// the marked lines of the document, and tasks split or merged.
import { describe, expect, it } from 'vitest';
import type { ExtractTask, PlanExtract } from '../src/api/types.ts';
import {
  dutyFromPassage,
  stillUnread,
  targetFromPassage,
  taskFromPassage,
  unreadLines,
} from '../src/features/plans/passage-items.ts';
import { mergeTasks, splitTask, titleParts } from '../src/features/plans/task-edits.ts';

const task = (ref: string, title: string, more: Partial<ExtractTask> = {}): ExtractTask => ({
  ref,
  title,
  lead: [],
  partners: [],
  timeframe: null,
  ...more,
});

describe('a passage of the document made into an item', () => {
  it('makes a task of its text without the numbering, numbered after the draft’s tasks', () => {
    const made = taskFromPassage('  3.2. Tổ chức hội nghị\n quán triệt Nghị quyết  ', [
      task('1', 'A'),
      task('+3', 'B'),
    ]);
    expect(made).toEqual(task('+4', 'Tổ chức hội nghị quán triệt Nghị quyết'));
  });

  it('makes a task of the content of a table row: its longest cell', () => {
    expect(taskFromPassage('7\tTổ chức tọa đàm về chuyển đổi số\tTại xã\tQuý II/2026', [])).toMatchObject({
      title: 'Tổ chức tọa đàm về chuyển đổi số',
      timeframe: { text: 'Quý II/2026' },
    });
  });

  it('makes a target of the first percentage or count, with "at least" and the year when written', () => {
    expect(targetFromPassage('- Đến năm 2027, tối thiểu 85,5% cán bộ được tập huấn')).toEqual({
      year: 2027,
      comparator: '>=',
      value: 85.5,
      unit: '%',
      text: 'Đến năm 2027, tối thiểu 85,5% cán bộ được tập huấn',
    });
    expect(targetFromPassage('Đào tạo 1.200 lượt người về kỹ năng số')).toMatchObject({
      year: null,
      comparator: '=',
      value: 1200,
      unit: 'lượt người',
    });
  });

  it('makes a duty of the body named before a colon, or of the text alone', () => {
    expect(dutyFromPassage('5. Sở Nội vụ: chủ trì tổng hợp khen thưởng.')).toEqual({
      agency: 'Sở Nội vụ',
      duties: ['chủ trì tổng hợp khen thưởng.'],
    });
    expect(dutyFromPassage('Phối hợp tuyên truyền trên các nền tảng số.')).toEqual({
      agency: '',
      duties: ['Phối hợp tuyên truyền trên các nền tảng số.'],
    });
  });
});

describe('the lines of the document marked as read into nothing', () => {
  const text = [
    'III. NHIỆM VỤ',
    '1. Tổ chức hội nghị quán triệt về chuyển đổi số cho cán bộ',
    'các thôn, tổ dân phố.',
    'a)',
    '2\tPhát hành tờ rơi\t\tQuý III',
    '3. Treo băng rôn khẩu hiệu.',
  ].join('\n');

  it('marks each line of a wrapped passage and a table row, and no short fragment', () => {
    const marked = unreadLines(text, [
      {
        section: 'III',
        text: '1. Tổ chức hội nghị quán triệt về chuyển đổi số cho cán bộ các thôn, tổ dân phố.',
      },
      { section: 'Phụ lục', text: '2 Phát hành tờ rơi Quý III' },
    ]);
    expect([...marked]).toEqual([1, 2, 4]);
  });
});

describe('passages the reviewer has made something of', () => {
  it('are no longer unread', () => {
    const unread = [
      { section: 'Phụ lục', text: '1 Tổ chức tọa đàm về chuyển đổi số Tại xã Quý II' },
      { section: 'Phụ lục', text: '2 Phát hành tờ rơi Quý III' },
    ];
    const extract = {
      tasks: [task('+1', 'Tổ chức tọa đàm về chuyển đổi số')],
      targets: [],
      responsibilities: [],
    } as unknown as PlanExtract;
    expect(stillUnread(unread, extract)).toEqual([unread[1]]);
    const eleventh = { section: 'Phụ lục', text: '11 Tổ chức tọa đàm về chuyển đổi số (đợt 11)' };
    const first = { ...extract, tasks: [task('+1', 'Tổ chức tọa đàm về chuyển đổi số (đợt 1)')] };
    expect(stillUnread([eleventh], first)).toEqual([eleventh]);
  });
});

describe('tasks split and merged', () => {
  const tasks = [
    task('1', 'Biên soạn tài liệu; phát hành tờ rơi. In băng rôn', {
      lead: ['Phòng Văn hóa - Xã hội'],
      confidence: 0.4,
    }),
    task('2', 'Tập huấn kỹ năng số', { lead: ['Đoàn Thanh niên'], partners: ['Phòng Văn hóa - Xã hội'] }),
    task('3', 'Khảo sát', { partners: ['Hội Phụ nữ'], timeframe: { text: 'Quý IV' } }),
  ];

  it('splits a title into its clauses and sentences, in place, keeping lead and time', () => {
    expect(titleParts(tasks[0]?.title ?? '')).toEqual([
      'Biên soạn tài liệu',
      'phát hành tờ rơi',
      'In băng rôn',
    ]);
    const split = splitTask(tasks, 0);
    expect(split.map((t) => [t.ref, t.title, t.lead, t.confidence])).toEqual([
      ['1.1', 'Biên soạn tài liệu', ['Phòng Văn hóa - Xã hội'], undefined],
      ['1.2', 'phát hành tờ rơi', ['Phòng Văn hóa - Xã hội'], undefined],
      ['1.3', 'In băng rôn', ['Phòng Văn hóa - Xã hội'], undefined],
      ['2', 'Tập huấn kỹ năng số', ['Đoàn Thanh niên'], undefined],
      ['3', 'Khảo sát', [], undefined],
    ]);
    expect(splitTask(tasks, 1)).toEqual(tasks);
  });

  it('merges chosen tasks into the first: titles in order, every body once, the first time written', () => {
    const merged = mergeTasks(tasks, [2, 1]);
    expect(merged).toHaveLength(2);
    expect(merged[1]).toEqual({
      ref: '2',
      title: 'Tập huấn kỹ năng số; Khảo sát',
      lead: ['Đoàn Thanh niên'],
      partners: ['Phòng Văn hóa - Xã hội', 'Hội Phụ nữ'],
      timeframe: { text: 'Quý IV' },
    });
    expect(mergeTasks(tasks, [1])).toEqual(tasks);
  });
});
