// .docx: word/document.xml read directly (paragraphs, tables, automatic numbering), so table rows
// keep their cells. Tables of three columns or more become tab-separated rows; narrower tables
// (the header and signature layout) become plain lines.
import { decodeXML } from 'entities';
import { PlanReadError, readErrors } from '../errors.ts';
import type { DocumentReader, ReadResult } from './types.ts';
import { readZipParts } from './zip.ts';

/**
 * The XML we inflate may not exceed this, really (not as declared): a plan of a hundred pages is
 * about 2 MB of document.xml; 16 MB leaves room for heavy formatting and stops the review's 60 MB.
 */
export const MAX_XML_BYTES = 16 * 1024 * 1024;

/** The text of XML character data: the five named entities and numeric references (&#…;). */
const decodeEntities = (text: string): string => decodeXML(text);

const attr = (attrs: string, name: string): string | null => {
  const m = new RegExp(`${name}="([^"]*)"`).exec(attrs);
  return m ? (m[1] ?? null) : null;
};

interface Level {
  fmt: string;
  text: string;
  start: number;
}

/** numbering.xml: numId → levels, for rendering automatic list labels ("1.", "a)", "-"). */
function parseNumbering(xml: string | null): Map<string, Map<number, Level>> {
  const out = new Map<string, Map<number, Level>>();
  if (!xml) return out;
  const abstract = new Map<string, Map<number, Level>>();
  for (const a of xml.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const levels = new Map<number, Level>();
    for (const l of (a[2] ?? '').matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2] ?? '';
      levels.set(Number(l[1]), {
        fmt: /<w:numFmt\b[^>]*w:val="([^"]+)"/.exec(body)?.[1] ?? 'decimal',
        text: decodeEntities(/<w:lvlText\b[^>]*w:val="([^"]*)"/.exec(body)?.[1] ?? ''),
        start: Number(/<w:start\b[^>]*w:val="(\d+)"/.exec(body)?.[1] ?? 1),
      });
    }
    abstract.set(a[1] ?? '', levels);
  }
  for (const n of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abs = /<w:abstractNumId\b[^>]*w:val="(\d+)"/.exec(n[2] ?? '')?.[1];
    const levels = abs ? abstract.get(abs) : undefined;
    if (levels) out.set(n[1] ?? '', levels);
  }
  return out;
}

/** The largest styles.xml read for list numbering. */
const MAX_STYLES_CHARS = 2_000_000;

interface StyleNumbering {
  numId: string | null;
  ilvl: number | null;
  basedOn: string | null;
}

/**
 * styles.xml: the list numbering a paragraph style carries (Word's "List Number", a heading style
 * linked to a list), by style id, following the styles each is based on.
 */
function parseStyleNumbering(xml: string | null): Map<string, { numId: string; ilvl: number }> {
  const styles = new Map<string, StyleNumbering>();
  // Real style sheets are tens of KB; a huge one is ignored rather than scanned (a hostile file).
  if (!xml || xml.length > MAX_STYLES_CHARS) return new Map();
  for (const m of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const body = m[2] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(body)?.[1] ?? '';
    const ilvl = /<w:ilvl\b[^>]*w:val="(\d+)"/.exec(numPr)?.[1];
    styles.set(m[1] ?? '', {
      numId: /<w:numId\b[^>]*w:val="(\d+)"/.exec(numPr)?.[1] ?? null,
      ilvl: ilvl === undefined ? null : Number(ilvl),
      basedOn: /<w:basedOn\b[^>]*w:val="([^"]+)"/.exec(body)?.[1] ?? null,
    });
  }
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const id of styles.keys()) {
    let numId: string | null = null;
    let ilvl: number | null = null;
    // A style based on one based on another…: a few steps, never round a loop.
    for (let style = styles.get(id), steps = 0; style && steps < 10; steps++) {
      numId ??= style.numId;
      ilvl ??= style.ilvl;
      style = style.basedOn ? styles.get(style.basedOn) : undefined;
    }
    if (numId) out.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return out;
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];
function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}
function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}

