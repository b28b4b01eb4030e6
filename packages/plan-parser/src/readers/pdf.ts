// .pdf with a text layer, through pdfjs-dist (legacy build for Node). Text items are regrouped
// into lines by position, lines into paragraphs (vertical gaps, short lines, indents, list
// markers), and a task table (header with "chủ trì") into tab-separated rows by column.
import { readErrors } from '../errors.ts';
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

interface TableCols {
  starts: number[];
  refCol: number;
}

/** A table header: several items apart on one line, one of them naming the lead ("chủ trì"). */
function tableHeader(lines: Line[], i: number): { cols: TableCols; used: number } | null {
  const l = lines[i] as Line;
  if (!/chủ\s*trì/iu.test(l.text)) return null;
  // Header cells may wrap over two or three lines ("Cơ quan / chủ trì"): merge close lines.
  const group = [l];
  for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
    const n = lines[k] as Line;
    if (Math.abs((group[group.length - 1] as Line).y - n.y) < n.size * 1.6 && !/^\d/.test(n.text))
      group.push(n);
    else break;
  }
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const n = lines[k] as Line;
    if (Math.abs(n.y - (group[0] as Line).y) < n.size * 1.6 && n.items.length >= 1) group.unshift(n);
    else break;
  }
  const items = group.flatMap((g) => g.items).sort((a, b) => a.x - b.x);
  const clusters: { x0: number; x1: number; text: string }[] = [];
  for (const it of items) {
    const c = clusters.find((k) => it.x <= k.x1 + it.size * 1.2 && it.x + it.w >= k.x0 - it.size * 1.2);
    if (c) {
      c.x0 = Math.min(c.x0, it.x);
      c.x1 = Math.max(c.x1, it.x + it.w);
      c.text += ` ${it.str}`;
    } else clusters.push({ x0: it.x, x1: it.x + it.w, text: it.str });
  }
  if (clusters.length < 3) return null;
  clusters.sort((a, b) => a.x0 - b.x0);
  const refCol = clusters.findIndex((c) => /^\s*S?TT\s*$/iu.test(c.text));
  return { cols: { starts: clusters.map((c) => c.x0), refCol }, used: group.length - (group.indexOf(l) + 1) };
}

function columnOf(x: number, starts: number[]): number {
  let col = 0;
  for (let k = 0; k < starts.length; k++) if (x >= (starts[k] ?? 0) - 6) col = k;
  return col;
}

/** Lines → paragraphs; table rows (after a task-table header) → tab-separated cells. */
function linesToText(pages: Line[][]): string {
  const out: string[] = [];
  let table: TableCols | null = null;
  let row: string[] | null = null;
  const flushRow = () => {
    if (row) out.push(row.map((c) => c.trim()).join('\t'));
    row = null;
  };
  for (const lines of pages) {
    if (!lines.length) continue;
    const left = Math.min(...lines.map((l) => l.x0));
    const right = Math.max(...lines.map((l) => l.x1));
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
        const h = tableHeader(lines, i);
        if (h) {
          flush();
          // Header cells as one tab-separated row, so the parser finds the columns.
          const cells = h.cols.starts.map(() => '');
          for (let k = Math.max(0, i - 3); k <= i + h.used; k++) {
            const hl = lines[k] as Line;
            if (k < i && Math.abs(hl.y - l.y) >= hl.size * 1.6 * (i - k)) continue;
            for (const it of hl.items) {
              const c = columnOf(it.x, h.cols.starts);
              cells[c] = `${cells[c]} ${it.str}`.trim();
            }
          }
          if (out.length && cells.some((c) => out[out.length - 1]?.includes(c.slice(0, 8)))) {
            // The last paragraph held header words that wrapped above the "chủ trì" line.
            out.pop();
          }
          out.push(cells.join('\t'));
          table = h.cols;
          i += h.used;
          prev = null;
          continue;
        }
      } else {
        const tcols: TableCols = table;
        // Repeated header on a new page.
        if (/chủ\s*trì/iu.test(l.text) && l.items.length >= 3) continue;
        const spansColumns = l.items.some(
          (it) => columnOf(it.x, tcols.starts) !== columnOf(it.x + it.w - 1, tcols.starts) && it.w > 200,
        );
        if (spansColumns) {
          flushRow();
          table = null;
        } else {
          for (const it of l.items) {
            const c = columnOf(it.x, tcols.starts);
            const isRef = c === Math.max(tcols.refCol, 0) && /^\s*[\dIVX]+[.)]?\s*$/u.test(it.str);
            if (isRef || !row) {
              if (isRef) flushRow();
              row ??= tcols.starts.map(() => '');
            }
            const r = row as string[];
            const sep = r[c] && /^[-+•]\s/u.test(it.str) ? '; ' : ' ';
            r[c] = r[c] ? `${r[c]}${sep}${it.str}` : it.str;
          }
          continue;
        }
      }
      const gap = prev ? prev.y - l.y : 0;
      const prevShort = prev ? prev.x1 < right - Math.max(30, (right - left) * 0.12) : false;
      const indented = prev ? l.x0 > left + 8 && l.x0 > prev.x0 + 4 : false;
      const newPara =
        !prev ||
        gap > lineGap * 1.4 ||
        gap < 0 ||
        prevShort ||
        indented ||
        LIST_MARKER.test(l.text) ||
        l.text.includes('\t');
      if (newPara) flush();
      para = para ? `${para} ${l.text}` : l.text;
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
        pages.push(toLines(items));
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
