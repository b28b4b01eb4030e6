import { foldVietnamese } from '@lantoa/domain/rules';
import type { ExtractTarget, ExtractTask, PlanExtract } from '../../api/types.ts';

type Responsibility = PlanExtract['responsibilities'][number];
type Unread = NonNullable<PlanExtract['coverage']>['unread'][number];

/** What a passage of the document can be made into by the reviewer. */
export type PassageKind = 'task' | 'target' | 'duty';

/** A passage becomes a title or a text within the bounds a save is held to. */
const TITLE_MAX = 2000;
/** A body named before a colon ("Sở Nội vụ: chủ trì …") is at most this long. */
const AGENCY_MAX = 150;

/** A row of a table (its cells between tabs) stands for its longest cell: the content of the work. */
const mainCell = (passage: string): string =>
  passage.includes('\t')
    ? passage
        .split('\t')
        .reduce((longest, cell) => (cell.trim().length > longest.length ? cell.trim() : longest), '')
    : passage;

const tidy = (passage: string): string =>
  mainCell(passage)
    .replace(/\s+/g, ' ')
    .trim()
    // The numbering of the item it was in: "2.3.", "b)", "-".
    .replace(/^(?:(?:\d{1,2}\.){1,3}\d{0,2}\.?|[a-zđ][).]|[-+•])\s+/u, '');

/** A cell of a table row that gives a time ("Quý II/2026", "Thường xuyên", "Tháng 6 hằng năm"). */
const TIME_CELL =
  /^(?:quy|thang|nam|tuan|ngay|truoc|tu|trong|giai doan|thuong xuyen|hang|dinh ky|lien tuc|ca nam)(?![a-z])/;

/**
 * A task from a passage: its text as the title (of a table row, its longest cell, and the cell that
 * gives a time as its time), numbered after the tasks the draft has.
 */
export function taskFromPassage(passage: string, tasks: readonly ExtractTask[]): ExtractTask {
  const refs = new Set(tasks.map((t) => t.ref));
  let n = tasks.length + 1;
  while (refs.has(`+${n}`)) n += 1;
  const time = passage.includes('\t')
    ? passage
        .split('\t')
        .map((cell) => cell.trim())
        .find((cell) => TIME_CELL.test(foldVietnamese(cell)))
    : undefined;
  return {
    ref: `+${n}`,
    title: tidy(passage).slice(0, TITLE_MAX),
    lead: [],
    partners: [],
    timeframe: time ? { text: time } : null,
  };
}

/**
 * A target from a passage: the first percentage or number in it as the value (the reviewer checks
 * it), "at least" when the words before it say so, the year when one is written.
 */
export function targetFromPassage(passage: string): ExtractTarget {
  const text = tidy(passage).slice(0, TITLE_MAX);
  const percent = /(\d{1,3}(?:[.,]\d+)?)\s*%/u.exec(text);
  const count = percent
    ? null
    : /(?<![\d/])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/])\s+(\p{L}+(?:\s\p{L}+)?)/u.exec(text);
  const found = percent ?? count;
  const before = foldVietnamese(text.slice(0, found?.index ?? 0));
  const year = /(?:^|\D)(20\d\d)(?!\d)/.exec(text);
  return {
    year: year ? Number(year[1]) : null,
    comparator: /(it nhat|toi thieu|tren|khong duoi|phan dau)\s*$/.test(before) ? '>=' : '=',
    value: percent
      ? Number((percent[1] ?? '0').replace(',', '.'))
      : count
        ? Number((count[1] ?? '0').replaceAll('.', ''))
        : 0,
    unit: percent ? '%' : (count?.[2] ?? ''),
    text,
  };
}

/** A duty from a passage: the body named before a colon as its agency, the rest as its duty. */
export function dutyFromPassage(passage: string): Responsibility {
  const text = tidy(passage);
  const colon = text.indexOf(':');
  const named = colon > 0 && colon <= AGENCY_MAX && /^\p{Lu}/u.test(text);
  const duty = (named ? text.slice(colon + 1) : text).trim().slice(0, TITLE_MAX);
  return { agency: named ? text.slice(0, colon).trim() : '', duties: duty ? [duty] : [] };
}

/** The draft with a passage made into a task, a target or a duty. */
export function withPassage(extract: PlanExtract, kind: PassageKind, passage: string): PlanExtract {
  switch (kind) {
    case 'task':
      return { ...extract, tasks: [...extract.tasks, taskFromPassage(passage, extract.tasks)] };
    case 'target':
      return { ...extract, targets: [...extract.targets, targetFromPassage(passage)] };
    case 'duty':
      return { ...extract, responsibilities: [...extract.responsibilities, dutyFromPassage(passage)] };
  }
}

const squeeze = (s: string): string =>
  foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
/** Shorter pieces of a line ("a)", "-") match too much to mark. */
const LINE_MIN = 12;

/**
 * The passages that became nothing in the reading and still are nothing in the draft: a passage the
 * reviewer has made a task, target or duty of is no longer one.
 */
export function stillUnread(unread: readonly Unread[], extract: PlanExtract): Unread[] {
  const made = [
    ...extract.tasks.map((t) => t.title),
    ...extract.targets.map((t) => t.text),
    ...extract.responsibilities.flatMap((r) => r.duties),
  ]
    .map(squeeze)
    .filter((text) => text.length >= LINE_MIN);
  // Whole words: "đợt 1" is not in "đợt 11".
  return unread.filter((u) => {
    const passage = ` ${squeeze(u.text)} `;
    return !made.some((text) => passage.includes(` ${text} `));
  });
}

/**
 * Which lines of the document's text stand in a passage that became nothing: a passage may have been
 * wrapped over several lines, and a table row is written with tabs between its cells.
 */
export function unreadLines(text: string, unread: readonly Unread[]): Set<number> {
  const passages = unread.map((u) => squeeze(u.text.replace(/…$/u, '')));
  const marked = new Set<number>();
  text.split('\n').forEach((line, at) => {
    const l = squeeze(line);
    if (l.length < LINE_MIN && !passages.includes(l)) return;
    if (l && passages.some((p) => p.includes(l) || (p.length >= LINE_MIN * 4 && l.includes(p))))
      marked.add(at);
  });
  return marked;
}
