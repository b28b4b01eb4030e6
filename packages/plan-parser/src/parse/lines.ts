// Turns extracted text into paragraphs: one per logical line, wrapped lines joined back.
import { foldVietnamese, normalizeTonePlacement } from '@lantoa/domain';
import { stripMarkup } from './markup.ts';

export interface Para {
  text: string;
  /** Cells when the line is a table row (cells separated by tabs by the readers). */
  cells?: string[];
}

/** Upper bound on the text the parser looks at, so a huge input cannot stall it. */
export const MAX_PARSE_CHARS = 2_000_000;

export function normalizeText(raw: string): string {
  let t = raw.length > MAX_PARSE_CHARS ? raw.slice(0, MAX_PARSE_CHARS) : raw;
  t = normalizeTonePlacement(stripMarkup(t.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')));
  return (
    t
      // Markdown-like emphasis left by converters, and typographic variants.
      .replace(/\*+/g, '')
      .replace(/[\u00A0\u2007\u202F]/g, ' ')
      .replace(/[\u2010\u2011\u2012\u2013\u2014\u2212]/g, (c) => (c === '\u2014' ? '-' : '-'))
      .replace(/[\uFB00-\uFB06]/g, (c) => c.normalize('NFKC'))
      .replace(/[ \f\v]+/g, ' ')
  );
}

const LIST_START = /^(?:[a-zđ][).]\s|[-+•·–]\s?|\d+[.)]|[IVXLC]+\.)/u;

const isCapitals = (s: string): boolean => s === s.toLocaleUpperCase('vi') && /\p{Lu}/u.test(s);

/**
 * The width a text was wrapped at, when it was (copied from a web page or an e-mail: most long lines
 * stop mid-sentence); null when each line is a paragraph. A line that reaches near this width was cut
 * by the wrap; a shorter one ended where its writer ended it.
 */
function wrapWidth(lines: string[]): number | null {
  const long = lines.map((l) => l.trim()).filter((l) => !l.includes('\t') && l.length >= 30);
  if (long.length < 10) return null;
  const cut = long.filter((l) => !/[.:;!?]$/.test(l)).length;
  if (cut < long.length * 0.5) return null;
  const lengths = long.map((l) => l.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? null;
}

/**
 * Lines of text → paragraphs; a line starting in lower case continues the previous sentence, and in
 * a wrapped text so does a line after one the wrap cut (not a list item, a heading or a line in
 * capitals after one that is not).
 */
export function toParagraphs(text: string): Para[] {
  const out: Para[] = [];
  const lines = normalizeText(text).split('\n');
  const width = wrapWidth(lines);
  let lastLine = '';
  for (const rawLine of lines) {
    if (rawLine.includes('\t')) {
      const cells = rawLine.split('\t').map((c) => c.trim());
      // A row of a table already open stays a row even with most cells empty (a group heading
      // across the row, a merged cell).
      if (
        cells.filter(Boolean).length >= 3 ||
        (out[out.length - 1]?.cells && cells.filter(Boolean).length > 0)
      ) {
        out.push({ text: cells.filter(Boolean).join(' '), cells });
        continue;
      }
      // Two columns are a layout (issuer | national motto, "Nơi nhận" | signature): one line each.
      if (cells.filter(Boolean).length === 2) {
        for (const c of cells) if (c) out.push({ text: c });
        continue;
      }
    }
    const line = rawLine.replace(/\t/g, ' ').trim();
    if (!line) continue;
    const prev = out[out.length - 1];
    // Cut by the wrap: the line before reached the wrap's width, and this one starts no paragraph of
    // its own (capitals are headings and titles, which the header reads line by line; "Căn cứ …" and
    // the like open a paragraph of the basis).
    const cutByWrap =
      width !== null &&
      lastLine.length >= width * 0.6 &&
      !isCapitals(line) &&
      !/^(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Nơi nhận)(?![\p{L}\p{N}])/u.test(line);
    // A document's number or a date never opens a paragraph ("Căn cứ Nghị quyết số" / "52-NQ/TW ngày …").
    const lower = /^\p{Ll}/u.test(line) || /^(?:\d+\s*[-/]\s*\p{L}|\d{1,2}\/\d{1,2}\/\d{4})/u.test(line);
    if (
      prev &&
      !prev.cells &&
      !LIST_START.test(line) &&
      ((lower && !/[.:;!?]$/.test(prev.text)) ||
        (cutByWrap && !/[.:!?]$/.test(prev.text) && (lower || !/;$/.test(prev.text))))
    ) {
      prev.text = `${prev.text} ${line}`;
      lastLine = line;
      continue;
    }
    out.push({ text: line });
    lastLine = line;
  }
  return out;
}

export const fold = (s: string): string => foldVietnamese(s);

const ROMAN = /^(?:PHẦN\s+|Phần\s+)?([IVX]{1,5})[.)]\s*(.*)$/u;

