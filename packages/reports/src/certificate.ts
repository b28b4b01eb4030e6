import { readFile } from 'node:fs/promises';
import { formatIsoDate } from '@lantoa/domain/rules';
import fontkit from '@pdf-lib/fontkit';
import { type Color, PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { formatPlaceAndDate, nfc, upper } from './decree30.ts';
import { qrPng } from './qr.ts';

// A certificate of completion of a training course as a one-page A4 landscape PDF, drawn directly
// with pdf-lib (milliseconds, no LibreOffice: a course of 300 people issues 300 of them at once).
// The text is laid out here: every line is measured with the font and wrapped, and the body shrinks
// until it fits, so a long topic or name can never run off the page.

/** What a certificate says; every string is printed as given (NFC), dates are 'YYYY-MM-DD'. */
export interface CertificateInput {
  /** The organiser, e.g. "Sở Khoa học và Công nghệ tỉnh Tuyên Quang"; printed upper case, bold. */
  issuerName: string;
  /** The body above the organiser, e.g. "Ủy ban nhân dân tỉnh Tuyên Quang"; printed upper case above it. */
  governingName: string | null;
  personName: string;
  /** The participant's body, e.g. "Xã Hòa An". */
  personBodyName: string;
  courseTopic: string;
  /** What the course is, lower case, e.g. "lớp tập huấn", "lớp bồi dưỡng". */
  courseKindLabel: string;
  startsOn: string;
  endsOn: string;
  /** Where the course was held; '' leaves the line out. */
  place: string;
  /** e.g. "CN-2026-000012". */
  certificateNo: string;
  issuedOn: string;
  /** Where the QR code leads: the public page that says whether the certificate is genuine. */
  verifyUrl: string;
  /** The place name of the place-and-date line, e.g. "Tuyên Quang"; without it the line is the date alone. */
  issuePlace?: string;
}

/**
 * Debian's fonts-liberation2 (installed by .ci/run): Liberation Serif has every precomposed
 * Vietnamese letter and is metric-compatible with Times New Roman, the face of Decree 30/2020.
 */
export const CERTIFICATE_FONT_FILES = {
  regular: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
  bold: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf',
} as const;

interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

let fontBytes: Promise<FontBytes> | undefined;

async function readFont(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(
      `The certificate font ${path} cannot be read: install the Debian package fonts-liberation2 ` +
        '(apt-get install fonts-liberation2).',
      { cause: error },
    );
  }
}

/** The two font files, read once per process (about 1 MB together); a failed read is retried next time. */
export function loadFonts(): Promise<FontBytes> {
  fontBytes ??= Promise.all([
    readFont(CERTIFICATE_FONT_FILES.regular),
    readFont(CERTIFICATE_FONT_FILES.bold),
  ]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      fontBytes = undefined;
      throw error;
    },
  );
  return fontBytes;
}

// A4 landscape in points. The drawing pieces below are shared with the certificate of merit
// (honour-certificate.ts): one frame, one header, one way of laying out text.
export const PAGE = { width: 841.89, height: 595.28 };
export const MARGIN = { side: 56, top: 52, bottom: 44 };
const INK = rgb(0.1, 0.1, 0.12);
export const RED = rgb(0.69, 0.09, 0.09);
export const LINE_SPACING = 1.3;
/** The two header columns, as in a Decree 30 document: issuer left, national motto right. */
const LEFT_COLUMN = { x: MARGIN.side, width: 320 };
export const RIGHT_COLUMN = { x: PAGE.width - MARGIN.side - 380, width: 380 };
/** The body is narrower than the page: a centred line of 680 pt still reads as one line. */
export const BODY_WIDTH = 680;
/** The body's base size and the smallest it shrinks to before the last lines are cut with "…". */
const BODY_SIZE = { largest: 17, smallest: 10 };
/** The bottom band: number, QR code and address on the left; date and signature on the right. */
const QR_SIDE = 78;
export const SIGNATURE_SPACE = 64;
const URL_WIDTH = 260;

export interface Run {
  text: string;
  font: PDFFont;
  size: number;
  color?: Color;
}

