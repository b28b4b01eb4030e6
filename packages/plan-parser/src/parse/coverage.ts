// How much of a document the reading took in: the share of its items (numbered work, figures under
// the targets, rows of a work table, cited documents, the duties of each body) that became a task,
// target, duty or basis, and the passages that became nothing, for the reviewer to look at first.
import type { PlanCoverage, PlanExtract } from '../types.ts';
import { basisParagraphs, cleanNumber } from './basis.ts';
import { fold, type Para, type Section } from './lines.ts';
import { fieldOf, marker } from './tasks.ts';

/** An unread passage is shown in full up to this length. */
const PASSAGE_MAX = 500;
/** Below this share, with enough items to judge, the reading is said to be partial. */
export const COVERAGE_WARNING_BELOW = 0.75;
const COVERAGE_MIN_ITEMS = 5;

/** A number that is no year, date or document number ("80%", "02 mô hình", "1.000 lượt"). */
const FIGURE = /(?<![\p{L}\d/.,-])(\d{1,3}(?:[.,]\d{3})*(?:,\d+)?|\d+)(?![\d/-]|[.,]\d)/gu;
const hasFigure = (text: string): boolean =>
  [...(marker(text)?.rest ?? text).matchAll(FIGURE)].some((m) => !/^(?:19|20)\d\d$/.test(m[1] ?? ''));

/** A line of the body that is an item: it opens with a number, a letter or a bullet, and is no field. */
function isListItem(text: string): boolean {
  const mk = marker(text);
  if (!mk) return false;
  const label = /^([^:]{2,40}):/u.exec(mk.rest.trim());
  return !(label && fieldOf(label[1] ?? ''));
}

/** A row of a table numbered as an item ("1", "2.3"), not a group ("I", "A") or the header. */
const isNumberedRow = (p: Para): boolean =>
  Boolean(
    p.cells && /^\d{1,3}(?:\.\d{1,3})*\.?$/.test((p.cells[0] ?? '').trim()) && p.cells.slice(1).some(Boolean),
  );

const squeeze = (s: string): string =>
  fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface Item {
  at: number;
  section: string;
}

/** A document number: "57-NQ/TW", "1169/QĐ-TTg" (a date has no letter after its figures). */
const DOCUMENT_NUMBER = /\d\s*[-/]\s*\p{L}/u;

/** The document's items, each with the part of the document it stands in. */
function itemsOf(paras: Para[], sections: Section[], basisEnd: number): Item[] {
  const items: Item[] = [];
  const basis = new Set(
    basisParagraphs(paras, basisEnd, sections).filter((at) => DOCUMENT_NUMBER.test((paras[at] as Para).text)),
  );
  const first = sections[0]?.start ?? paras.length;
  const last = sections[sections.length - 1];
  paras.forEach((p, at) => {
    const section = sections.find((s) => at >= s.start && at < s.end);
    const name = section ? `${section.numeral}. ${section.heading}` : at < first ? 'Phần mở đầu' : 'Phụ lục';
    if (p.cells) {
      if (isNumberedRow(p)) items.push({ at, section: name });
      return;
    }
    // The basis: paragraphs that cite a document by its number.
    if (basis.has(at)) {
      items.push({ at, section: name });
      return;
    }
    if (at < first - 1) return;
    if (!section && last && at >= last.end) return;
    if (section?.kind === 'tasks' || section?.kind === 'organisation') {
      if (isListItem(p.text)) items.push({ at, section: name });
    } else if (section?.kind === 'targets' && hasFigure(p.text)) {
      items.push({ at, section: name });
    }
  });
  return items;
}

/**
 * The coverage of a reading. `readLines` are the paragraphs the tasks and the duties were read from
 * (their readers know which details and headings belong to an item); basis and targets are found by
 * their text, which each keeps from its paragraph.
 */
export function measureCoverage(
  paras: Para[],
  sections: Section[],
  basisEnd: number,
  extract: Pick<PlanExtract, 'basis' | 'targets'>,
  readLines: Iterable<number>,
): PlanCoverage {
  const read = new Set(readLines);
  const basisNumbers = extract.basis.map((b) => cleanNumber(b.number));
  const targetTexts = extract.targets.map((t) => squeeze(t.text)).filter(Boolean);
  const items = itemsOf(paras, sections, basisEnd);
  const unread: PlanCoverage['unread'] = [];
  for (const { at, section } of items) {
    if (read.has(at)) continue;
    const p = paras[at] as Para;
    const text = squeeze(p.text);
    const compact = p.text.replace(/\s+/g, '');
    if (basisNumbers.some((n) => compact.includes(n)) || targetTexts.some((t) => text.includes(t))) continue;
    unread.push({
      section,
      text: p.text.length > PASSAGE_MAX ? `${p.text.slice(0, PASSAGE_MAX - 1)}…` : p.text,
    });
  }
  return { items: items.length, read: items.length - unread.length, unread };
}

/** A warning when much of the document became nothing, naming the parts where most of it stands. */
export function coverageWarnings(coverage: PlanCoverage): string[] {
  if (coverage.items < COVERAGE_MIN_ITEMS || coverage.read / coverage.items >= COVERAGE_WARNING_BELOW)
    return [];
  const bySection = new Map<string, number>();
  for (const u of coverage.unread) bySection.set(u.section, (bySection.get(u.section) ?? 0) + 1);
  const worst = [...bySection.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([section, n]) => `"${section}" (${n} mục)`)
    .join(', ');
  const share = Math.round((coverage.read / coverage.items) * 100);
  return [
    `Chỉ đọc được ${coverage.read}/${coverage.items} mục của văn bản (${share}%) thành nhiệm vụ, chỉ tiêu, việc của cơ quan hoặc căn cứ; phần chưa đọc được nhiều nhất ở ${worst}. Các đoạn chưa đọc được tô vàng trong văn bản ở màn hình rà soát: hãy xem và thêm những việc còn thiếu.`,
  ];
}
