// The consolidated report as a Word document in the layout of Decree 30/2020/NĐ-CP (Appendix I):
// A4, Times New Roman, margins 20/20/30/15 mm, issuing body top left, national title and motto top
// right, number and place-and-date under them, title, body, "Nơi nhận" and signature at the end.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type IBorderOptions,
  LineRuleType,
  Packer,
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

/** The editable content of a consolidated report; everything printed comes from here. */
export interface ConsolidatedReport {
  issuer: {
    /** The body above the issuer, e.g. "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG"; printed upper case. */
    parent: string;
    /** The issuing body, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; printed upper case, bold. */
    name: string;
  };
  /**
   * The full number, e.g. "125/BC-SKHCN", or null while unnumbered: then the number line is printed
   * with a blank for the number, "Số:      /BC-SKHCN", using `symbol`.
   */
  number: string | null;
  /** The notation after the number, e.g. "BC-SKHCN"; used when `number` is null or has no "/". */
  symbol: string;
  /** e.g. "Tuyên Quang". */
  place: string;
  /**
   * ISO date "2026-12-05"; "2026-12" leaves the day blank and "2026" the day and month blank, as in a
   * draft to be dated when signed.
   */
  date: string;
  /** The subject line under "BÁO CÁO", e.g. "Kết quả thực hiện Kế hoạch số 178/KH-UBND …". */
  title: string;
  /** Numbered I, II, … by the builder: give headings without a number. */
  sections: { heading: string; paragraphs: string[] }[];
  indicators: {
    name: string;
    unit: string;
    /** e.g. "≥ 80% (2026)", "≥ 2 dự án (2026)" (formatIndicatorTarget). */
    target: string;
    /** e.g. "83,5%", "1.250 lượt người" (formatIndicatorValue). */
    value: string;
    /** A ratio's figures, printed under its value; a count has none. */
    numerator?: number;
    denominator?: number;
    /** e.g. "Đạt", "Chưa đạt". */
    status: string;
  }[];
  difficulties: string[];
  proposals: string[];
  /** "Nơi nhận"; the last one is usually "Lưu: VT, …". */
  recipients: string[];
  signer: {
    /** "GIÁM ĐỐC", or "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" (one line each). */
    title: string;
    name: string;
  };
}

const FONT = 'Times New Roman';

/** Millimetres to twips as Word converts centimetres (567 twips a centimetre): 15 mm is 851. */
const mm = (n: number): number => Math.round(n * 56.7);

const PAGE = { width: 11906, height: 16838 } as const; // A4 in twips
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Sizes in half-points, as Word stores them; Decree 30 allows 12–13 pt for the issuing body. */
const PT = { body: 28, national: 26, issuer: 24, number: 26, table: 26, recipientsLabel: 24, recipients: 22 };

const FIRST_LINE_INDENT = 720; // 1.27 cm
const SPACE_6PT = 120;

/** NFC, without the control characters that XML forbids (they arrive in text pasted from elsewhere). */
const nfc = (s: string): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  s.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** Text typed in the editor: one paragraph per non-empty line. */
const lines = (texts: string[]): string[] =>
  texts
    .flatMap((t) => nfc(t).split(/\r?\n/))
    .map((t) => t.trim())
    .filter(Boolean);
const upper = (s: string): string => nfc(s).toLocaleUpperCase('vi-VN');

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

/** Every run carries its font and size so the layout survives a change of the default style. */
function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: nfc(text),
    font: FONT,
    size: style.size ?? PT.body,
    bold: style.bold,
    italics: style.italics,
  });
}

function centred(text: string, style: RunStyle = {}, spacing: { before?: number; after?: number } = {}) {
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
function rule(cellWidth: number, lengthTwips: number): Paragraph {
  const indent = Math.max(0, Math.round((cellWidth - lengthTwips) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 2 })],
  });
}

function bodyParagraph(text: string, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: SPACE_6PT, after: 0 },
    children: [run(text)],
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: SPACE_6PT, after: 0 },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

/** A list item in the body: "- text", unless the author already wrote a marker. */
function item(text: string, keepNext = false): Paragraph {
  const t = nfc(text).trim();
  return bodyParagraph(/^([-–•+]|\d+[.)]|[a-zđ][.)])\s/u.test(t) ? t : `- ${t}`, keepNext);
}

