// A plan as the Word document of a Kế hoạch in the layout of Decree 30/2020/NĐ-CP, ready to be
// signed: the header of the issuing body, "KẾ HOẠCH" and the title, the documents it is based on,
// I. purposes, II. targets, III. tasks as a table, IV. funding, V. organisation (each body's duties
// and the reporting deadlines), "Nơi nhận" and the signature. Every text is a plain run.
import { AlignmentType, Packer, type Paragraph, type Table } from 'docx';
import { formatIndicatorValue } from './consolidated-report.ts';
import {
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
  type IssuerLine,
  lines,
  mm,
  nfc,
  roman,
  rule,
  SPACE_6PT,
  TEXT_WIDTH,
  tableCell,
} from './decree30.ts';

/** Everything the document prints; the server fills it from the published plan. */
export interface PlanDocumentContent {
  issuer: {
    /** The body above the issuer, e.g. "Ủy ban nhân dân tỉnh Tuyên Quang" over a department; null for a people's committee. */
    parent: string | null;
    /** The issuing body as written, e.g. "Ủy ban nhân dân xã Hòa An", "Sở Khoa học và Công nghệ". */
    name: string;
  };
  /** The full number, e.g. "12/KH-UBND", or null while unnumbered (a blank before `symbol`). */
  number: string | null;
  /** The notation after the number, e.g. "KH-UBND". */
  symbol: string;
  /** e.g. "Hòa An". */
  place: string;
  /** ISO "2026-05-27", "2026-05" or "2026" (the rest left blank), or null: all left blank. */
  date: string | null;
  /** The subject under "KẾ HOẠCH", e.g. "Triển khai công tác truyền thông …". */
  title: string;
  /** An italic line under the title, e.g. "(Ban hành kèm theo Quyết định số …)"; null for none. */
  note: string | null;
  /** The documents the plan is based on, in order (the plan it carries out first). */
  basis: PlanBasisDocument[];
  /** Purposes and requirements, one per line; empty prints a neutral line the body edits. */
  purposes: string[];
  targets: PlanDocumentTarget[];
  tasks: PlanDocumentTask[];
  /** "Tổ chức thực hiện": each body named there with its duties. */
  responsibilities: { agency: string; duties: string[] }[];
  reporting: PlanDocumentReporting[];
  /** "Nơi nhận"; the last one is usually "Lưu: VT". */
  recipients: string[];
  signer: {
    /** As the plan wrote it: "Chủ tịch", "Phó Chủ tịch", "Giám đốc"… */
    title: string;
    /** Null while not known: the space stays empty. */
    name: string | null;
  };
}

export interface PlanBasisDocument {
  /** The type's symbol ("NQ", "KH", "QĐ"…), or null: then read from the number. */
  kind: string | null;
  number: string;
  /** ISO, possibly "YYYY-MM" or "YYYY". */
  date: string | null;
  issuer: string | null;
}

export interface PlanDocumentTarget {
  text: string;
  comparator: '=' | '>=' | '<=';
  value: number;
  unit: string;
  year: number | null;
}

export interface PlanDocumentTask {
  /** The numbering as printed in the plan ("III.1.a"); empty gives the row's number. */
  ref: string;
  title: string;
  /** Cơ quan chủ trì, as written. */
  lead: string[];
  /** Cơ quan phối hợp, as written. */
  partners: string[];
  /** Thời gian thực hiện, as written; empty when the plan gives none. */
  timeframe: string;
}

export interface PlanDocumentReporting {
  from: string | null;
  to: string | null;
  day: number | null;
  month: number | null;
  recurrence: 'yearly' | 'once' | null;
  /** The sentence as the plan wrote it, printed when the deadline has no day and month. */
  text: string;
}

const DOCUMENT_KINDS: Record<string, string> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  KH: 'Kế hoạch',
  CT: 'Chỉ thị',
  TT: 'Thông tư',
  NĐ: 'Nghị định',
  CV: 'Công văn',
  TTr: 'Tờ trình',
  HD: 'Hướng dẫn',
  KL: 'Kết luận',
  TB: 'Thông báo',
  CTr: 'Chương trình',
  L: 'Luật',
};

const PEOPLES_COMMITTEE = /^(Ủy|Uỷ) ban nhân dân\s+/iu;

/** dd/mm/yyyy, or mm/yyyy and yyyy for a date known only to its month or year. */
export function formatDocumentDate(iso: string): string {
  const [year, month, day] = iso.trim().split('-');
  return [day, month, year].filter(Boolean).join('/');
}

/** The type's name from its symbol, or from the number's ("57-NQ/TW" → "Nghị quyết"). */
export function documentKindName(kind: string | null, number: string): string {
  const symbol = kind ?? /^[\dA-Za-z.]*[-/](\p{Lu}[\p{L}]*)/u.exec(number.trim())?.[1] ?? '';
  return DOCUMENT_KINDS[symbol] ?? 'Văn bản';
}

