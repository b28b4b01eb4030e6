/**
 * Marking places in a text without markup: the text cut into pieces, some of them marked, for the
 * screen to draw each piece as a React element (a user's or a document's words are never HTML).
 * Used for the quote inside a cited passage and for the words the speech engine may say wrong.
 */

/** A place in a text: [start, end) in UTF-16 units, as JavaScript and the server count them. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of the text: marked with the index of its span in the list given, or plain (null). */
export interface Piece {
  text: string;
  span: number | null;
}

/**
 * The text cut at the spans, in order: spans out of the text are clipped, an empty one is skipped, and
 * one overlapping an earlier span keeps only what is left of it (a place is marked once).
 */
export function piecesOf(text: string, spans: readonly Span[]): Piece[] {
  const order = spans
    .map((span, index) => ({ start: Math.max(0, span.start), end: Math.min(text.length, span.end), index }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: Piece[] = [];
  let at = 0;
  for (const { start, end, index } of order) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    if (from > at) pieces.push({ text: text.slice(at, from), span: null });
    pieces.push({ text: text.slice(from, end), span: index });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), span: null });
  return pieces;
}

/**
 * Where a passage's quote stands in its text: as written, else with spaces and case folded the same
 * way (a quote trimmed of a line break); null when it is not there.
 */
export function quoteSpan(text: string, quote: string): Span | null {
  const wanted = quote.trim();
  if (!wanted) return null;
  const exact = text.indexOf(wanted);
  if (exact >= 0) return { start: exact, end: exact + wanted.length };
  // Each character of the text kept with its place, runs of spaces as one, to map the match back.
  const places: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (/\s/u.test(char)) {
      if (folded.endsWith(' ')) continue;
      folded += ' ';
    } else {
      folded += char.toLocaleLowerCase('vi');
    }
    places.push(i);
  }
  const needle = wanted.replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
  const found = folded.indexOf(needle);
  if (found < 0) return null;
  const start = places[found] ?? 0;
  const last = places[found + needle.length - 1] ?? start;
  return { start, end: last + 1 };
}

/** The text as the readiness check keeps it (NFC, trimmed): its findings' places are counted in it. */
export function asChecked(text: string): string {
  return text.normalize('NFC').trim();
}

/**
 * The number each cited passage is shown with: its place in the list of passages, from 1, so a
 * citation in the answer and the passage it opens carry the same number.
 */
export function citationNumbers(passages: readonly { id: string }[]): Map<string, number> {
  return new Map(passages.map((passage, index) => [passage.id, index + 1]));
}

/** Distinct written forms of findings, in the order first met, with how many times each occurs. */
export function distinctFindings<F extends { written: string; kind: string }>(
  findings: readonly F[],
): { finding: F; count: number }[] {
  const seen = new Map<string, { finding: F; count: number }>();
  for (const finding of findings) {
    const key = `${finding.kind}\u0000${finding.written}`;
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { finding, count: 1 });
  }
  return [...seen.values()];
}
