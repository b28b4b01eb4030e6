// .pdf with a text layer, through pdfjs-dist (legacy build for Node). Text items are regrouped
// into lines by position, lines into paragraphs (vertical gaps, short lines, indents, list
// markers), and a task table (header with "chủ trì") into tab-separated rows by column.
import { readErrors } from '../errors.ts';
import { namesLeadColumn } from '../parse/tasks.ts';
import type { DocumentReader, ReadResult } from './types.ts';

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

interface Line {
  y: number;
  size: number;
  items: Item[];
  x0: number;
  x1: number;
  text: string;
}

const LIST_MARKER = /^(?:[-+•·–]\s|[a-zđ][).]\s|\d+(?:\.\d+)*[.)]?\s|[IVX]+[.)]\s)/u;

function toLines(items: Item[]): Line[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - it.y) <= Math.max(2, it.size * 0.45)) last.items.push(it);
    else lines.push({ y: it.y, size: it.size, items: [it], x0: 0, x1: 0, text: '' });
  }
  for (const l of lines) {
    l.items.sort((a, b) => a.x - b.x);
    l.x0 = l.items[0]?.x ?? 0;
    let text = '';
    let end = -Infinity;
    for (const it of l.items) {
      if (text && it.x - end > l.size * 2.5) text = `${text.trimEnd()}\t`;
      else if (text && it.x - end > l.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
      text += it.str;
      end = Math.max(end, it.x + it.w);
    }
    l.x1 = end;
    l.size = Math.max(...l.items.map((i) => i.size));
    l.text = text.replace(/ {2,}/g, ' ').trim();
  }
  return lines.filter((l) => l.text);
}

/** A run of lines this long, or longer, may be set in two columns (a header block is shorter). */
const COLUMN_RUN_MIN = 8;

/** The left and right edges of the text on a list of items. */
const extent = (items: Item[]): { x0: number; x1: number } => ({
  x0: Math.min(...items.map((it) => it.x)),
  x1: Math.max(...items.map((it) => it.x + it.w)),
});

/** Whether a line has words on the left of `x`, and on its right. */
const sidesOf = (l: Line, x: number) => ({
  left: l.items.some((it) => it.x + it.w <= x),
  right: l.items.some((it) => it.x >= x),
  across: l.items.some((it) => it.x < x && it.x + it.w > x),
});

/**
 * The gutter of a page set in two columns: the x, in the middle part of the text's width, that the
 * fewest lines' words cross (nearest the middle among equals), when almost no line crosses it and a
 * good share of the lines has words on each side. Null otherwise: prose across the page crosses every x.
 */
function gutterOf(lines: Line[]): number | null {
  if (lines.length < COLUMN_RUN_MIN) return null;
  const { x0, x1 } = extent(lines.flatMap((l) => l.items));
  const width = x1 - x0;
  const middle = x0 + width / 2;
  let best: { x: number; across: number } | null = null;
  for (let x = x0 + width * 0.3; x <= x0 + width * 0.7; x += 2) {
    const across = lines.filter((l) => sidesOf(l, x).across).length;
    if (
      !best ||
      across < best.across ||
      (across === best.across && Math.abs(x - middle) < Math.abs(best.x - middle))
    )
      best = { x, across };
  }
  if (!best || best.across > lines.length * 0.1) return null;
  const x = best.x;
  const left = lines.filter((l) => sidesOf(l, x).left).length;
  const right = lines.filter((l) => sidesOf(l, x).right).length;
  return left >= lines.length * 0.25 && right >= lines.length * 0.25 ? x : null;
}

/**
 * A side of a run read as a column of prose: no wide gap inside its lines (a table's cells have them),
 * and its lines start at one left edge (a list's items at one more, indented).
 */
function isProseColumn(side: Line[]): boolean {
  if (side.length < 3) return false;
  if (side.filter((l) => l.text.includes('\t')).length > side.length * 0.2) return false;
  const left = Math.min(...side.map((l) => l.x0));
  return side.filter((l) => l.x0 - left <= l.size * 2.5).length >= side.length * 0.7;
}

/**
 * A page's lines in reading order, as blocks of one column each. A run of lines set in two columns of
 * prose (a bulletin, a newsletter) is read down the left column, then down the right: the run's words
 * are split at the gutter, and it is two columns when both sides read as prose and hold a good share
 * of its lines (a table's rows have wide gaps inside a side). A line whose words cross the gutter (a
 * title across the page) ends a run.
 */