/** "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;" */
export function basisLine(basis: PlanBasisDocument): string {
  const date = basis.date ? ` ngày ${formatDocumentDate(basis.date)}` : '';
  const issuer = basis.issuer?.trim() ? ` của ${basis.issuer.trim()}` : '';
  return nfc(
    `Căn cứ ${documentKindName(basis.kind, basis.number)} số ${basis.number.trim()}${date}${issuer};`,
  );
}

const COMPARATOR_WORDS = { '>=': 'Tối thiểu', '<=': 'Tối đa', '=': 'Đạt' } as const;

/** The figure as the target's text may hold it: "1.250" or "1250", "83,5" or "83.5". */
const figureIn = (text: string, value: number): RegExpExecArray | null => {
  const forms = [value.toLocaleString('vi-VN', { maximumFractionDigits: 2 }), String(value)];
  const escaped = forms.map((f) => f.replace(/[.]/g, '\\.'));
  return new RegExp(`(?<![\\d.,])(?:${escaped.join('|')})(?![\\d]|[.,]\\d)`, 'u').exec(text);
};

/**
 * A target as the plan prints it, its comparator in words: "Tối thiểu 80% cán bộ … được tập huấn",
 * "Đạt 100% xã …". A text that states its figure mid-sentence stays as written; one without it gets
 * the figure after it ("…: tối thiểu 2 cuộc").
 */
export function targetLine(target: PlanDocumentTarget): string {
  const text = nfc(target.text)
    .trim()
    .replace(/[.;,:]+$/u, '');
  const word = COMPARATOR_WORDS[target.comparator];
  const figure = formatIndicatorValue(target.value, target.unit);
  const found = figureIn(text, target.value);
  if (found?.index === 0) return `${word} ${text}`;
  if (found) return text.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'));
  return `${text}: ${word.toLocaleLowerCase('vi')} ${figure}`;
}

/** "- a;" lines with the last closed by a full stop, as the items of a plan are printed. */
const itemLines = (texts: string[]): string[] =>
  lines(texts)
    .map((t) => t.replace(/^[-–•+]\s*/u, '').replace(/[;.,]+$/u, ''))
    .filter(Boolean)
    .map((t, i, all) => `- ${t}${i === all.length - 1 ? '.' : ';'}`);

const dayMonth = (day: number, month: number) =>
  `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`;

/** "Các cơ quan, đơn vị báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 05/12 hằng năm." */
export function reportingLine(reporting: PlanDocumentReporting, issuer: string): string {
  if (!reporting.day || !reporting.month) return nfc(reporting.text).trim();
  const from = reporting.from?.trim() || 'Các cơ quan, đơn vị';
  const to = reporting.to?.trim() || issuer;
  const yearly = reporting.recurrence === 'yearly' ? ' hằng năm' : '';
  return nfc(
    `${from.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'))} báo cáo kết quả về ${to} trước ngày ${dayMonth(reporting.day, reporting.month)}${yearly}.`,
  );
}

/**
 * The issuing body top left: a people's committee on two bold lines ("ỦY BAN NHÂN DÂN" / "XÃ HÒA
 * AN"), any other body bold under its superior.
 */
function issuerLines(issuer: PlanDocumentContent['issuer']): IssuerLine[] {
  const parent = issuer.parent?.trim() ? [{ text: issuer.parent, bold: false }] : [];
  const name = nfc(issuer.name).trim();
  const committee = PEOPLES_COMMITTEE.exec(name);
  if (!committee) return [...parent, { text: name, bold: true }];
  return [
    ...parent,
    { text: 'Ủy ban nhân dân', bold: true },
    { text: name.slice(committee[0].length), bold: true },
  ];
}

/**
 * The signer's authority over the signature, one line each: "TM. ỦY BAN NHÂN DÂN" for a people's
 * committee, then "CHỦ TỊCH", or "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH" for a deputy.
 */
export function signerTitle(issuerName: string, title: string): string {
  const lines: string[] = [];
  if (PEOPLES_COMMITTEE.test(nfc(issuerName).trim())) lines.push('TM. Ủy ban nhân dân');
  const t = nfc(title).trim();
  const deputy = /^Phó\s+(.+?)(?:\s+Thường trực)?$/iu.exec(t);
  if (deputy?.[1]) lines.push(`KT. ${deputy[1]}`);
  lines.push(t);
  return lines.join('\n');
}

const TASK_TABLE_SIZE = 24; // 12 pt: five columns on a page's width
const TASK_COLUMNS = [
  { header: 'TT', width: 964, align: AlignmentType.CENTER },
  { header: 'Nhiệm vụ', width: 3061, align: AlignmentType.LEFT },
  { header: 'Cơ quan chủ trì', width: 1871, align: AlignmentType.LEFT },
  { header: 'Cơ quan phối hợp', width: 1871, align: AlignmentType.LEFT },
  {
    header: 'Thời gian thực hiện',
    width: TEXT_WIDTH - 964 - 3061 - 1871 - 1871,
    align: AlignmentType.CENTER,
  },
] as const;