/** A part of a word in one face (a word may change face midway, e.g. an opening quote). */
type Part = Run;

export interface Line {
  pieces: Run[];
  width: number;
  /** The largest size on the line, which sets its height. */
  size: number;
}

const widthOf = (r: Run): number => r.font.widthOfTextAtSize(r.text, r.size);
const sameFace = (a: Run, b: Run): boolean => a.font === b.font && a.size === b.size && a.color === b.color;

/** Splits runs into words (lists of parts); whitespace, wherever it is, separates words. */
function wordsOf(runs: Run[]): Part[][] {
  const words: Part[][] = [];
  let current: Part[] = [];
  for (const run of runs) {
    for (const chunk of nfc(run.text).match(/\s+|\S+/g) ?? []) {
      if (/^\s/.test(chunk)) {
        if (current.length > 0) words.push(current);
        current = [];
      } else {
        current.push({ ...run, text: chunk });
      }
    }
  }
  if (current.length > 0) words.push(current);
  return words;
}

/** A word wider than the line, cut into pieces that fit (an address, a name without spaces). */
function splitWide(word: Part[], maxWidth: number): Part[][] {
  const pieces: Part[][] = [];
  let piece: Part[] = [];
  let width = 0;
  for (const part of word) {
    for (const char of Array.from(part.text)) {
      const w = part.font.widthOfTextAtSize(char, part.size);
      if (width + w > maxWidth && width > 0) {
        pieces.push(piece);
        piece = [];
        width = 0;
      }
      const last = piece.at(-1);
      if (last && sameFace(last, part)) last.text += char;
      else piece.push({ ...part, text: char });
      width += w;
    }
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}

/** Greedy line breaking of runs within `maxWidth`, measured with the fonts themselves. */
export function wrap(runs: Run[], maxWidth: number): Line[] {
  const lines: Line[] = [];
  let line: Line = { pieces: [], width: 0, size: 0 };
  const words = wordsOf(runs).flatMap((w) =>
    w.reduce((sum, p) => sum + widthOf(p), 0) > maxWidth ? splitWide(w, maxWidth) : [w],
  );
  for (const word of words) {
    const wordWidth = word.reduce((sum, p) => sum + widthOf(p), 0);
    const last = line.pieces.at(-1);
    const space = last ? last.font.widthOfTextAtSize(' ', last.size) : 0;
    if (last && line.width + space + wordWidth > maxWidth) {
      lines.push(line);
      line = { pieces: [], width: 0, size: 0 };
    }
    line.width += (line.pieces.length > 0 ? space : 0) + wordWidth;
    word.forEach((part, i) => {
      const previous = line.pieces.at(-1);
      if (previous && i === 0) previous.text += ' ';
      if (previous && sameFace(previous, part)) previous.text += part.text;
      else line.pieces.push({ ...part });
      line.size = Math.max(line.size, part.size);
    });
  }
  if (line.pieces.length > 0) lines.push(line);
  // Measured again whole: centring uses the width the text is drawn with.
  for (const l of lines) l.width = l.pieces.reduce((sum, p) => sum + widthOf(p), 0);
  return lines;
}

export const heightOf = (lines: Line[]): number => lines.reduce((sum, l) => sum + l.size * LINE_SPACING, 0);

/** Cuts lines to `count`, ending the last kept line with "…" (only when nothing else fits). */
export function truncate(lines: Line[], count: number, maxWidth: number): Line[] {
  const kept = lines.slice(0, count);
  // A paragraph's gap (a line without text) cannot carry the "…".
  while (kept.length > 1 && kept.at(-1)?.pieces.length === 0) kept.pop();
  const last = kept.at(-1);
  if (!last || kept.length === lines.length) return kept;
  const tail = last.pieces.at(-1);
  if (!tail) return kept;
  const ellipsis = tail.font.widthOfTextAtSize('…', tail.size);
  while (last.width + ellipsis > maxWidth && tail.text.length > 1) {
    tail.text = Array.from(tail.text).slice(0, -1).join('');
    last.width = last.pieces.reduce((sum, p) => sum + widthOf(p), 0);
  }
  tail.text = `${tail.text.trimEnd()}…`;
  last.width = last.pieces.reduce((sum, p) => sum + widthOf(p), 0);
  return kept;
}

/**
 * Draws lines from `top` (distance from the page's top edge) down, each centred on `centre` or
 * starting at `left`; returns the distance from the top where the last line ends.
 */
export function draw(
  page: PDFPage,
  lines: Line[],
  top: number,
  at: { centre: number } | { left: number },
): number {
  let y = top;
  for (const line of lines) {
    // The baseline sits about 0.9 em below the line's top (Liberation Serif's ascent is 0.891 em).
    const baseline = PAGE.height - (y + line.size * 0.9 + (line.size * (LINE_SPACING - 1)) / 2);
    let x = 'centre' in at ? at.centre - line.width / 2 : at.left;
    for (const piece of line.pieces) {
      page.drawText(piece.text, {
        x,
        y: baseline,
        font: piece.font,
        size: piece.size,
        color: piece.color ?? INK,
      });
      x += widthOf(piece);
    }
    y += line.size * LINE_SPACING;
  }
  return y;
}

/** A thin horizontal rule centred under a header line (the line under the motto and the issuer). */
function rule(page: PDFPage, centre: number, top: number, length: number): void {
  const y = PAGE.height - top;
  page.drawLine({
    start: { x: centre - length / 2, y },
    end: { x: centre + length / 2, y },
    thickness: 0.6,
    color: INK,
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkedDate(name: string, iso: string): string {
  if (!ISO_DATE.test(iso)) throw new RangeError(`${name} must be YYYY-MM-DD, got "${iso}"`);
  return iso;
}

/** "từ ngày 03/06/2026 đến ngày 05/06/2026", or "ngày 03/06/2026" for a one-day course. */
export function certificateDates(startsOn: string, endsOn: string): string {
  const start = formatIsoDate(checkedDate('startsOn', startsOn));
  const end = formatIsoDate(checkedDate('endsOn', endsOn));
  return startsOn === endsOn ? `ngày ${start}` : `từ ngày ${start} đến ngày ${end}`;
}

/** "Tuyên Quang, ngày 05 tháng 6 năm 2026" (Decree 30's form), or "Ngày 05 tháng 6 năm 2026" without a place. */
export function placeAndDate(place: string | undefined, issuedOn: string): string {
  const where = place?.trim() ?? '';
  const line = formatPlaceAndDate(where, checkedDate('issuedOn', issuedOn));
  return where ? line : line.replace(/^, n/, 'N');
}

/** The body's lines at a given size: who, from where, what, when, where. */
function bodyLines(
  input: CertificateInput,
  fonts: { regular: PDFFont; bold: PDFFont },
  size: number,
): Line[] {
  const text = (t: string, bold = false, scale = 1): Run => ({
    text: t,
    font: bold ? fonts.bold : fonts.regular,
    size: size * scale,
  });
  const paragraphs: Run[][] = [
    [text('Chứng nhận: '), text(input.personName.trim(), true, 1.25)],
    [text('Đơn vị: '), text(input.personBodyName.trim())],
    [
      text(`Đã hoàn thành ${input.courseKindLabel.trim()} `),
      text(`“${input.courseTopic.trim().replace(/\s+/g, ' ')}”`, true),
    ],
    [text(`Thời gian: ${certificateDates(input.startsOn, input.endsOn)}`)],
    ...(input.place.trim() ? [[text(`Địa điểm: ${input.place.trim()}`)]] : []),
  ];
  return paragraphLines(paragraphs, size);
}

/**
 * The lines at the largest size whose height fits `height`; at the smallest size, what fits, cut with
 * "…" (a topic of several hundred words: the record keeps the full text).
 */
export function fitLines(linesAt: (size: number) => Line[], height: number): Line[] {
  const largest = linesAt(BODY_SIZE.largest);
  if (heightOf(largest) <= height) return largest;
  // Bisection over half points: the height grows with the size, and each try lays out every line.
  let fits = 0;
  let best: Line[] = [];
  let low = BODY_SIZE.smallest * 2;
  let high = BODY_SIZE.largest * 2 - 1;
  while (low <= high) {
    const half = Math.floor((low + high) / 2);
    const lines = linesAt(half / 2);
    if (heightOf(lines) <= height) {
      fits = half;
      best = lines;
      low = half + 1;
    } else {
      high = half - 1;
    }
  }
  if (fits > 0) return best;
  const lines = linesAt(BODY_SIZE.smallest);
  let count = 0;
  let used = 0;
  for (const line of lines) {
    used += line.size * LINE_SPACING;
    if (used > height) break;
    count += 1;
  }
  return truncate(lines, Math.max(count, 1), BODY_WIDTH);
}

/** Paragraphs of runs as lines of the body, a third of a line between them (carried by the next one). */
export function paragraphLines(paragraphs: Run[][], size: number): Line[] {
  return paragraphs.flatMap((runs, i) => {
    const lines = wrap(runs, BODY_WIDTH);
    if (i > 0 && lines[0]) lines.unshift({ pieces: [], width: 0, size: size * 0.35 });
    return lines;
  });
}

/** Header lines of one column, at most `max` of them (a body's name is a line or two on paper). */
function headerLines(runs: Run[], width: number, max = 3): Line[] {
  return truncate(wrap(runs, width), max, width);
}

/** The verification address in one line under the QR code: smaller type before it ever wraps. */
function urlLines(url: string, font: PDFFont): Line[] {
  const size = Math.max(6, Math.min(8.5, (8.5 * URL_WIDTH) / font.widthOfTextAtSize(url, 8.5)));
  return truncate(wrap([{ text: url, font, size }], URL_WIDTH), 3, URL_WIDTH);
}

/** Midnight of a Vietnam calendar day, for the document's dates (the same input gives the same bytes). */
export const vietnamMidnight = (iso: string): Date => new Date(`${iso}T00:00:00+07:00`);

/** A double frame, as printed certificates have. */
export function drawFrame(page: PDFPage): void {
  for (const [inset, thickness] of [
    [20, 2.2],
    [26, 0.7],
  ] as const) {
    page.drawRectangle({
      x: inset,
      y: inset,
      width: PAGE.width - 2 * inset,
      height: PAGE.height - 2 * inset,
      borderColor: RED,
      borderWidth: thickness,
    });
  }
}

/**
 * The header: the issuer (and the body above it) left, the national title and motto right, each
 * underlined. Returns the distance from the top where the longer column ends.
 */
export function drawHeader(
  page: PDFPage,
  fonts: { regular: PDFFont; bold: PDFFont },
  issuer: { issuerName: string; governingName: string | null },
): number {
  const { regular, bold } = fonts;
  const leftCentre = LEFT_COLUMN.x + LEFT_COLUMN.width / 2;
  const rightCentre = RIGHT_COLUMN.x + RIGHT_COLUMN.width / 2;
  const governing = issuer.governingName?.trim()
    ? headerLines([{ text: upper(issuer.governingName.trim()), font: regular, size: 12 }], LEFT_COLUMN.width)
    : [];
  const issuing = headerLines(
    [{ text: upper(issuer.issuerName.trim()), font: bold, size: 12 }],
    LEFT_COLUMN.width,
  );
  const leftEnd = draw(page, [...governing, ...issuing], MARGIN.top, { centre: leftCentre });
  rule(page, leftCentre, leftEnd + 6, 90);
  const national = [
    ...wrap([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', font: bold, size: 12.5 }], RIGHT_COLUMN.width),
    ...wrap([{ text: 'Độc lập - Tự do - Hạnh phúc', font: bold, size: 13 }], RIGHT_COLUMN.width),
  ];
  const rightEnd = draw(page, national, MARGIN.top, { centre: rightCentre });
  rule(page, rightCentre, rightEnd + 6, national[1]?.width ?? 170);
  return Math.max(leftEnd, rightEnd);
}

/** The place-and-date line and the signer's title, set in the right column above the signature's space. */
export function signatureLines(
  fonts: { regular: PDFFont; bold: PDFFont },
  place: string | undefined,
  issuedOn: string,
  signerTitle: string,
): Line[] {
  return [
    ...wrap([{ text: placeAndDate(place, issuedOn), font: fonts.regular, size: 13 }], RIGHT_COLUMN.width),
    ...wrap([{ text: upper(signerTitle.trim()), font: fonts.bold, size: 13 }], RIGHT_COLUMN.width),
  ];
}

/** A new document with the two faces embedded (subset), ready for one page. */
export async function certificateDocument(): Promise<{
  doc: PDFDocument;
  fonts: { regular: PDFFont; bold: PDFFont };
}> {
  const bytes = await loadFonts();
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(bytes.regular, { subset: true });
  const bold = await doc.embedFont(bytes.bold, { subset: true });
  return { doc, fonts: { regular, bold } };
}

/** A certificate of completion as a one-page A4 landscape PDF (fonts embedded, subset). */
export async function renderCertificate(input: CertificateInput): Promise<Uint8Array> {
  const issuedOn = checkedDate('issuedOn', input.issuedOn);
  const { doc, fonts } = await certificateDocument();
  const { regular, bold } = fonts;
  const page = doc.addPage([PAGE.width, PAGE.height]);

  drawFrame(page);
  const headerEnd = drawHeader(page, fonts, input);
  const titleTop = headerEnd + 26;
  const titleEnd = draw(
    page,
    wrap([{ text: 'GIẤY CHỨNG NHẬN', font: bold, size: 32, color: RED }], BODY_WIDTH),
    titleTop,
    {
      centre: PAGE.width / 2,
    },
  );

  // Bottom band, laid out from the bottom edge up so the body gets whatever height is left.
  const url = urlLines(nfc(input.verifyUrl.trim()), regular);
  const urlTop = PAGE.height - MARGIN.bottom - heightOf(url);
  const qrTop = urlTop - 3 - QR_SIDE;
  const numberLine = wrap(
    [
      { text: 'Số: ', font: regular, size: 12 },
      { text: input.certificateNo.trim(), font: bold, size: 12 },
    ],
    URL_WIDTH,
  );
  const numberTop = qrTop - 4 - heightOf(numberLine);
  const signature = signatureLines(fonts, input.issuePlace, issuedOn, 'THỦ TRƯỞNG ĐƠN VỊ');
  const signatureTop = PAGE.height - MARGIN.bottom - SIGNATURE_SPACE - heightOf(signature);
  const bandTop = Math.min(numberTop, signatureTop);

  const bodyTop = titleEnd + 12;
  const bodyHeight = bandTop - 10 - bodyTop;
  const body = fitLines((size) => bodyLines(input, fonts, size), bodyHeight);
  // A short body sits a little above the middle of its space rather than under the title.
  draw(page, body, bodyTop + (bodyHeight - heightOf(body)) * 0.35, { centre: PAGE.width / 2 });

  draw(page, numberLine, numberTop, { left: MARGIN.side });
  // 330 px over 78 pt is about 300 dpi: a version-4 code (37 modules with its margin) gets ~9 px a
  // module, sharp in print, while the PNG stays a few kilobytes.
  const qr = await doc.embedPng(await qrPng(input.verifyUrl.trim(), 330));
  page.drawImage(qr, { x: MARGIN.side, y: PAGE.height - qrTop - QR_SIDE, width: QR_SIDE, height: QR_SIDE });
  draw(page, url, urlTop, { left: MARGIN.side });
  draw(page, signature, signatureTop, { centre: RIGHT_COLUMN.x + RIGHT_COLUMN.width / 2 });

  const title = `Giấy chứng nhận ${input.certificateNo.trim()} - ${input.personName.trim()}`;
  doc.setTitle(nfc(title), { showInWindowTitleBar: true });
  doc.setSubject(nfc(`Đã hoàn thành ${input.courseKindLabel.trim()} “${input.courseTopic.trim()}”`));
  doc.setAuthor(nfc(input.issuerName.trim()));
  doc.setLanguage('vi-VN');
  doc.setCreator('Lan Tỏa');
  doc.setProducer('Lan Tỏa (pdf-lib)');
  doc.setCreationDate(vietnamMidnight(issuedOn));
  doc.setModificationDate(vietnamMidnight(issuedOn));
  return doc.save();
}