function readingOrder(lines: Line[]): Line[][] {
  const gutter = gutterOf(lines);
  if (gutter === null) return [lines];
  const crosses = (l: Line) => l.items.some((it) => it.x < gutter && it.x + it.w > gutter);
  const blocks: Line[][] = [];
  let single: Line[] = [];
  let run: Line[] = [];
  const flushRun = () => {
    const leftSide = toLines(run.flatMap((l) => l.items.filter((it) => it.x + it.w <= gutter)));
    const rightSide = toLines(run.flatMap((l) => l.items.filter((it) => it.x >= gutter)));
    if (
      run.length >= COLUMN_RUN_MIN &&
      leftSide.length >= run.length * 0.25 &&
      rightSide.length >= run.length * 0.25 &&
      isProseColumn(leftSide) &&
      isProseColumn(rightSide)
    ) {
      if (single.length) blocks.push(single);
      blocks.push(leftSide, rightSide);
      single = [];
    } else single.push(...run);
    run = [];
  };
  for (const l of lines) {
    if (crosses(l)) {
      flushRun();
      single.push(l);
    } else run.push(l);
  }
  flushRun();
  if (single.length) blocks.push(single);
  return blocks;
}

interface TableCols {
  starts: number[];
  refCol: number;
  /** Header text per column, to recognise the header repeated on the next page. */
  heads: string[];
}

/** Lines a header may take: headings wrap, and centred ones start lower the shorter they are. */
const HEADER_LINES = 8;

interface Cluster {
  x0: number;
  x1: number;
  text: string;
}

/** The columns of a group of lines: words whose extents touch, across lines, are one column. */
function clustersOf(group: Line[]): Cluster[] {
  const items = group
    .flatMap((g) => g.items)
    .filter((it) => it.str.trim())
    .sort((a, b) => a.x - b.x);
  const clusters: Cluster[] = [];
  for (const it of items) {
    const c = clusters.find((k) => it.x <= k.x1 + it.size * 0.8 && it.x + it.w >= k.x0 - it.size * 0.8);
    if (c) {
      c.x0 = Math.min(c.x0, it.x);
      c.x1 = Math.max(c.x1, it.x + it.w);
    } else clusters.push({ x0: it.x, x1: it.x + it.w, text: '' });
  }
  return clusters.sort((a, b) => a.x0 - b.x0);
}

/**
 * Whether the headings are centred in their cells: a heading wrapped over lines of different widths
 * that share a centre, not a left edge. Headings on one line each tell nothing: left, as most tables.
 */
function centredHeadings(group: Line[], clusters: Cluster[], starts: number[]): boolean {
  let centred = 0;
  let left = 0;
  clusters.forEach((_, k) => {
    const spans = group
      .map((g) => g.items.filter((it) => it.str.trim() && columnOf(it.x, starts) === k))
      .filter((its) => its.length > 0)
      .map((its) => ({
        x0: Math.min(...its.map((it) => it.x)),
        x1: Math.max(...its.map((it) => it.x + it.w)),
      }));
    if (spans.length < 2) return;
    // Lines of a centred heading that differ in width by d start d/2 apart and share a centre; lines
    // of a left-aligned one share a start and their centres are d/2 apart. Lines of one width tell nothing.
    const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
    const lefts = spread(spans.map((sp) => sp.x0));
    const centres = spread(spans.map((sp) => (sp.x0 + sp.x1) / 2));
    if (centres < lefts - 1) centred++;
    else if (lefts < centres - 1) left++;
  });
  return centred > left;
}

/**
 * Where the columns of centred headings start: a heading's centre is its column's, so each column
 * ends as far right of that centre as it starts left of it, from the table's left edge on. Never
 * right of a heading's first word, nor left of the previous heading's last.
 */
function centredStarts(clusters: Cluster[], leftEdge: number): number[] {
  const starts: number[] = [];
  let edge = Math.min(leftEdge, clusters[0]?.x0 ?? leftEdge);
  clusters.forEach((c, k) => {
    const start = Math.min(c.x0, Math.max(clusters[k - 1]?.x1 ?? -Infinity, edge));
    starts.push(start);
    edge = c.x0 + c.x1 - start;
  });
  return starts;
}

/**
 * A task-table header: words in three or more columns over a few lines (headings wrap, "Cơ quan chủ /
 * trì"), one column naming the lead body. `leftEdge` is where the page's text starts, the table's
 * left edge as far as the page tells.
 */