function taskTable(tasks: PlanDocumentTask[]): Table {
  const rows = tasks.map((task, i) => {
    const texts = [
      [task.ref.trim() || String(i + 1)],
      lines([task.title]),
      lines(task.lead),
      lines(task.partners),
      lines([task.timeframe]),
    ];
    return TASK_COLUMNS.map((c, k) => tableCell(texts[k] ?? [], c.width, c.align, { size: TASK_TABLE_SIZE }));
  });
  return borderedTable(TASK_COLUMNS, rows, TASK_TABLE_SIZE);
}

/** Targets by the year they are due, in order; more than one year gives each its own heading. */
function targetParagraphs(targets: PlanDocumentTarget[]): Paragraph[] {
  if (targets.length === 0) return [bodyParagraph('Kế hoạch không có mục tiêu định lượng.')];
  const years = [...new Set(targets.map((t) => t.year))].sort((a, b) => (a ?? 0) - (b ?? 0));
  if (years.length === 1) return itemLines(targets.map(targetLine)).map((l) => bodyParagraph(l));
  return years.flatMap((year, i) => [
    heading(`${i + 1}. ${year === null ? 'Trong thời gian thực hiện Kế hoạch' : `Đến năm ${year}`}`),
    ...itemLines(targets.filter((t) => t.year === year).map(targetLine)).map((l) => bodyParagraph(l)),
  ]);
}

const NEUTRAL_PURPOSES = [
  'Cụ thể hóa các nhiệm vụ, giải pháp để tổ chức thực hiện hiệu quả các văn bản nêu trên; xác định rõ nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện',
  'Các cơ quan, đơn vị chủ động, phối hợp chặt chẽ trong tổ chức thực hiện; định kỳ báo cáo kết quả theo quy định',
];

const FUNDING =
  'Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành, lồng ghép trong các chương trình, đề án có liên quan và các nguồn kinh phí hợp pháp khác (nếu có).';

function organisation(plan: PlanDocumentContent): Paragraph[] {
  const out: Paragraph[] = [];
  let n = 0;
  for (const r of plan.responsibilities) {
    if (!nfc(r.agency).trim()) continue;
    out.push(heading(`${++n}. ${nfc(r.agency).trim()}`));
    out.push(...itemLines(r.duties).map((l) => bodyParagraph(l)));
  }
  const reporting = plan.reporting.map((r) => reportingLine(r, plan.issuer.name)).filter(Boolean);
  if (reporting.length > 0) {
    out.push(heading(`${++n}. Chế độ báo cáo`));
    out.push(...reporting.map((l) => bodyParagraph(l)));
  }
  if (n === 0) {
    out.push(
      bodyParagraph(
        'Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Kế hoạch này chủ động xây dựng kế hoạch, tổ chức thực hiện và báo cáo kết quả theo quy định.',
      ),
    );
  }
  out.push(
    bodyParagraph(
      `Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo về ${nfc(plan.issuer.name).trim()} để xem xét, giải quyết./.`,
      true,
    ),
  );
  return out;
}

/** Builds the .docx; the same plan always gives the same text (only zip timestamps differ). */
export async function buildPlanDocumentDocx(plan: PlanDocumentContent): Promise<Uint8Array> {
  const issuerName = nfc(plan.issuer.name).trim();
  const body: (Paragraph | Table)[] = [
    headerBlock({
      issuer: issuerLines(plan.issuer),
      numberLine: formatNumberLine(plan.number, plan.symbol),
      placeAndDate: formatPlaceAndDate(plan.place, plan.date),
    }),
    centred('KẾ HOẠCH', { bold: true }, { before: mm(6) }),
    ...lines([plan.title]).map((l) => centred(l, { bold: true })),
    ...lines([plan.note ?? '']).map((l) => centred(l, { italics: true })),
    rule(TEXT_WIDTH, mm(40)),
    ...plan.basis.map((b) => bodyParagraph(basisLine(b))),
    bodyParagraph(`${issuerName} ban hành Kế hoạch với các nội dung sau:`),
  ];
  let n = 0;
  body.push(heading(`${roman(++n)}. MỤC ĐÍCH, YÊU CẦU`));
  const purposes = lines(plan.purposes);
  body.push(...itemLines(purposes.length ? purposes : NEUTRAL_PURPOSES).map((l) => bodyParagraph(l)));
  body.push(heading(`${roman(++n)}. MỤC TIÊU`));
  body.push(...targetParagraphs(plan.targets));
  body.push(heading(`${roman(++n)}. NHIỆM VỤ`));
  if (plan.tasks.length > 0) {
    body.push(centred('', {}, { after: SPACE_6PT }));
    body.push(taskTable(plan.tasks));
  } else {
    body.push(bodyParagraph('Kế hoạch chưa có nhiệm vụ.'));
  }
  body.push(heading(`${roman(++n)}. KINH PHÍ`));
  body.push(bodyParagraph(FUNDING));
  body.push(heading(`${roman(++n)}. TỔ CHỨC THỰC HIỆN`));
  body.push(...organisation(plan));
  body.push(beforeClosing());
  body.push(
    closingBlock(plan.recipients, {
      title: signerTitle(issuerName, plan.signer.title),
      name: plan.signer.name ?? '',
    }),
  );
  const doc = decree30Document(`Kế hoạch ${plan.title}`, body);
  return new Uint8Array(await Packer.toBuffer(doc));
}
