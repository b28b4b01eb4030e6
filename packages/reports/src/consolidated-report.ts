// The consolidated report as a Word document in the layout of Decree 30/2020/NĐ-CP (Appendix I):
// A4, Times New Roman, margins 20/20/30/15 mm, issuing body top left, national title and motto top
// right, number and place-and-date under them, title, body, "Nơi nhận" and signature at the end.
import { AlignmentType, Packer, Paragraph, type Table } from 'docx';
import {
  beforeClosing,
  bodyParagraph,
  borderedTable,
  centred,
  closingBlock,
  decree30Document,
  formatNumberLine,
  formatPlaceAndDate,
  headerBlock as headerBlockOf,
  heading,
  lines,
  mm,
  nfc,
  roman,
  rule,
  run,
  SPACE_6PT,
  TEXT_WIDTH,
  tableCell,
} from './decree30.ts';

export { formatNumberLine, formatPlaceAndDate, recipientLines } from './decree30.ts';

/** A row of the task-progress table: one task of the plan with work due in the period. */
export interface TaskProgressRow {
  /** The task's reference in the plan ("II.3") and title. */
  title: string;
  /** The bodies behind it: its leads, e.g. "Sở Văn hóa, Thể thao và Du lịch; Xã Hòa An và 12 đơn vị khác". */
  bodies: string;
  /** Due dates in the period, dd/mm/yyyy ("31/12/2026", or "30/9/2026 – 31/12/2026"). */
  due: string;
  /** Where the task stands, e.g. "Hoàn thành đúng hạn", "Quá hạn: 3/10 đơn vị". */
  state: string;
}

/** The report's tables, each printed once, where a section or a part places it. */
export type ReportTable = 'tasks' | 'indicators' | 'budget';

/** A numbered part of a section (1., 2., …); it may hold one of the report's tables after its text. */
export interface ReportPart {
  heading: string;
  paragraphs: string[];
  /** Where the task-progress, the indicator or the budget table stands, after the part's paragraphs. */
  table?: ReportTable | undefined;
}

/** A row of the budget table: one funding source and its money in the year, whole đồng. */
export interface BudgetSourceRow {
  /** The source's name: "Ngân sách tỉnh", "Xã hội hóa"… */
  source: string;
  estimated: number;
  approved: number;
  allocated: number;
  spent: number;
}

