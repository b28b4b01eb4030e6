// The yearly review (sơ kết năm) and the final review (tổng kết) of a plan as a Word document in the
// layout of Decree 30/2020/NĐ-CP (Appendix I), like the consolidated report: issuer, national title
// and motto, number, place and date, "BÁO CÁO" and its subject, the opening, sections I., II. and their
// parts 1., 2., the review's tables where its parts place them, "Nơi nhận" and the signature.
import { sumBudget } from '@lantoa/domain/constants';
import { AlignmentType, Packer, Paragraph, type Table } from 'docx';
import type { ConsolidatedReport } from './consolidated-report.ts';
import {
  type Align,
  beforeClosing,
  bodyParagraph,
  borderedTable,
  centred,
  closingBlock,
  decree30Document,
  formatNumberLine,
  formatPlaceAndDate,
  headerBlock,
  heading,
  lines,
  mm,
  nfc,
  PT,
  roman,
  rule,
  run,
  SPACE_6PT,
  TEXT_WIDTH,
  tableCell,
} from './decree30.ts';

/** The review's tables, each placed after the part that names it. */
export const REVIEW_TABLES = ['results', 'trend', 'tasks', 'budget', 'honours'] as const;
export type ReviewTable = (typeof REVIEW_TABLES)[number];

/** A numbered part of a section (1., 2., …); it may place one of the review's tables after its text. */
export interface ReviewPart {
  heading: string;
  paragraphs: string[];
  table?: ReviewTable | undefined;
}

type IndicatorRow = ConsolidatedReport['indicators'][number];

/**
 * An indicator against its targets: the consolidated report's row for the review's year (or the last
 * year), and the plan's end (2030).
 */
export interface ReviewResultRow extends IndicatorRow {
  /** The target of the plan's end (2030), e.g. "≥ 80% (2030)", or "—". */
  finalTarget: string;
  /** The latest value against that target ("Đạt", "Chậm so với lộ trình"…). */
  finalStatus: string;
}

/** An indicator year by year: its value and standing in each year of the review. */
export interface ReviewTrendRow {
  name: string;
  unit: string;
  /** One per year of `ReviewReport.years`, in order; a year with no figure has the value "—". */
  years: { year: number; value: string; status: string }[];
  /** Against the year before: "Tăng 5,2 điểm %", "Giảm 3 cuộc", "Không đổi", or "—". */
  change: string;
}

/** Work (a body's part of a task, due once) due in a year, by where it stands. */
export interface ReviewTaskYear {
  year: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  overdue: number;
}

/** Money by funding source, whole đồng. */
export interface ReviewBudgetRow {
  /** The source as the table prints it ("Ngân sách tỉnh", "Xã hội hóa"…). */
  source: string;
  estimated: number;
  approved: number;
  allocated: number;
  spent: number;
}

/** A body or a person honoured, with the decision. */
export interface ReviewHonourRow {
  /** "Xã Hòa An", or "Ông Nguyễn Văn A, Trưởng thôn (Xã Hòa An)". */
  name: string;
  /** "Giấy khen", "Bằng khen". */
  form: string;
  /** "Quyết định số 12/QĐ-UBND ngày 05/12/2026". */
  decision: string;
}

/** The editable content of a yearly or final review; everything printed comes from here. */
export interface ReviewReport {
  kind: 'yearly' | 'final';
  /** The years the review covers, in order: the trend table's columns and the task table's rows. */
  years: number[];
  /** The yearly review's year, the final review's last. */
  year: number;
  /** The year of the plan's end, whose targets the results are also measured against. */
  endYear: number;
  issuer: { parent: string; name: string };
  /** The full number, or null while unnumbered ("Số:      /BC-SKHCN"). */
  number: string | null;
  symbol: string;
  place: string;
  /** ISO date, or "YYYY-MM" / "YYYY" to be dated when signed. */
  date: string;
  /** The subject line under "BÁO CÁO": "Sơ kết năm 2026 thực hiện Kế hoạch số …". */
  title: string;
  opening: string;
  /** Numbered I, II, … and their parts 1, 2, … by the builder: headings come without numbers. */
  sections: { heading: string; paragraphs: string[]; parts: ReviewPart[] }[];
  results: ReviewResultRow[];
  trend: ReviewTrendRow[];
  tasks: ReviewTaskYear[];
  budget: ReviewBudgetRow[];
  honours: ReviewHonourRow[];
  recipients: string[];
  signer: { title: string; name: string };
}