function tableHeader(lines: Line[], i: number, leftEdge: number): { cols: TableCols; used: number } | null {
  const l = lines[i] as Line;
  const group = [l];
  for (let k = i + 1; k < Math.min(lines.length, i + HEADER_LINES); k++) {
    const n = lines[k] as Line;
    if (
      Math.abs((group[group.length - 1] as Line).y - n.y) < n.size * 1.6 &&
      !/^[\dIVX]+[.)]?(\s|$)/u.test(n.text)
    ) {
      group.push(n);
    } else break;
  }
  if (!/chủ|TT|nhiệm vụ|nội dung|thực hiện|trách nhiệm/iu.test(group.map((g) => g.text).join(' ')))
    return null;
  const clusters = clustersOf(group);
  if (clusters.length < 3) return null;
  // A title centred over the table spans several of its columns: the header starts below it.
  const below = group.length > 1 ? clustersOf(group.slice(1)) : [];
  const spansColumns = (it: Item) => below.filter((c) => it.x < c.x1 && it.x + it.w > c.x0).length > 1;
  if (l.items.some((it) => it.str.trim() && spansColumns(it))) return null;
  let starts = clusters.map((c) => c.x0);
  if (centredHeadings(group, clusters, starts)) starts = centredStarts(clusters, leftEdge);
  for (const g of group) {
    for (const it of g.items) {
      if (!it.str.trim()) continue;
      const c = clusters[columnOf(it.x, starts)] as Cluster;
      c.text = `${c.text} ${it.str.trim()}`.trim();
    }
  }
  const heads = clusters.map((c) => c.text);
  if (!heads.some(namesLeadColumn)) return null;
  const refCol = heads.findIndex((h) => /^S?TT\.?$/iu.test(h));
  return { cols: { starts, refCol, heads }, used: group.length - 1 };
}

function columnOf(x: number, starts: number[]): number {
  let col = 0;
  for (let k = 0; k < starts.length; k++) if (x >= (starts[k] ?? 0) - 6) col = k;
  return col;
}

interface CellState {
  text: string;
  y: number;
  right: number;
}

/** Lines → paragraphs; table rows (after a task-table header) → tab-separated cells. */
function linesToText(pages: Line[][]): string {
  const out: string[] = [];
  let table: TableCols | null = null;
  let row: CellState[] | null = null;
  let pageRight = 0;
  const flushRow = () => {
    if (row) out.push(row.map((c) => c.text.trim()).join('\t'));
    row = null;
  };
  for (const lines of pages) {
    if (!lines.length) continue;
    const left = Math.min(...lines.map((l) => l.x0));
    const right = Math.max(...lines.map((l) => l.x1));
    pageRight = Math.max(pageRight, right);
    const gaps = lines
      .slice(1)
      .map((l, k) => (lines[k] as Line).y - l.y)
      .filter((g) => g > 0);
    const sortedGaps = [...gaps].sort((a, b) => a - b);
    const lineGap = sortedGaps[Math.floor(sortedGaps.length * 0.3)] ?? 14;
    let para = '';
    let prev: Line | null = null;
    const flush = () => {
      if (para) out.push(para);
      para = '';
    };
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as Line;
      if (!table) {
        const h = tableHeader(lines, i, left);
        if (h) {
          flush();
          flushRow();
          out.push(h.cols.heads.join('\t'));
          table = h.cols;
          i += h.used;
          prev = null;
          continue;
        }
      } else {
        const tcols: TableCols = table;
        const words = l.items.filter((it) => it.str.trim());
        // The header repeated at the top of a page.
        if (words.every((it) => tcols.heads[columnOf(it.x, tcols.starts)]?.includes(it.str.trim()))) continue;
        const spansColumns = words.some(
          (it) =>
            columnOf(it.x, tcols.starts) !== columnOf(it.x + it.w - 1, tcols.starts) && it.w > it.size * 12,
        );
        if (!spansColumns) {
          for (const it of words) {
            const c = columnOf(it.x, tcols.starts);
            const refCol = Math.max(tcols.refCol, 0);
            const isRef = c === refCol && /^\s*[\dIVX]+[.)]?\s*$/u.test(it.str);
            if (isRef) flushRow();
            row ??= tcols.starts.map(() => ({ text: '', y: 0, right: 0 }));
            const cell = row[c] as CellState;
            const str = it.str.trim();
            let sep = ' ';
            if (cell.text && Math.abs(cell.y - it.y) > it.size * 0.45) {
              // A new line in the cell: a paragraph break when the first word would have fitted
              // on the line before (the writer pressed Enter), or the line is a list item.
              const limit = (tcols.starts[c + 1] ?? pageRight) - it.size * 0.8;
              const firstWord = str.split(/\s+/)[0] ?? '';
              const wordWidth = (it.w * firstWord.length) / Math.max(1, str.length);
              if (
                /^[-+•]\s/u.test(str) ||
                (/^\p{Lu}/u.test(str) && cell.right + it.size * 0.3 + wordWidth < limit)
              ) {
                sep = '; ';
              }
            }
            cell.text = cell.text
              ? `${cell.text.replace(/[;,]$/, (m) => (sep === '; ' ? '' : m))}${sep}${str}`
              : str;
            cell.y = it.y;
            cell.right = it.x + it.w;
          }
          continue;
        }
        flushRow();
        table = null;
      }
      const gap = prev ? prev.y - l.y : 0;
      const prevShort = prev ? prev.x1 < right - Math.max(30, (right - left) * 0.12) : false;
      const indented = prev ? l.x0 > left + 8 && l.x0 > prev.x0 + 4 : false;
      // A marker ("- ", "2. ") opens an item only after a finished line: "chính trị -" / "- xã hội"
      // and "2025-" / "2026 trở đi" are one sentence wrapped.
      const prevEnded = prev ? /[.;:!?)]$/.test(prev.text) || prevShort : true;
      const newPara =
        !prev ||
        gap > lineGap * 1.25 ||
        gap < 0 ||
        prevShort ||
        indented ||
        /\.\/\.$/.test(prev.text) ||
        (prevEnded && LIST_MARKER.test(l.text)) ||
        l.text.includes('\t');
      if (newPara) flush();
      // A word broken at a hyphen ("57-" / "NQ/TW") joins without a space.
      para = para ? (/\S-$/.test(para) ? `${para}${l.text}` : `${para} ${l.text}`) : l.text;
      prev = l;
    }
    flush();
  }
  flushRow();
  return out.join('\n');
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
const loadPdfJs = (): Promise<PdfJs> => {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
};

