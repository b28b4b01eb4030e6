// The pieces of a document in the layout of Decree 30/2020/NĐ-CP (Appendix I) that every document
// written here shares: A4, Times New Roman, margins 20/20/30/15 mm, the issuing body top left and the
// national title and motto top right with their short rules, number and place-and-date under them,
// body paragraphs and headings, bordered tables, "Nơi nhận" and the signature at the end, page
// numbers at the top centre from the second page.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type IBorderOptions,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

export const FONT = 'Times New Roman';

/** Millimetres to twips as Word converts centimetres (567 twips a centimetre): 15 mm is 851. */
export const mm = (n: number): number => Math.round(n * 56.7);

const PAGE = { width: 11906, height: 16838 } as const; // A4 in twips
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Sizes in half-points, as Word stores them; Decree 30 allows 12–13 pt for the issuing body. */
export const PT = {
  body: 28,
  national: 26,
  issuer: 24,
  number: 26,
  table: 26,
  recipientsLabel: 24,
  recipients: 22,
};

const FIRST_LINE_INDENT = 720; // 1.27 cm
const RULE_GAP = 80; // 4 pt
export const SPACE_6PT = 120;

/** NFC, without the control characters that XML forbids (they arrive in text pasted from elsewhere). */
export const nfc = (s: string): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  s.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** Text typed in the editor: one paragraph per non-empty line. */
export const lines = (texts: string[]): string[] =>
  texts
    .flatMap((t) => nfc(t).split(/\r?\n/))
    .map((t) => t.trim())
    .filter(Boolean);
export const upper = (s: string): string => nfc(s).toLocaleUpperCase('vi-VN');

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

/**
 * Every run carries its font and size so the layout survives a change of the default style. The
 * text is a run's plain text: nothing in it is read as markup.
 */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: nfc(text),
    font: FONT,
    size: style.size ?? PT.body,
    bold: style.bold,
    italics: style.italics,
  });
}

export function centred(
  text: string,
  style: RunStyle = {},
  spacing: { before?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 },
    children: [run(text, style)],
  });
}

/**
 * The short rule under the issuing body and under the motto: an empty one-point paragraph whose bottom
 * border, narrowed by indents, draws a centred line of about `lengthTwips`.
 */
export function rule(cellWidth: number, lengthTwips: number): Paragraph {
  const indent = Math.max(0, Math.round((cellWidth - lengthTwips) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    // A gap above, so the rule reads as a rule and not as the line of text above underlined.
    spacing: { before: RULE_GAP, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 2 })],
  });
}

export function bodyParagraph(text: string, keepNext = false, style: RunStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: SPACE_6PT, after: 0 },
    children: [run(text, style)],
  });
}

/** A numbered heading, bold: a section ("I. …") or one of its parts ("1. …"). */
export function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: SPACE_6PT, after: 0 },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    verticalAlign: VerticalAlignTable.TOP,
    children,
  });
}

function borderlessTable(widths: number[], rows: TableCell[][]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    // Header and signature cells sit flush with the text margins.
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map((cells) => new TableRow({ cantSplit: true, children: cells })),
  });
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
export const roman = (n: number): string => ROMAN[n - 1] ?? String(n);

/**
 * Days below 10 and months below 3 take a leading zero (Decree 30/2020, Appendix I). A null date
 * leaves day, month and year blank, to be written by hand when signed.
 */
export function formatPlaceAndDate(place: string, isoDate: string | null): string {
  const blank = '\u00a0'.repeat(6);
  if (isoDate === null) return nfc(`${place.trim()}, ngày ${blank} tháng ${blank} năm ${blank}`);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(isoDate.trim());
  if (!m) throw new RangeError(`date must be YYYY-MM-DD, YYYY-MM or YYYY, got "${isoDate}"`);
  const [, year, month, day] = m;
  const d = day ? String(Number(day)).padStart(2, '0') : blank;
  const mo = month ? (Number(month) < 3 ? `0${Number(month)}` : String(Number(month))) : blank;
  return nfc(`${place.trim()}, ngày ${d} tháng ${mo} năm ${year}`);
}

/** "Số: 125/BC-SKHCN", or "Số:      /BC-SKHCN" for a document not yet numbered. */
export function formatNumberLine(number: string | null, symbol: string): string {
  const n = number?.trim();
  if (!n) return nfc(`Số:${'\u00a0'.repeat(6)}/${symbol.trim()}`);
  return nfc(n.includes('/') ? `Số: ${n}` : `Số: ${n}/${symbol.trim()}`);
}