/** A whole number with Vietnamese separators: 1.234.567. */
export const formatWhole = (n: number): string => Math.round(n).toLocaleString('vi-VN');

/** "83,3%" of a part over a whole, or "—" when there is no whole. */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${((part / whole) * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}

/** Work due by now: done (on time or late) or overdue; what is not due yet is not judged. */
export const dueSoFar = (y: ReviewTaskYear): number => y.doneOnTime + y.doneLate + y.overdue;

/** The row that adds up work of several years. */
export function taskTotals(years: readonly ReviewTaskYear[]): Omit<ReviewTaskYear, 'year'> {
  const sum = (pick: (y: ReviewTaskYear) => number) => years.reduce((n, y) => n + pick(y), 0);
  return {
    doneOnTime: sum((y) => y.doneOnTime),
    doneLate: sum((y) => y.doneLate),
    inProgress: sum((y) => y.inProgress),
    overdue: sum((y) => y.overdue),
  };
}

type Column = { header: string; width: number; align: Align };

/** Columns of the widths given; the one without a width (the indicator's name) takes what is left. */
function columns(spec: [string, number | null, Align][]): Column[] {
  const used = spec.reduce((n, [, width]) => n + (width ?? 0), 0);
  return spec.map(([header, width, align]) => ({ header, width: width ?? TEXT_WIDTH - used, align }));
}

const { LEFT, CENTER, RIGHT } = AlignmentType;
// The review's tables have more columns than the consolidated report's: 12 pt keeps a percentage and
// a standing such as "Đúng lộ trình" within a column of 2 cm. Values carry their unit ("80%", "12
// cuộc"), so no column is spent on it.
const SMALL = PT.recipientsLabel;
// "TT" on one line at 12 pt bold, with the cell's margins.
const NUMBER = 567;

function rowsOf(cols: Column[], texts: string[][][], size = SMALL, bold = false) {
  return texts.map((row) => cols.map((c, k) => tableCell(row[k] ?? [], c.width, c.align, { size, bold })));
}

function resultsTable(r: ReviewReport): Table {
  const ratio = (row: ReviewResultRow) =>
    row.numerator !== undefined && row.denominator !== undefined
      ? [`(${formatWhole(row.numerator)}/${formatWhole(row.denominator)})`]
      : [];
  if (r.kind === 'final') {
    const cols = columns([
      ['TT', NUMBER, CENTER],
      ['Chỉ tiêu', null, LEFT],
      [`Mục tiêu đến năm ${r.endYear}`, 1587, CENTER],
      [`Kết quả năm ${r.year}`, 1871, CENTER],
      ['Đánh giá', 1361, CENTER],
    ]);
    const texts = r.results.map((row, i) => [
      [String(i + 1)],
      [row.name],
      [row.finalTarget],
      [row.value, ...ratio(row)],
      [row.finalStatus],
    ]);
    return borderedTable(cols, rowsOf(cols, texts), SMALL);
  }
  const cols = columns([
    ['TT', NUMBER, CENTER],
    ['Chỉ tiêu', null, LEFT],
    [`Mục tiêu năm ${r.year}`, 1134, CENTER],
    [`Kết quả năm ${r.year}`, 1361, CENTER],
    ['Đánh giá', 1077, CENTER],
    [`Mục tiêu đến năm ${r.endYear}`, 1134, CENTER],
    [`So với mục tiêu năm ${r.endYear}`, 1077, CENTER],
  ]);
  const texts = r.results.map((row, i) => [
    [String(i + 1)],
    [row.name],
    [row.target],
    [row.value, ...ratio(row)],
    [row.status],
    [row.finalTarget],
    [row.finalStatus],
  ]);
  return borderedTable(cols, rowsOf(cols, texts), SMALL);
}

function trendTable(r: ReviewReport): Table {
  const change = 1361;
  // A year's column holds "100%" over "Đúng lộ trình"; the name keeps at least 5 cm.
  const perYear = Math.min(
    1474,
    Math.floor((TEXT_WIDTH - NUMBER - mm(50) - change) / Math.max(1, r.years.length)),
  );
  const cols = columns([
    ['TT', NUMBER, CENTER],
    ['Chỉ tiêu', null, LEFT],
    ...r.years.map((year): [string, number, Align] => [`Năm ${year}`, perYear, CENTER]),
    ['So với năm trước', change, CENTER],
  ]);
  // Four years or more in narrow columns: 11 pt.
  const size = r.years.length > 3 ? PT.recipients : SMALL;
  const texts = r.trend.map((row, i) => [
    [String(i + 1)],
    [row.name],
    ...r.years.map((year) => {
      const cell = row.years.find((y) => y.year === year);
      return cell ? [cell.value, ...(cell.status ? [cell.status] : [])] : ['—'];
    }),
    [row.change],
  ]);
  return borderedTable(cols, rowsOf(cols, texts, size), size);
}

function tasksTable(r: ReviewReport): Table {
  const cols = columns([
    ['Năm', 1020, CENTER],
    ['Phần việc đến hạn', 1304, CENTER],
    ['Hoàn thành đúng hạn', 1304, CENTER],
    ['Hoàn thành quá hạn', 1304, CENTER],
    ['Chưa đến hạn', 1304, CENTER],
    ['Quá hạn chưa hoàn thành', 1474, CENTER],
    ['Tỷ lệ đúng hạn', null, CENTER],
  ]);
  const cells = (label: string, y: Omit<ReviewTaskYear, 'year'>) => [
    [label],
    [formatWhole(y.doneOnTime + y.doneLate + y.inProgress + y.overdue)],
    [formatWhole(y.doneOnTime)],
    [formatWhole(y.doneLate)],
    [formatWhole(y.inProgress)],
    [formatWhole(y.overdue)],
    [formatShare(y.doneOnTime, dueSoFar({ year: 0, ...y }))],
  ];
  const rows = rowsOf(
    cols,
    r.tasks.map((y) => cells(String(y.year), y)),
  );
  if (r.tasks.length > 1) rows.push(...rowsOf(cols, [cells('Cộng', taskTotals(r.tasks))], SMALL, true));
  return borderedTable(cols, rows, SMALL);
}

function budgetTable(r: ReviewReport): Table {
  const cols = columns([
    ['TT', NUMBER, CENTER],
    ['Nguồn kinh phí', null, LEFT],
    ['Dự toán', 1644, RIGHT],
    ['Được phê duyệt', 1644, RIGHT],
    ['Đã cấp', 1644, RIGHT],
    ['Đã sử dụng', 1644, RIGHT],
  ]);
  const money = (row: Omit<ReviewBudgetRow, 'source'>) => [
    [formatWhole(row.estimated)],
    [formatWhole(row.approved)],
    [formatWhole(row.allocated)],
    [formatWhole(row.spent)],
  ];
  const rows = rowsOf(
    cols,
    r.budget.map((row, i) => [[String(i + 1)], [row.source], ...money(row)]),
  );
  rows.push(...rowsOf(cols, [[[''], ['Tổng cộng'], ...money(sumBudget(r.budget))]], SMALL, true));
  return borderedTable(cols, rows, SMALL);
}

function honoursTable(r: ReviewReport): Table {
  const cols = columns([
    ['TT', NUMBER, CENTER],
    ['Tập thể, cá nhân', 3515, LEFT],
    ['Hình thức', 1587, CENTER],
    ['Quyết định khen thưởng', null, LEFT],
  ]);
  const texts = r.honours.map((h, i) => [[String(i + 1)], [h.name], [h.form], [h.decision]]);
  return borderedTable(cols, rowsOf(cols, texts), SMALL);
}

const TABLE_TITLES: Record<ReviewTable, string> = {
  results: 'Kết quả thực hiện các chỉ tiêu',
  trend: 'Xu hướng các chỉ tiêu qua các năm',
  tasks: 'Tình hình thực hiện nhiệm vụ qua các năm',
  budget: 'Kinh phí thực hiện',
  honours: 'Tập thể, cá nhân được khen thưởng',
};

const hasRows = (r: ReviewReport, table: ReviewTable): boolean => r[table].length > 0;

const BUILDERS: Record<ReviewTable, (r: ReviewReport) => Table> = {
  results: resultsTable,
  trend: trendTable,
  tasks: tasksTable,
  budget: budgetTable,
  honours: honoursTable,
};

/** A table after a heading: the space a paragraph would leave (or the unit of money), then the table. */
function tableOf(r: ReviewReport, table: ReviewTable): (Paragraph | Table)[] {
  if (!hasRows(r, table)) return [];
  const before =
    table === 'budget'
      ? new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { before: SPACE_6PT, after: 60 },
          keepNext: true,
          children: [run('Đơn vị tính: đồng', { italics: true, size: SMALL })],
        })
      : new Paragraph({ spacing: { before: 0, after: SPACE_6PT }, children: [] });
  return [before, BUILDERS[table](r)];
}

