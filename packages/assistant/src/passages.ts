// A document's text cut into passages the assistant can quote: each with the section it stands
// in (the trail of headings "III. NHIỆM VỤ › 1. … › a)") and its page, about 40–150 words, cut on
// paragraph and sentence boundaries; a table's rows are passages of their own, read with the
// table's header row.
import { normalizeTonePlacement } from '@lantoa/domain';
import { sentencesOf } from './sentences.ts';
import { termsOf } from './terms.ts';

export interface Passage {
  /** The headings above it, outermost first, joined by " › "; empty before the first heading. */
  section: string;
  /** 1-based, when the text marks its pages (form feeds); else null. */
  page: number | null;
  text: string;
  /** Words it is found by besides its own (a table's header row); never shown as the passage. */
  context: string;
}

/** Fewer words than this and the passage takes the next paragraph (or its sibling section) too. */
export const MIN_WORDS = 40;
/** More than this and the passage is closed; a longer paragraph is cut between sentences. */
export const MAX_WORDS = 150;
/** A heading's label in the section trail is cut to this many characters. */
const LABEL_CHARS = 90;

interface Heading {
  level: number;
  label: string;
  /** The heading alone on its line ("II. MỤC TIÊU"): no text of its own. */
  bare: boolean;
}

interface Paragraph {
  text: string;
  page: number | null;
  cells?: string[];
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** "PHẦN I", "Chương II", "I.", "Điều 3.", "2.", "2.1.", "2.1.1.", "a)": its level, or null. */
function headingLevel(text: string): { level: number; marker: string } | null {
  const patterns: [RegExp, number][] = [
    [/^(?:PHẦN|Phần|CHƯƠNG|Chương)\s+(?:[IVXLC]+|\d+|thứ\s+\p{L}+)\b[.:]?/u, 0],
    [/^[IVXLC]{1,6}\s*[.)]/u, 1],
    [/^Điều\s*\d+\s*\./u, 2],
    [/^\d{1,2}\.\d{1,2}\.\d{1,2}\.?(?=\s)/u, 4],
    [/^\d{1,2}\.\d{1,2}\.?(?=\s)/u, 3],
    [/^\d{1,2}\s*[.)](?=\s)/u, 2],
    [/^[a-zđ]\s*\)(?=\s)/u, 5],
  ];
  for (const [pattern, level] of patterns) {
    const match = pattern.exec(text);
    if (match) return { level, marker: match[0].replace(/\s+/g, ' ').trim() };
  }
  return null;
}

/** A question-and-answer document's question ("Hỏi: …?", "Những ai cùng tham gia?") heads its answer. */
const QUESTION_LEVEL = 6;

/** A paragraph that opens a section, with the label it gives the trail; null for body text. */
function headingOf(text: string): Heading | null {
  if (text.length <= 200 && /\?$/.test(text) && !/^[-+•–]/.test(text)) {
    return { level: QUESTION_LEVEL, label: text, bare: true };
  }
  const found = headingLevel(text);
  if (!found) return null;
  const bare = text.length <= 160 && !/[.;]$/.test(text);
  const words = text.split(/\s+/);
  const label = text.length <= LABEL_CHARS ? text : `${words.slice(0, 12).join(' ').slice(0, LABEL_CHARS)}…`;
  return { level: found.level, label, bare };
}

/** Lines → paragraphs: a line starting in lower case continues an unfinished one (a wrap, a page break). */
function paragraphsOf(raw: string): Paragraph[] {
  const text = normalizeTonePlacement(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).replace(/\*+/g, '');
  const paged = text.includes('\f');
  const out: Paragraph[] = [];
  let page = 1;
  for (const pageText of text.split('\f')) {
    for (const rawLine of pageText.split('\n')) {
      const cells = rawLine.split('\t').map((c) => c.replace(/\s+/g, ' ').trim());
      if (cells.filter(Boolean).length >= 2) {
        out.push({ text: cells.filter(Boolean).join(' | '), page: paged ? page : null, cells });
        continue;
      }
      const line = rawLine.replace(/\s+/g, ' ').trim();
      if (!line) continue;
      const previous = out[out.length - 1];
      const continues =
        previous &&
        !previous.cells &&
        // A marker alone on its line ("2.") and its heading on the next.
        (/^(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)]$/u.test(previous.text) ||
          (/^\p{Ll}/u.test(line) && !headingLevel(line) && !/[.:;!?]$/.test(previous.text)));
      if (previous && continues) {
        previous.text = `${previous.text} ${line}`;
        continue;
      }
      out.push({ text: line, page: paged ? page : null });
    }
    page++;
  }
  return out;
}