/** The editable content of a consolidated report; everything printed comes from here. */
export interface ConsolidatedReport {
  issuer: {
    /** The body above the issuer, e.g. "UBND TỈNH TUYÊN QUANG"; printed upper case on one line. */
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
  /** The subject line under "BÁO CÁO", short and in sentence case. */
  title: string;
  /** The paragraph before section I: "Thực hiện Kế hoạch số …, Sở … báo cáo … như sau:". */
  opening: string;
  /**
   * Numbered I, II, … and their parts 1, 2, … by the builder: give headings without numbers. A
   * paragraph that starts with "- " or "+ " is a list item and printed as written.
   */
  sections: {
    heading: string;
    paragraphs: string[];
    parts: ReportPart[];
    /** A table the section places after its own paragraphs, before its parts (the budget's). */
    table?: ReportTable | undefined;
  }[];
  tasks: TaskProgressRow[];
  indicators: {
    name: string;
    unit: string;
    /** e.g. "≥ 80% (2026)", "≥ 2 dự án (2026)" (formatIndicatorTarget). */
    target: string;
    /** e.g. "83,5%", "1.250 lượt người" (formatIndicatorValue). */
    value: string;
    /** A ratio's figures, printed under its value; a count has none. */
    numerator?: number | undefined;
    denominator?: number | undefined;
    /** e.g. "Đạt", "Đúng lộ trình". */
    status: string;
  }[];
  /**
   * The budget of the period's year by funding source (estimated, approved by the finance department,
   * allocated, spent), printed with a totals row; absent or empty: no budget table.
   */
  budget?: BudgetSourceRow[] | undefined;
  /** "Nơi nhận"; the last one is usually "Lưu: VT, …". */
  recipients: string[];
  signer: {
    /** "GIÁM ĐỐC", or "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" (one line each). */
    title: string;
    name: string;
  };
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
  return headerBlockOf({
    issuer: [
      { text: r.issuer.parent, bold: false },
      { text: r.issuer.name, bold: true },
    ],
    numberLine: formatNumberLine(r.number, r.symbol),
    placeAndDate: formatPlaceAndDate(r.place, r.date),
  });
}

// Widths in twips: "Đơn vị" and "Mục tiêu" fit their header on one line at 13 pt bold (the clerk saw
// "Đơn / vị"); the indicator's name, printed in full, wraps in what is left.
const INDICATOR_COLUMNS = [
  { header: 'TT', width: 567, align: AlignmentType.CENTER },
  { header: 'Chỉ tiêu', width: 2721, align: AlignmentType.LEFT },
  { header: 'Đơn vị', width: 1134, align: AlignmentType.CENTER },
  { header: 'Mục tiêu', width: 1417, align: AlignmentType.CENTER },
  // Room for a ratio such as "(123.456/147.852)" on one line.
  { header: 'Kết quả', width: 2154, align: AlignmentType.CENTER },
  { header: 'Đánh giá', width: TEXT_WIDTH - 567 - 2721 - 1134 - 1417 - 2154, align: AlignmentType.CENTER },
] as const;

function indicatorTable(indicators: ConsolidatedReport['indicators']): Table {
  const rows = indicators.map((ind, i) => {
    // The ratio behind a percentage is the evidence: show it under the value.
    const result = [ind.value];
    if (ind.numerator !== undefined && ind.denominator !== undefined) {
      result.push(`(${thousands(ind.numerator)}/${thousands(ind.denominator)})`);
    }
    const texts = [[String(i + 1)], [ind.name], [ind.unit], [ind.target], result, [ind.status]];
    return INDICATOR_COLUMNS.map((c, k) => tableCell(texts[k] ?? [], c.width, c.align));
  });
  return borderedTable(INDICATOR_COLUMNS, rows);
}

// "Thời hạn" holds a date such as "31/12/2026" on one line at 13 pt.
const TASK_COLUMNS = [
  { header: 'TT', width: 567, align: AlignmentType.CENTER },
  { header: 'Nhiệm vụ', width: 3118, align: AlignmentType.LEFT },
  { header: 'Đơn vị thực hiện', width: 2268, align: AlignmentType.LEFT },
  { header: 'Thời hạn', width: 1474, align: AlignmentType.CENTER },
  { header: 'Kết quả', width: TEXT_WIDTH - 567 - 3118 - 2268 - 1474, align: AlignmentType.LEFT },
] as const;

function taskTable(tasks: ConsolidatedReport['tasks']): Table {
  const rows = tasks.map((task, i) => {
    const texts = [[String(i + 1)], [task.title], [task.bodies], [task.due], [task.state]];
    return TASK_COLUMNS.map((c, k) => tableCell(texts[k] ?? [], c.width, c.align));
  });
  return borderedTable(TASK_COLUMNS, rows);
}

/** Whole đồng with Vietnamese separators: "1.234.567". */
const dong = (n: number): string => Math.round(n).toLocaleString('vi-VN', { maximumFractionDigits: 0 });

// The source's name wraps; each amount holds "100.000.000.000" on one line at 13 pt.
const BUDGET_AMOUNT_WIDTH = 1701;
const BUDGET_COLUMNS = [
  { header: 'TT', width: 567, align: AlignmentType.CENTER },
  { header: 'Nguồn kinh phí', width: TEXT_WIDTH - 567 - 4 * BUDGET_AMOUNT_WIDTH, align: AlignmentType.LEFT },
  { header: 'Dự toán', width: BUDGET_AMOUNT_WIDTH, align: AlignmentType.RIGHT },
  { header: 'Thẩm định', width: BUDGET_AMOUNT_WIDTH, align: AlignmentType.RIGHT },
  { header: 'Được giao', width: BUDGET_AMOUNT_WIDTH, align: AlignmentType.RIGHT },
  { header: 'Đã chi', width: BUDGET_AMOUNT_WIDTH, align: AlignmentType.RIGHT },
] as const;

/** The budget by source, with its totals row in bold. */
function budgetTable(rows: BudgetSourceRow[]): Table {
  const total = rows.reduce(
    (sum, r) => ({
      estimated: sum.estimated + r.estimated,
      approved: sum.approved + r.approved,
      allocated: sum.allocated + r.allocated,
      spent: sum.spent + r.spent,
    }),
    { estimated: 0, approved: 0, allocated: 0, spent: 0 },
  );
  const line = (texts: string[], bold: boolean) =>
    BUDGET_COLUMNS.map((c, k) => tableCell([texts[k] ?? ''], c.width, c.align, { bold }));
  const amounts = (r: Omit<BudgetSourceRow, 'source'>) =>
    [r.estimated, r.approved, r.allocated, r.spent].map(dong);
  return borderedTable(BUDGET_COLUMNS, [
    ...rows.map((r, i) => line([String(i + 1), r.source, ...amounts(r)], false)),
    line(['', 'Tổng cộng', ...amounts(total)], true),
  ]);
}

/** A table after a heading: the space a paragraph would leave (the unit, for money), then the table. */
function tableOf(report: ConsolidatedReport, table: ReportTable): (Paragraph | Table)[] {
  const spacer = new Paragraph({ spacing: { before: 0, after: SPACE_6PT }, children: [] });
  if (table === 'tasks') return report.tasks.length ? [spacer, taskTable(report.tasks)] : [];
  if (table === 'budget') {
    const unit = new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: SPACE_6PT, after: 60 },
      children: [run('Đơn vị tính: đồng', { italics: true, size: 26 })],
    });
    return report.budget?.length ? [unit, budgetTable(report.budget)] : [];
  }
  return report.indicators.length ? [spacer, indicatorTable(report.indicators)] : [];
}