/** The text of the review's last paragraph, when it ends on one (not on a table or heading). */
function lastParagraphText(r: ReviewReport): string | null {
  const section = r.sections.at(-1);
  if (!section) return lines([r.opening]).at(-1) ?? null;
  const part = section.parts.at(-1);
  if (!part) return lines(section.paragraphs).at(-1) ?? null;
  return part.table && hasRows(r, part.table) ? null : (lines(part.paragraphs).at(-1) ?? null);
}

/** Builds the .docx; the same content always gives the same text (only zip timestamps differ). */
export async function buildReviewReportDocx(r: ReviewReport): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = [
    headerBlock({
      issuer: [
        { text: r.issuer.parent, bold: false },
        { text: r.issuer.name, bold: true },
      ],
      numberLine: formatNumberLine(r.number, r.symbol),
      placeAndDate: formatPlaceAndDate(r.place, r.date),
    }),
    centred('BÁO CÁO', { bold: true }, { before: mm(6) }),
    ...lines([r.title]).map((l) => centred(l, { bold: true })),
    rule(TEXT_WIDTH, mm(40)),
    ...lines([r.opening]).map((p) => bodyParagraph(p)),
  ];

  const placed = new Set<ReviewTable>();
  r.sections.forEach((section, n) => {
    body.push(heading(`${roman(n + 1)}. ${nfc(section.heading).trim()}`));
    for (const p of lines(section.paragraphs)) body.push(bodyParagraph(p));
    section.parts.forEach((part, k) => {
      body.push(heading(`${k + 1}. ${nfc(part.heading).trim()}`));
      for (const p of lines(part.paragraphs)) body.push(bodyParagraph(p));
      if (part.table && !placed.has(part.table)) {
        placed.add(part.table);
        body.push(...tableOf(r, part.table));
      }
    });
  });
  // A table no part names still goes in, in a section of its own (a draft edited down to its texts).
  let next = r.sections.length + 1;
  for (const table of REVIEW_TABLES) {
    if (placed.has(table) || !hasRows(r, table)) continue;
    body.push(heading(`${roman(next++)}. ${TABLE_TITLES[table]}`));
    body.push(...tableOf(r, table));
  }
  // The last paragraph stays on the signature's page: the signature never stands alone.
  const last = body.length - 1;
  const lastText = lastParagraphText(r);
  if (next === r.sections.length + 1 && lastText !== null && body[last] instanceof Paragraph)
    body[last] = bodyParagraph(lastText, true);
  body.push(beforeClosing());
  body.push(closingBlock(r.recipients, r.signer));

  const doc = decree30Document(`Báo cáo ${r.title}`, body);
  return new Uint8Array(await Packer.toBuffer(doc));
}