/** `keepLast` keeps the last item on the page of what follows (the signature never stands alone). */
function list(items: string[], keepLast = false): Paragraph[] {
  const kept = lines(items);
  if (!kept.length) return [bodyParagraph('Không có.', keepLast)];
  return kept.map((t, i) => item(t, keepLast && i === kept.length - 1));
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
const roman = (n: number): string => ROMAN[n - 1] ?? String(n);

/** Days below 10 and months below 3 take a leading zero (Decree 30/2020, Appendix I). */
export function formatPlaceAndDate(place: string, isoDate: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(isoDate.trim());
  if (!m) throw new RangeError(`date must be YYYY-MM-DD, YYYY-MM or YYYY, got "${isoDate}"`);
  const [, year, month, day] = m;
  const blank = '\u00a0'.repeat(6);
  const d = day ? String(Number(day)).padStart(2, '0') : blank;
  const mo = month ? (Number(month) < 3 ? `0${Number(month)}` : String(Number(month))) : blank;
  return nfc(`${place.trim()}, ngày ${d} tháng ${mo} năm ${year}`);
}

/** "Số: 125/BC-SKHCN", or "Số:      /BC-SKHCN" for a report not yet numbered. */
export function formatNumberLine(number: string | null, symbol: string): string {
  const n = number?.trim();
  if (!n) return nfc(`Số:${'\u00a0'.repeat(6)}/${symbol.trim()}`);
  return nfc(n.includes('/') ? `Số: ${n}` : `Số: ${n}/${symbol.trim()}`);
}

const thousands = (n: number): string => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/**
 * An indicator's figure as the report prints it, with Vietnamese separators: a percentage with its
 * sign ("83,5%"), a count with its unit after a space ("1.250 lượt người"), never a count with '%'.
 */
export function formatIndicatorValue(value: number, unit: string): string {
  const figure = value.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  const u = unit.trim();
  return nfc(u === '%' || u === '' ? `${figure}${u}` : `${figure} ${u}`);
}

const COMPARATOR_SIGNS = { '>=': '≥ ', '<=': '≤ ', '=': '' } as const;

/** A target as the report prints it: "≥ 80% (2026)", "≥ 2 dự án (2026)", "100%". */
export function formatIndicatorTarget(
  target: { comparator: keyof typeof COMPARATOR_SIGNS; value: number; year?: number | null },
  unit: string,
): string {
  const year = target.year ? ` (${target.year})` : '';
  return `${COMPARATOR_SIGNS[target.comparator]}${formatIndicatorValue(target.value, unit)}${year}`;
}

function headerBlock(r: ConsolidatedReport): Table {
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
            centred(upper(r.issuer.parent), { size: PT.issuer }),
            centred(upper(r.issuer.name), { size: PT.issuer, bold: true }),
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
        cell(
          [centred(formatNumberLine(r.number, r.symbol), { size: PT.number }, { before: SPACE_6PT })],
          left,
        ),
        cell([centred(formatPlaceAndDate(r.place, r.date), { italics: true }, { before: SPACE_6PT })], right),
      ],
    ],
  );
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const INDICATOR_COLUMNS = [
  { header: 'TT', width: 567, align: AlignmentType.CENTER },
  { header: 'Chỉ tiêu', width: 3118, align: AlignmentType.LEFT },
  { header: 'Đơn vị', width: 907, align: AlignmentType.CENTER },
  { header: 'Mục tiêu', width: 1191, align: AlignmentType.CENTER },
  // Room for a ratio such as "(123.456/147.852)" on one line.
  { header: 'Kết quả', width: 2154, align: AlignmentType.CENTER },
  { header: 'Đánh giá', width: TEXT_WIDTH - 567 - 3118 - 907 - 1191 - 2154, align: AlignmentType.CENTER },
] as const;

function tableCell(lines: string[], width: number, align: Align, bold = false): TableCell {
  const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: thin, bottom: thin, left: thin, right: thin },
    verticalAlign: VerticalAlignTable.CENTER,
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: align,
          spacing: { before: 40, after: 40 },
          children: [run(line, { size: PT.table, bold })],
        }),
    ),
  });
}

function indicatorTable(indicators: ConsolidatedReport['indicators']): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: INDICATOR_COLUMNS.map((c) => tableCell([c.header], c.width, AlignmentType.CENTER, true)),
  });
  const rows = indicators.map((ind, i) => {
    // The ratio behind a percentage is the evidence: show it under the value.
    const result = [ind.value];
    if (ind.numerator !== undefined && ind.denominator !== undefined) {
      result.push(`(${thousands(ind.numerator)}/${thousands(ind.denominator)})`);
    }
    const texts = [[String(i + 1)], [ind.name], [ind.unit], [ind.target], result, [ind.status]];
    return new TableRow({
      cantSplit: true,
      children: INDICATOR_COLUMNS.map((c, k) => tableCell(texts[k] ?? [], c.width, c.align)),
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: INDICATOR_COLUMNS.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows],
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

function closingBlock(r: ConsolidatedReport): Table {
  const left = mm(80);
  const right = TEXT_WIDTH - left;
  const recipients = [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [run('Nơi nhận:', { size: PT.recipientsLabel, bold: true, italics: true })],
    }),
    ...recipientLines(r.recipients).map(
      (line) =>
        new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(line, { size: PT.recipients })] }),
    ),
  ];
  const signature = [
    ...lines([r.signer.title]).map((l) => centred(upper(l), { bold: true })),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => centred('')),
    centred(r.signer.name.trim(), { bold: true }),
  ];
  return borderlessTable([left, right], [[cell(recipients, left), cell(signature, right)]]);
}

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

/** Builds the .docx; the same content always gives the same text (only zip timestamps differ). */
export async function buildConsolidatedReportDocx(report: ConsolidatedReport): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = [
    headerBlock(report),
    centred('BÁO CÁO', { bold: true }, { before: mm(6) }),
    ...lines([report.title]).map((l) => centred(l, { bold: true })),
    rule(TEXT_WIDTH, mm(40)),
  ];

  let n = 0;
  for (const s of report.sections) {
    body.push(heading(`${roman(++n)}. ${nfc(s.heading).trim()}`));
    for (const p of lines(s.paragraphs)) body.push(bodyParagraph(p));
  }
  if (report.indicators.length > 0) {
    body.push(heading(`${roman(++n)}. Kết quả thực hiện các chỉ tiêu`));
    body.push(new Paragraph({ spacing: { before: 0, after: SPACE_6PT }, children: [] }));
    body.push(indicatorTable(report.indicators));
  }
  body.push(heading(`${roman(++n)}. Khó khăn, vướng mắc`));
  body.push(...list(report.difficulties));
  body.push(heading(`${roman(++n)}. Đề xuất, kiến nghị`));
  body.push(...list(report.proposals, true));
  body.push(new Paragraph({ keepNext: true, spacing: { before: SPACE_6PT * 2, after: 0 }, children: [] }));
  body.push(closingBlock(report));

  const doc = new Document({
    creator: 'Lan Tỏa',
    title: nfc(`Báo cáo ${report.title}`),
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
  return new Uint8Array(await Packer.toBuffer(doc));
}