class ListCounter {
  private counters = new Map<string, number[]>();
  private numbering: Map<string, Map<number, Level>>;
  constructor(numbering: Map<string, Map<number, Level>>) {
    this.numbering = numbering;
  }
  label(numId: string, ilvl: number): string {
    const levels = this.numbering.get(numId);
    const lvl = levels?.get(ilvl);
    if (!levels || !lvl || numId === '0') return '';
    if (lvl.fmt === 'bullet') return '-';
    if (lvl.fmt === 'none') return '';
    const c = this.counters.get(numId) ?? [];
    for (let k = 0; k <= ilvl; k++)
      if (c[k] === undefined) c[k] = (levels.get(k)?.start ?? 1) - (k === ilvl ? 1 : 0);
    c[ilvl] = (c[ilvl] ?? 0) + 1;
    c.length = ilvl + 1;
    this.counters.set(numId, c);
    return lvl.text.replace(/%(\d)/g, (_m, d: string) => {
      const k = Number(d) - 1;
      return formatNumber(c[k] ?? levels.get(k)?.start ?? 1, levels.get(k)?.fmt ?? 'decimal');
    });
  }
}

interface Cell {
  paras: string[];
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  /** A cell merged with the one above it (w:vMerge without "restart"): it shows that cell's text. */
  continues: boolean;
}
interface Table {
  rows: Cell[][];
}

/**
 * The rows on the table's grid: a cell spanning columns is followed by empty ones, and a cell merged
 * down from the row above holds that row's text, as a reader sees it ("Cơ quan chủ trì" written once
 * for several tasks is the lead of each).
 */
function onGrid(rows: Cell[][]): Cell[][] {
  const grid: Cell[][] = [];
  for (const row of rows) {
    const cells: Cell[] = [];
    for (const cell of row) {
      const above = grid[grid.length - 1]?.[cells.length];
      cells.push(cell.continues && above ? { ...cell, paras: above.paras } : cell);
      for (let k = 1; k < cell.span; k++) cells.push({ paras: [], span: 1, continues: false });
    }
    grid.push(cells);
  }
  return grid;
}

function renderTable(table: Table): string[] {
  const t = { rows: onGrid(table.rows) };
  const cols = Math.max(0, ...t.rows.map((r) => r.length));
  if (cols >= 3 && t.rows.length >= 2) {
    return t.rows.map((r) =>
      r
        .map((c) =>
          c.paras
            .map((p) => p.replace(/[;\s]+$/, '').replace(/\t/g, ' '))
            .filter(Boolean)
            .join('; '),
        )
        .join('\t'),
    );
  }
  const out: string[] = [];
  for (const r of t.rows) for (const c of r) out.push(...c.paras);
  return out;
}