/** A paragraph longer than MAX_WORDS as pieces of whole sentences, each at most about MAX_WORDS. */
function piecesOf(text: string): string[] {
  if (wordCount(text) <= MAX_WORDS) return [text];
  const pieces: string[] = [];
  let current: string[] = [];
  let words = 0;
  // A sentence longer than a passage (a list run on with ";") is cut at its semicolons.
  const sentences = sentencesOf(text, { listDashes: true }).flatMap((s) =>
    wordCount(s) > MAX_WORDS ? s.split(/(?<=;)\s+/u) : [s],
  );
  for (const sentence of sentences) {
    const n = wordCount(sentence);
    if (words > 0 && words + n > MAX_WORDS) {
      pieces.push(current.join(' '));
      current = [];
      words = 0;
    }
    current.push(sentence);
    words += n;
  }
  if (current.length) pieces.push(current.join(' '));
  return pieces;
}

interface OpenPassage {
  trail: Heading[];
  page: number | null;
  parts: string[];
  words: number;
}

/** The headings two trails share from the top. */
function commonTrail(a: Heading[], b: Heading[]): Heading[] {
  const shared: Heading[] = [];
  for (const [i, heading] of a.entries()) {
    if (b[i] !== heading) break;
    shared.push(heading);
  }
  return shared;
}

/** The trail of headings as a section name. */
const sectionName = (trail: Heading[]) => trail.map((h) => h.label).join(' › ');

/** Cuts a document's text into passages, in reading order. */
export function cutPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  let trail: Heading[] = [];
  let open: OpenPassage | null = null;
  let table: { caption: string; header: string } | null = null;
  // The last passage of text closed, while it may still take a short tail of its section.
  let last: { passage: Passage; trail: Heading[]; words: number } | null = null;
  const fitsLast = (closing: OpenPassage) =>
    last !== null &&
    closing.words < MIN_WORDS &&
    last.words + closing.words <= MAX_WORDS + MIN_WORDS &&
    closing.trail.slice(0, -1).every((h, i) => last?.trail[i] === h);
  const close = () => {
    const closing: OpenPassage | null = open;
    open = null;
    if (!closing?.parts.length) return;
    const text = closing.parts.join('\n');
    // A short tail ("4.4. Thời gian thực hiện: Tháng 10 năm 2026.") joins the passage before it
    // when both stand under the same parent, rather than opening the next section's passage.
    if (last && fitsLast(closing)) {
      last.trail = commonTrail(last.trail, closing.trail);
      last.words += closing.words;
      last.passage.text = `${last.passage.text}\n${text}`;
      last.passage.section = sectionName(last.trail);
      return;
    }
    const passage = { section: sectionName(closing.trail), page: closing.page, text, context: '' };
    passages.push(passage);
    last = { passage, trail: closing.trail, words: closing.words };
  };
  let lastText = '';
  for (const paragraph of paragraphsOf(text)) {
    if (paragraph.cells) {
      // The table's caption alone is no passage: its rows are found by it.
      const caption: OpenPassage | null = open;
      if (
        caption &&
        caption.parts.length === 1 &&
        caption.parts[0] === lastText &&
        caption.words < MIN_WORDS
      ) {
        open = null;
      }
      close();
      last = null;
      if (!table) {
        // The first row is the table's header: every row is read with it.
        table = { caption: lastText, header: paragraph.text };
        continue;
      }
      passages.push({
        section: sectionName(trail),
        page: paragraph.page,
        text: paragraph.text,
        context: `${table.caption} ${table.header}`,
      });
      continue;
    }
    table = null;
    lastText = paragraph.text;
    const heading = headingOf(paragraph.text);
    if (heading) {
      trail = [...trail.filter((h) => h.level < heading.level), heading];
      const current: { trail: Heading[]; words: number } | null = open;
      // A short passage takes its next sibling (items "1. …", "2. …" of one line each): the
      // passage's section becomes their common parent.
      const parent = trail.slice(0, -1);
      const siblings =
        current !== null &&
        current.words < MIN_WORDS &&
        open !== null &&
        !fitsLast(open) &&
        current.trail.length >= parent.length &&
        parent.every((h, i) => current.trail[i] === h);
      if (siblings && current) current.trail = parent;
      else close();
      if (heading.bare) continue;
    }
    for (const piece of piecesOf(paragraph.text)) {
      const words = wordCount(piece);
      const current: { words: number } | null = open;
      if (current && current.words >= MIN_WORDS && current.words + words > MAX_WORDS) close();
      open ??= { trail, page: paragraph.page, parts: [], words: 0 };
      open.parts.push(piece);
      open.words += words;
    }
  }
  close();
  return passages;
}

/**
 * A passage's search terms: its text's, its section's, its context's and its document's title's
 * (so that "the plan of Sơn La" or "178/KH-UBND" picks the document's passages among look-alikes
 * of other plans; words every title shares weigh nothing).
 */
export function passageTerms(passage: Passage, documentTitle = ''): string[] {
  const section = termsOf(passage.section);
  return [
    ...termsOf(passage.text),
    // Twice: a heading says what the passage is about more surely than a word in passing.
    ...section,
    ...section,
    ...termsOf(passage.context),
    ...termsOf(documentTitle),
  ];
}