export interface Section {
  numeral: string;
  heading: string;
  kind: 'basis' | 'purpose' | 'targets' | 'tasks' | 'funding' | 'organisation' | 'reporting' | 'other';
  start: number;
  end: number;
}

function sectionKind(heading: string): Section['kind'] {
  const f = fold(heading);
  if (/^can cu/.test(f)) return 'basis';
  if (/to chuc thuc hien/.test(f)) return 'organisation';
  if (/kinh phi/.test(f)) return 'funding';
  if (/che do bao cao|thong tin bao cao/.test(f)) return 'reporting';
  if (/muc dich|yeu cau|quan diem/.test(f) && !/muc tieu/.test(f)) return 'purpose';
  if (/muc tieu|chi tieu/.test(f)) return 'targets';
  if (/nhiem vu|giai phap|hoat dong|noi dung/.test(f)) return 'tasks';
  return 'other';
}

type Heading = Pick<Section, 'numeral' | 'heading'>;

/** "III. NHIỆM VỤ VÀ GIẢI PHÁP": a Roman numeral and a short heading. */
function romanHeading(text: string): Heading | null {
  const m = ROMAN.exec(text);
  const heading = (m?.[2] ?? '').trim();
  // Headings are short; a long sentence starting with "I." is not one.
  if (!m || !heading || heading.length > 160) return null;
  return { numeral: m[1] ?? '', heading };
}

/** "1. MỤC ĐÍCH, YÊU CẦU": an Arabic number and a heading all in capitals. */
function capitalHeading(text: string): Heading | null {
  const m = /^(\d{1,2})\.\s+(.{4,160})$/u.exec(text);
  const heading = m?.[2] ?? '';
  if (!m || heading !== heading.toLocaleUpperCase('vi') || !/\p{L}{3}/u.test(heading)) return null;
  return { numeral: m[1] ?? '', heading };
}

/** The sections whose headings `headingOf` recognises, each running to the end until the next. */
function sectionsHeadedBy(paras: Para[], headingOf: (text: string) => Heading | null): Section[] {
  const sections: Section[] = [];
  paras.forEach((p, i) => {
    const found = p.cells ? null : headingOf(p.text);
    if (found) sections.push({ ...found, kind: sectionKind(found.heading), start: i + 1, end: paras.length });
  });
  return sections;
}

/** Top-level sections, numbered with Roman numerals ("III. NHIỆM VỤ VÀ GIẢI PHÁP"). */
export function findSections(paras: Para[]): Section[] {
  let sections = sectionsHeadedBy(paras, romanHeading);
  // Headings that are all capitals use Arabic numbering in some plans ("1. MỤC ĐÍCH, YÊU CẦU").
  if (sections.length === 0) sections = sectionsHeadedBy(paras, capitalHeading);
  for (let k = 0; k < sections.length - 1; k++) {
    const s = sections[k] as Section;
    s.end = (sections[k + 1] as Section).start - 1;
  }
  // The last section ends where the closing part starts ("Nơi nhận", an appendix).
  const last = sections[sections.length - 1];
  if (last) {
    for (let i = last.start; i < paras.length; i++) {
      const t = (paras[i] as Para).text;
      if (/^(Nơi nhận|PHỤ LỤC|Phụ lục)(?![\p{L}\p{N}])/u.test(t)) {
        last.end = i;
        break;
      }
    }
  }
  return sections;
}