/** Where each table goes when no section or part places it, and its section's heading. */
const UNPLACED_TITLES: Record<ReportTable, string> = {
  tasks: 'Tiến độ thực hiện nhiệm vụ',
  indicators: 'Kết quả thực hiện các chỉ tiêu',
  budget: 'Kinh phí thực hiện',
};

/** The text of the report's last paragraph, when the report ends on one (not on a table or heading). */
function lastParagraphText(report: ConsolidatedReport): string | null {
  const section = report.sections.at(-1);
  if (!section) return lines([report.opening]).at(-1) ?? null;
  const part = section.parts.at(-1);
  if (!part) return section.table ? null : (lines(section.paragraphs).at(-1) ?? null);
  return part.table ? null : (lines(part.paragraphs).at(-1) ?? null);
}

/** Builds the .docx; the same content always gives the same text (only zip timestamps differ). */
export async function buildConsolidatedReportDocx(report: ConsolidatedReport): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = [
    headerBlock(report),
    centred('BÁO CÁO', { bold: true }, { before: mm(6) }),
    ...lines([report.title]).map((l) => centred(l, { bold: true })),
    rule(TEXT_WIDTH, mm(40)),
    ...lines([report.opening]).map((p) => bodyParagraph(p)),
  ];

  const placed = new Set<ReportTable>();
  const place = (table: ReportTable | undefined) => {
    if (!table || placed.has(table)) return;
    placed.add(table);
    body.push(...tableOf(report, table));
  };
  report.sections.forEach((section, n) => {
    body.push(heading(`${roman(n + 1)}. ${nfc(section.heading).trim()}`));
    for (const p of lines(section.paragraphs)) body.push(bodyParagraph(p));
    place(section.table);
    section.parts.forEach((part, k) => {
      body.push(heading(`${k + 1}. ${nfc(part.heading).trim()}`));
      for (const p of lines(part.paragraphs)) body.push(bodyParagraph(p));
      place(part.table);
    });
  });
  // A table no section or part names still goes in, in a section of its own (a draft edited down to
  // its texts).
  let extra = report.sections.length;
  for (const table of ['tasks', 'indicators', 'budget'] as const) {
    if (placed.has(table) || !tableOf(report, table).length) continue;
    body.push(heading(`${roman(++extra)}. ${UNPLACED_TITLES[table]}`));
    place(table);
  }
  // The last paragraph stays on the signature's page: the signature never stands alone.
  const last = body.length - 1;
  const lastText = lastParagraphText(report);
  if (lastText !== null && body[last] instanceof Paragraph) body[last] = bodyParagraph(lastText, true);
  body.push(beforeClosing());
  body.push(closingBlock(report.recipients, report.signer));

  const doc = decree30Document(`Báo cáo ${report.title}`, body);
  return new Uint8Array(await Packer.toBuffer(doc));
}
