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
  list,
  mm,
  nfc,
  roman,
  rule,
  SPACE_6PT,
  TEXT_WIDTH,
  tableCell,
} from './decree30.ts';

export { formatNumberLine, formatPlaceAndDate, recipientLines } from './decree30.ts';

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

const INDICATOR_COLUMNS = [
  { header: 'TT', width: 567, align: AlignmentType.CENTER },
  { header: 'Chỉ tiêu', width: 3118, align: AlignmentType.LEFT },
  { header: 'Đơn vị', width: 907, align: AlignmentType.CENTER },
  { header: 'Mục tiêu', width: 1191, align: AlignmentType.CENTER },
  // Room for a ratio such as "(123.456/147.852)" on one line.
  { header: 'Kết quả', width: 2154, align: AlignmentType.CENTER },
  { header: 'Đánh giá', width: TEXT_WIDTH - 567 - 3118 - 907 - 1191 - 2154, align: AlignmentType.CENTER },
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
  body.push(beforeClosing());
  body.push(closingBlock(report.recipients, report.signer));

  const doc = decree30Document(`Báo cáo ${report.title}`, body);
  return new Uint8Array(await Packer.toBuffer(doc));
}