/** A line of the issuing body's name as printed top left; the body itself is bold, its superior not. */
export interface IssuerLine {
  text: string;
  bold: boolean;
}

/**
 * The header: issuing body and number on the left, national title, motto and place-and-date on the
 * right, in a table without borders.
 */
export function headerBlock(header: {
  issuer: IssuerLine[];
  numberLine: string;
  placeAndDate: string;
}): Table {
  // The national title needs 95 mm on one line at 13 pt bold; "SỞ KHOA HỌC VÀ CÔNG NGHỆ" needs 65 mm
  // at 12 pt bold; longer issuer names wrap, as they do on paper.
  const left = mm(68);
  const right = TEXT_WIDTH - left;
  return borderlessTable(
    [left, right],
    [
      [
        cell(
          [
            ...header.issuer.map((l) =>
              centred(upper(l.text), { size: PT.issuer, bold: l.bold || undefined }),
            ),
            rule(left, mm(22)),
          ],
          left,
        ),
        cell(
          [
            centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: PT.national, bold: true }),
            centred('Độc lập - Tự do - Hạnh phúc', { size: PT.body, bold: true }),
            rule(right, mm(62)),
          ],
          right,
        ),
      ],
      [
        cell([centred(header.numberLine, { size: PT.number }, { before: SPACE_6PT })], left),
        cell([centred(header.placeAndDate, { italics: true }, { before: SPACE_6PT })], right),
      ],
    ],
  );
}

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A cell of a bordered table: one paragraph per line. */
export function tableCell(
  texts: string[],
  width: number,
  align: Align,
  style: { bold?: boolean; size?: number } = {},
): TableCell {
  const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: thin, bottom: thin, left: thin, right: thin },
    verticalAlign: VerticalAlignTable.CENTER,
    children: texts.map(
      (line) =>
        new Paragraph({
          alignment: align,
          spacing: { before: 40, after: 40 },
          children: [run(line, { size: style.size ?? PT.table, bold: style.bold ?? false })],
        }),
    ),
  });
}

/** A bordered table: a header row repeated on each page, rows kept whole. */
export function borderedTable(
  columns: readonly { header: string; width: number }[],
  rows: TableCell[][],
  headerSize = PT.table,
): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) =>
      tableCell([c.header], c.width, AlignmentType.CENTER, { bold: true, size: headerSize }),
    ),
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows.map((children) => new TableRow({ cantSplit: true, children }))],
  });
}

/** "- Name;" lines, the last one closed with a full stop, as Decree 30 shows them. */
export function recipientLines(recipients: string[]): string[] {
  const items = lines(recipients).map((r) =>
    r
      .replace(/^[-–•]\s*/u, '')
      .replace(/[;.,]+$/u, '')
      .trim(),
  );
  return items.filter(Boolean).map((r, i, all) => `- ${r}${i === all.length - 1 ? '.' : ';'}`);
}

/**
 * The closing: "Nơi nhận" on the left, the signer's authority and title (one line each, upper case,
 * bold), room for the signature and seal, and the signer's name on the right.
 */
export function closingBlock(recipients: string[], signer: { title: string; name: string }): Table {
  const left = mm(80);
  const right = TEXT_WIDTH - left;
  const received = [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [run('Nơi nhận:', { size: PT.recipientsLabel, bold: true, italics: true })],
    }),
    ...recipientLines(recipients).map(
      (line) =>
        new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(line, { size: PT.recipients })] }),
    ),
  ];
  const signature = [
    ...lines([signer.title]).map((l) => centred(upper(l), { bold: true })),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => centred('')),
    centred(signer.name.trim(), { bold: true }),
  ];
  return borderlessTable([left, right], [[cell(received, left), cell(signature, right)]]);
}

/** An empty paragraph kept with the closing: the space before "Nơi nhận" and the signature. */
export const beforeClosing = (): Paragraph =>
  new Paragraph({ keepNext: true, spacing: { before: SPACE_6PT * 2, after: 0 }, children: [] });

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT.body })],
      }),
    ],
  });
}

/**
 * The document: one A4 section with the margins of Decree 30, Times New Roman in Vietnamese as the
 * default style, page numbers at the top centre but not on the first page.
 */
export function decree30Document(title: string, body: (Paragraph | Table)[]): Document {
  return new Document({
    creator: 'Lan Tỏa',
    title: nfc(title),
    styles: {
      default: {
        document: { run: { font: FONT, size: PT.body, language: { value: 'vi-VN' } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: mm(10), footer: mm(10) },
          },
          // Decree 30: page numbers at the top centre, not on the first page.
          titlePage: true,
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: body,
      },
    ],
  });
}