export const pdfReader: DocumentReader = {
  format: 'pdf',
  sniff: (b) => {
    const head = new TextDecoder('latin1').decode(b.subarray(0, 1024));
    return head.includes('%PDF-');
  },
  async read(bytes, ctx): Promise<ReadResult> {
    const { getDocument } = await loadPdfJs();
    // pdfjs takes ownership of (detaches) the buffer it is given.
    const task = getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      stopAtErrors: false,
    });
    const timer = setTimeout(() => void task.destroy(), Math.max(1, ctx.deadline - Date.now()));
    try {
      let doc: Awaited<typeof task.promise>;
      try {
        doc = await task.promise;
      } catch (e) {
        const name = (e as { name?: string })?.name ?? '';
        if (Date.now() >= ctx.deadline) throw readErrors.timeout(ctx.timeoutMs);
        if (name === 'PasswordException') throw readErrors.encrypted('PDF');
        const raw = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 2_000_000)));
        if (/\/Encrypt\b/.test(raw)) throw readErrors.encrypted('PDF');
        throw readErrors.corrupt('PDF', e instanceof Error ? e.message : String(e), e);
      }
      const pages: Line[][] = [];
      for (let p = 1; p <= doc.numPages; p++) {
        if (Date.now() > ctx.deadline) throw readErrors.timeout(ctx.timeoutMs);
        const page = await doc.getPage(p);
        const content = await page.getTextContent();
        const items: Item[] = [];
        for (const raw of content.items) {
          if (!('str' in raw)) continue;
          const [a = 0, b = 0, , , x = 0, y = 0] = raw.transform as number[];
          const size = Math.hypot(a, b) || raw.height || 10;
          items.push({ str: raw.str, x, y, w: raw.width, size });
        }
        // A page in two columns gives a block of lines per column, each read as a page of its own.
        pages.push(...readingOrder(toLines(items)));
        page.cleanup();
      }
      const text = linesToText(pages)
        .normalize('NFC')
        .replace(/[\uFB00-\uFB06]/g, (c) => c.normalize('NFKC'));
      if (!text.replace(/\s/g, '')) throw readErrors.noTextLayer();
      return { text, pages: doc.numPages };
    } catch (e) {
      if (Date.now() >= ctx.deadline && !(e as { code?: string })?.code)
        throw readErrors.timeout(ctx.timeoutMs);
      throw e;
    } finally {
      clearTimeout(timer);
      void task.destroy();
    }
  },
};