export function docxXmlToText(
  xml: string,
  parts: { numbering: string | null; styles: string | null },
  deadline = Infinity,
): string {
  const counter = new ListCounter(parseNumbering(parts.numbering));
  const styleNumbering = parseStyleNumbering(parts.styles);
  let pStyle: string | null = null;
  const lines: string[] = [];
  const tables: Table[] = [];
  const cells: Cell[] = [];
  let para: string[] | null = null;
  let inText = false;
  let skipDepth = 0;
  let numId: string | null = null;
  let ilvl = 0;
  const emit = (text: string) => {
    const cell = cells[cells.length - 1];
    if (cell) cell.paras.push(text);
    else lines.push(text);
  };
  const re =
    /<(\/?)(w:p|w:tbl|w:tr|w:tc|w:t|w:tab|w:br|w:cr|w:pStyle|w:numId|w:ilvl|w:gridSpan|w:vMerge|w:del|w:instrText|w:delText|w:fldSimple|mc:Fallback)(?=[\s/>])([^>]*?)(\/?)>|<[^>]*>|([^<]+)/g;
  let count = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if ((++count & 0xffff) === 0 && Date.now() > deadline) throw readErrors.timeout(0);
    const [, close, tag, attrs = '', selfClose, textNode] = m;
    if (textNode !== undefined) {
      if (inText && para && skipDepth === 0) para.push(decodeEntities(textNode));
      continue;
    }
    if (!tag) continue;
    // Deleted revisions, field codes and alternate content are not part of the visible text.
    if (tag === 'w:del' || tag === 'w:instrText' || tag === 'w:delText' || tag === 'mc:Fallback') {
      if (selfClose) continue;
      skipDepth += close ? -1 : 1;
      if (skipDepth < 0) skipDepth = 0;
      continue;
    }
    switch (tag) {
      case 'w:p':
        if (close) {
          if (para) {
            const text = para
              .join('')
              .replace(/[ \u00A0]+/g, ' ')
              .trim();
            // Numbering given to the paragraph, or else by its style.
            const styled = numId ? null : pStyle ? styleNumbering.get(pStyle) : undefined;
            const label = numId
              ? counter.label(numId, ilvl)
              : styled
                ? counter.label(styled.numId, styled.ilvl)
                : '';
            if (text) emit(label ? `${label} ${text}` : text);
          }
          para = null;
        } else if (!selfClose) {
          para = [];
          numId = null;
          ilvl = 0;
          pStyle = null;
        }
        break;
      case 'w:t':
        inText = !close && !selfClose;
        break;
      case 'w:tab':
        if (para && !close) para.push(' ');
        break;
      case 'w:br':
      case 'w:cr':
        if (para && !close) para.push(' ');
        break;
      case 'w:pStyle':
        pStyle = attr(attrs, 'w:val');
        break;
      case 'w:numId':
        numId = attr(attrs, 'w:val');
        break;
      case 'w:ilvl':
        ilvl = Number(attr(attrs, 'w:val') ?? 0);
        break;
      case 'w:tbl':
        if (!close) tables.push({ rows: [] });
        else {
          const t = tables.pop();
          if (t) for (const l of renderTable(t)) emit(l);
        }
        break;
      case 'w:tr':
        if (!close) tables[tables.length - 1]?.rows.push([]);
        break;
      case 'w:gridSpan': {
        const cell = cells[cells.length - 1];
        if (cell) cell.span = Math.min(64, Math.max(1, Number(attr(attrs, 'w:val') ?? 1) || 1));
        break;
      }
      case 'w:vMerge': {
        const cell = cells[cells.length - 1];
        if (cell && !close) cell.continues = attr(attrs, 'w:val') !== 'restart';
        break;
      }
      case 'w:tc':
        if (!close) {
          const c: Cell = { paras: [], span: 1, continues: false };
          const t = tables[tables.length - 1];
          t?.rows[t.rows.length - 1]?.push(c);
          cells.push(c);
        } else cells.pop();
        break;
    }
  }
  return lines.join('\n');
}

export const docxReader: DocumentReader = {
  format: 'docx',
  sniff: (b) => b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6),
  async read(bytes, ctx): Promise<ReadResult> {
    let files: Record<string, Uint8Array>;
    try {
      files = readZipParts(
        bytes,
        ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'],
        MAX_XML_BYTES,
      );
    } catch (e) {
      if (e instanceof PlanReadError) throw e;
      throw readErrors.corrupt('.docx', e instanceof Error ? e.message : String(e), e);
    }
    const doc = files['word/document.xml'];
    if (!doc)
      throw readErrors.unsupported('tệp nén không phải văn bản Word', 'zip without word/document.xml');
    const dec = new TextDecoder('utf-8');
    const part = (name: string) => {
      const bytes = files[name];
      return bytes ? dec.decode(bytes) : null;
    };
    try {
      const text = docxXmlToText(
        dec.decode(doc),
        { numbering: part('word/numbering.xml'), styles: part('word/styles.xml') },
        ctx.deadline,
      );
      if (!text.trim()) throw readErrors.empty();
      return { text };
    } catch (e) {
      if (e instanceof PlanReadError) {
        if (e.code === 'timeout') throw readErrors.timeout(ctx.timeoutMs);
        throw e;
      }
      throw readErrors.corrupt('.docx', e instanceof Error ? e.message : String(e), e);
    }
  },
};
