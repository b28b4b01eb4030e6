import { recordAudit } from '@lantoa/db';
import {
  can,
  type IndicatorMeasure,
  isReportEditable,
  REPORT_STATUSES,
  type ReportStatus,
  reportsIndicator,
  VALUE_PROBLEM_FIELD,
  VALUE_PROBLEM_MESSAGES,
  valueProblem,
} from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type PlainCell, readUploadedWorkbook } from '../files/read-uploaded-workbook.ts';
import type { UploadedFile } from '../files/store-file.ts';
import { loadPeriod, reportingBodies } from './load-report.ts';
import {
  type AuditedValue,
  type ReportValueInput,
  readReportValues,
  valuesAfter,
  writeReportValues,
} from './report-values.ts';
import {
  LEGACY_NUMERATOR_HEADER,
  readTemplateMarker,
  TEMPLATE_COLUMN,
  TEMPLATE_COLUMNS_READ,
  TEMPLATE_HEADER,
  type TemplateField,
  templateSheetName,
} from './values-template.ts';

/** A row that saved nothing, said as the person sees the file: the cell, its column's heading, the body. */
interface RowError {
  row: number;
  /** 'E115'. */
  cell: string;
  /** The column's heading in the template ('Tử số / Số lượng'). */
  column: string;
  /** The same column for programs (the web's table key). */
  field: TemplateField;
  /** The body the row is about; the name as the row writes it when its id is none of the plan's. */
  bodyName: string | null;
  message: string;
}

/** A body whose report is no longer editable: its rows are left as they are, said once. */
interface SkippedBody {
  bodyId: string;
  bodyName: string;
  status: ReportStatus;
  /** Rows whose figures or note differ from the report (what the file would have changed). */
  changedRows: number[];
  message: string;
}

/** What a figure cell holds, read only when its meaning is certain. */
type Figure =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; written: string }
  | { kind: 'ambiguous'; written: string; separator: '.' | ',' }
  | { kind: 'invalid'; written: string };

const cellText = (v: PlainCell | undefined): string => (v === null || v === undefined ? '' : String(v));

/**
 * A figure as typed. A number cell is what Excel understood in the typist's own locale. Text is read
 * in Vietnamese (1.250.000 or 1.250,5) or international (1,250,000 or 1,250.5) notation only when
 * it can mean one thing: "1.250" and "1,250" are a thousand and more in one notation and a little
 * over one in the other, so they are asked about rather than guessed (the guess once stored 1.25
 * for 1,250 and 75 for 7.5).
 */
function readFigure(v: PlainCell | undefined): Figure {
  if (typeof v === 'number') {
    return Number.isFinite(v)
      ? { kind: 'number', value: v, written: String(v).replace('.', ',') }
      : { kind: 'invalid', written: String(v) };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', written: v ? 'TRUE' : 'FALSE' };
  const written = cellText(v).normalize('NFC').replace(/\s+/g, ' ').trim();
  if (written === '') return { kind: 'empty' };
  const sign = written.startsWith('-') ? -1 : 1;
  const digits = written.replace(/^[-+]\s?/, '');
  const number = (plain: string): Figure => ({ kind: 'number', value: sign * Number(plain), written });
  if (/^\d+$/.test(digits)) return number(digits);
  if (/^\d{1,3}( \d{3})+$/.test(digits)) return number(digits.replace(/ /g, ''));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(digits)) return number(digits.replace(/\./g, ''));
  if (/^\d{1,3}(,\d{3}){2,}$/.test(digits)) return number(digits.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(digits)) return number(digits.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(,\d{3})+\.\d+$/.test(digits)) return number(digits.replace(/,/g, ''));
  if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(digits)) {
    return { kind: 'ambiguous', written, separator: digits.includes('.') ? '.' : ',' };
  }
  if (/^\d+[.,]\d+$/.test(digits)) return number(digits.replace(',', '.'));
  return { kind: 'invalid', written };
}

/** A header and a row per body and indicator: 20,000 covers a province's communes many times. */
const MAX_TEMPLATE_ROWS = 20_001;
/** The statuses a body may still change, for the claim below. */
const EDITABLE = REPORT_STATUSES.filter(isReportEditable);
const RACE_MESSAGE =
  'Báo cáo của đơn vị đã gửi hoặc đã được chấp nhận trong lúc đang đọc tệp, nên dòng này chưa được lưu. Hãy xem lại báo cáo của đơn vị.';
/** What a report that is in says, and how it can be changed again (a return, an unlock). */
const STATUS_SAID: Partial<Record<ReportStatus, { said: string; reopen: string }>> = {
  submitted: {
    said: 'Báo cáo đã gửi, đang chờ duyệt, nên không sửa được bằng tệp Excel.',
    reopen: 'Muốn sửa, hãy trả lại báo cáo cho đơn vị rồi nhập lại.',
  },
  accepted: {
    said: 'Báo cáo đã được chấp nhận và khóa nên không sửa được bằng tệp Excel.',
    reopen: 'Muốn sửa, hãy mở khóa báo cáo rồi nhập lại.',
  },
};

function skippedMessage(status: ReportStatus, changedRows: number[]): string {
  const { said, reopen } = STATUS_SAID[status] ?? {
    said: 'Báo cáo không còn sửa được bằng tệp Excel.',
    reopen: 'Hãy tải lại trang để xem trạng thái báo cáo.',
  };
  if (changedRows.length === 0) return `${said} Các dòng của đơn vị trong tệp giữ nguyên như báo cáo.`;
  const rows = changedRows.slice(0, 10).join(', ') + (changedRows.length > 10 ? '…' : '');
  return `${said} ${changedRows.length} dòng có số liệu khác với báo cáo chưa được lưu (dòng ${rows}). ${reopen}`;
}

/** The column a field is in, as the person sees it: its letter and its heading. */
const columnOf = (field: TemplateField) => ({
  letter: String.fromCharCode(65 + TEMPLATE_COLUMN[field]),
  column: (TEMPLATE_HEADER as readonly string[])[TEMPLATE_COLUMN[field]] ?? 'Mã mẫu',
});

/** What is wrong with a figure that is not a whole number ≥ 0 written plainly, or null. */
function figureError(figure: Figure, name: string): string | null {
  switch (figure.kind) {
    case 'empty':
      return null;
    case 'ambiguous': {
      const plain = figure.written.replace(/[.,]/g, '');
      const decimal = figure.written.replace(/[.,]/, ',').replace(/0+$/, '').replace(/,$/, '');
      const mark = figure.separator === '.' ? 'dấu chấm' : 'dấu phẩy';
      return `Không rõ «${figure.written}» là ${plain} hay ${decimal}: ${mark} có thể ngăn cách hàng nghìn hoặc là dấu thập phân. Hãy viết ${name.toLowerCase()} không có dấu chấm, dấu phẩy, ví dụ ${plain}.`;
    }
    case 'invalid':
      return `${name} phải là một số; ô đang ghi «${figure.written.slice(0, 40)}». Hãy chỉ nhập chữ số, ví dụ 1250.`;
    case 'number':
      return Number.isSafeInteger(figure.value)
        ? null
        : `${name} là số người, số đơn vị… nên phải là số nguyên; ô đang ghi «${figure.written}». Hãy nhập số nguyên, không có dấu chấm, dấu phẩy.`;
  }
}

/**
 * The template is this period's: its hidden marker names the period (and plan). A file of another
 * period is refused whole, saying which period it is for; so is a template from before the marker,
 * which cannot say what period its figures belong to.
 */
async function assertTemplateOfPeriod(
  ctx: Context,
  header: PlainCell[] | undefined,
  period: { id: string; label: string },
  plan: { id: string },
) {
  const figureHeader = cellText(header?.[TEMPLATE_COLUMN.numerator]);
  if (
    cellText(header?.[TEMPLATE_COLUMN.bodyId]) !== TEMPLATE_HEADER[0] ||
    (figureHeader !== TEMPLATE_HEADER[4] && figureHeader !== LEGACY_NUMERATOR_HEADER)
  ) {
    throw new AppError(
      'invalid_input',
      'Tệp không đúng mẫu nhập số liệu. Hãy tải mẫu mới rồi điền lại.',
      'file',
    );
  }
  const marker = readTemplateMarker(cellText(header?.[TEMPLATE_COLUMN.marker]));
  if (!marker) {
    throw new AppError(
      'invalid_input',
      `Tệp theo mẫu cũ, không ghi kỳ báo cáo nên không biết số liệu thuộc kỳ nào; chưa lưu số liệu nào. Hãy tải mẫu mới của kỳ «${period.label}» (nút «Tải mẫu Excel»), chép số liệu sang rồi tải lên lại.`,
      'file',
    );
  }
  if (marker.periodId === period.id && marker.planId === plan.id) return;
  // The other period is named only to someone who may read it.
  const other = await loadPeriod(ctx, marker.periodId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  });
  const said = other
    ? `Tệp này là mẫu của kỳ «${other.period.label}»${other.plan.id === plan.id ? '' : ` thuộc kế hoạch «${other.plan.title}»`}, không phải của kỳ «${period.label}» đang chọn`
    : `Tệp này là mẫu của một kỳ báo cáo khác, không phải của kỳ «${period.label}» đang chọn`;
  const then = other
    ? `Hãy tải tệp lên ở kỳ «${other.period.label}»${other.plan.id === plan.id ? '' : ' của kế hoạch đó'}, hoặc tải mẫu của kỳ «${period.label}» rồi điền lại.`
    : `Hãy tải mẫu của kỳ «${period.label}» rồi điền lại.`;
  throw new AppError('invalid_input', `${said}, nên chưa lưu số liệu nào. ${then}`, 'file');
}

const sameNumber = (stored: number | string | null, given: number | null | undefined) =>
  stored === null ? given === null || given === undefined : Number(stored) === given;

/**
 * Reads a filled template of this period (its marker says so; another period's file, or one from
 * before the marker, is refused whole): each row's values go into its body's report (a draft is
 * created when missing); rows with an error are listed by row, column and body and saved nothing,
 * other rows are saved. A row as the report already holds it is left alone (no write, no new
 * version under the feet of someone editing the form).
 * Figures are whole numbers (counts of people, of units): a decimal, or text like "1.250" whose
 * separator could go either way, is an error of its row rather than a guess.
 * A count's row has one figure: a denominator beside it is an error, as a ratio without one is.
 * A row whose numerator and denominator are both blank clears that value, as an indicator left out of
 * the report form does (saveReport): the stored value is deleted and the report's audit shows it
 * before → after null; a blank row with nothing stored changes nothing and creates no draft.
 * Reports already submitted or accepted are not changed and their rows are not errors: each such
 * body is listed once in `skippedBodies`, with the rows whose figures differ from its report. A
 * submit landing while the file is being read is caught too: the report is claimed in the writing
 * transaction by an update that only matches an open report (it locks the row; a concurrent submit
 * then finds its version moved and gets 409), so a report submitted in between is skipped and its
 * changed rows are listed as errors, since the person had no way to know.
 */
export async function importTemplate(ctx: Context, periodId: string, file: UploadedFile) {
  const { period, plan } = await loadPeriod(ctx, periodId);
  const bodies = await reportingBodies(ctx, plan.id);
  // Someone who could write no row gets nothing parsed on their behalf.
  if (!bodies.some((b) => can(ctx.actor, 'updateTasks', b.path))) throw notFound('kỳ báo cáo');
  const sheet = await readUploadedWorkbook(file.bytes, {
    name: file.name,
    sheetName: templateSheetName(period.label),
    columns: TEMPLATE_COLUMNS_READ,
    maxRows: MAX_TEMPLATE_ROWS,
  });
  await assertTemplateOfPeriod(ctx, sheet.rows.find((r) => r.number === 1)?.cells, period, plan);
  if (sheet.rows.length > MAX_TEMPLATE_ROWS)
    throw new AppError('invalid_input', 'Tệp có quá nhiều dòng (tối đa 20.000).', 'file');
  const [indicators, reports, storedValues] = await Promise.all([
    ctx.db
      .selectFrom('indicators')
      .select(['id', 'measure', 'reported_by'])
      .where('plan_id', '=', plan.id)
      .where('source', '=', 'reported')
      .execute(),
    ctx.db.selectFrom('reports').selectAll().where('period_id', '=', period.id).execute(),
    ctx.db
      .selectFrom('indicator_values')
      .select(['body_id', 'indicator_id', 'numerator', 'denominator', 'note'])
      .where('period_id', '=', period.id)
      .execute(),
  ]);
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const reported = new Map<string, IndicatorMeasure>(indicators.map((i) => [i.id, i.measure]));
  const reportedByOf = new Map(indicators.map((i) => [i.id, i.reported_by]));
  const statusOf = new Map(reports.map((r) => [r.body_id, r.status]));
  const storedOf = new Map(storedValues.map((v) => [`${v.body_id}:${v.indicator_id}`, v]));
  const errors: RowError[] = [];
  const locked = new Map<string, SkippedBody>();
  const byBody = new Map<
    string,
    { rows: number[]; values: ReportValueInput[]; clears: { row: number; indicatorId: string }[] }
  >();
  const entryOf = (bodyId: string) => {
    const entry = byBody.get(bodyId) ?? { rows: [], values: [], clears: [] };
    byBody.set(bodyId, entry);
    return entry;
  };
  const seen = new Map<string, number>();
  let unchanged = 0;
  for (const { number, cells } of sheet.rows) {
    if (number === 1) continue;
    const bodyId = cellText(cells[TEMPLATE_COLUMN.bodyId]).trim();
    const indicatorId = cellText(cells[TEMPLATE_COLUMN.indicatorId]).trim();
    const numerator = readFigure(cells[TEMPLATE_COLUMN.numerator]);
    const denominator = readFigure(cells[TEMPLATE_COLUMN.denominator]);
    const note = cellText(cells[TEMPLATE_COLUMN.note]).trim() || null;
    const found = bodyById.get(bodyId);
    const body = found && can(ctx.actor, 'updateTasks', found.path) ? found : undefined;
    const measure = reported.get(indicatorId);
    const stored = storedOf.get(`${bodyId}:${indicatorId}`);
    const blank = numerator.kind === 'empty' && denominator.kind === 'empty';
    // Both figures blank on a row that names no body or indicator of the plan in the person's scope
    // (a blank line, a note under the table): nothing to read, nothing to clear.
    if (blank && !(body && measure)) continue;
    const fail = (field: TemplateField, message: string) => {
      const { letter, column } = columnOf(field);
      const bodyName = body?.name ?? (cellText(cells[TEMPLATE_COLUMN.body]).trim() || null);
      errors.push({ row: number, cell: `${letter}${number}`, column, field, bodyName, message });
    };
    if (!body) {
      fail(
        'bodyId',
        'Mã đơn vị không thuộc kế hoạch hoặc ngoài phạm vi của bạn. Đừng sửa cột mã; hãy chép số liệu vào đúng dòng của đơn vị trong mẫu đã tải.',
      );
      continue;
    }
    if (!measure) {
      fail(
        'indicatorId',
        'Mã chỉ tiêu không thuộc kế hoạch (hoặc là chỉ tiêu tính tự động, không nhập tay). Đừng sửa cột mã; hãy chép số liệu vào đúng dòng của chỉ tiêu trong mẫu đã tải.',
      );
      continue;
    }
    if (!reportsIndicator(reportedByOf.get(indicatorId) ?? [], body.kind)) {
      fail(
        'indicatorId',
        'Chỉ tiêu này không do loại đơn vị này báo cáo nên không nhận số liệu của đơn vị. Hãy bỏ dòng này, hoặc nhờ cơ quan điều phối sửa "Đơn vị báo cáo" của chỉ tiêu.',
      );
      continue;
    }
    const status = statusOf.get(bodyId);
    const asStored =
      stored !== undefined &&
      numerator.kind === 'number' &&
      sameNumber(stored.numerator, numerator.value) &&
      sameNumber(stored.denominator, denominator.kind === 'number' ? denominator.value : null) &&
      denominator.kind !== 'ambiguous' &&
      denominator.kind !== 'invalid' &&
      (stored.note ?? null) === note;
    if (status && !isReportEditable(status)) {
      // Not an error: the report is in. A row that would change it is named in the body's entry.
      const skipped = locked.get(bodyId) ?? {
        bodyId,
        bodyName: body.name,
        status,
        changedRows: [],
        message: '',
      };
      locked.set(bodyId, skipped);
      if (blank ? stored !== undefined : !asStored) skipped.changedRows.push(number);
      continue;
    }
    const key = `${bodyId}:${indicatorId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(
        'indicatorId',
        `Chỉ tiêu này của đơn vị đã có ở dòng ${earlier}; mỗi chỉ tiêu của một đơn vị chỉ nhập ở một dòng. Hãy xóa dòng thừa.`,
      );
      continue;
    }
    seen.set(key, number);
    if (blank) {
      // Both figures blank: the value is cleared, when there is one.
      if (stored) entryOf(bodyId).clears.push({ row: number, indicatorId });
      continue;
    }
    // As the report holds it (a figure stored with decimals before they were refused included): the
    // file changes nothing there.
    if (asStored) {
      unchanged++;
      continue;
    }
    const count = measure === 'count';
    const numeratorName = count ? 'Số lượng' : 'Tử số';
    if (numerator.kind === 'empty') {
      fail(
        'numerator',
        count
          ? `Ô ${numeratorName} đang trống (hoặc là công thức chưa có kết quả). Hãy nhập số lượng vào cột «${TEMPLATE_HEADER[4]}» và để trống cột «Mẫu số»; xóa cả hai ô nếu muốn bỏ số liệu này.`
          : `Ô ${numeratorName} đang trống (hoặc là công thức chưa có kết quả) trong khi ô Mẫu số có số. Hãy nhập tử số, hoặc xóa cả hai ô nếu muốn bỏ số liệu này.`,
      );
      continue;
    }
    const numeratorError = figureError(numerator, numeratorName);
    const denominatorError = figureError(denominator, 'Mẫu số');
    if (numeratorError) fail('numerator', numeratorError);
    if (denominatorError) fail('denominator', denominatorError);
    if (numeratorError || denominatorError || numerator.kind !== 'number') continue;
    const value: ReportValueInput = {
      indicatorId,
      numerator: numerator.value,
      denominator: denominator.kind === 'number' ? denominator.value : null,
      note,
    };
    const problem = valueProblem(value, measure);
    if (problem) {
      fail(
        VALUE_PROBLEM_FIELD[problem],
        problem === 'denominator' && denominator.kind === 'empty'
          ? 'Ô Mẫu số đang trống. Hãy nhập tổng số đối tượng (lớn hơn 0).'
          : VALUE_PROBLEM_MESSAGES[problem].vi,
      );
      continue;
    }
    const entry = entryOf(bodyId);
    entry.rows.push(number);
    entry.values.push(value);
  }
  let saved = 0;
  let cleared = 0;
  let written = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const [bodyId, { rows, values, clears }] of byBody) {
      const existing = await trx
        .selectFrom('reports')
        .select('id')
        .where('period_id', '=', period.id)
        .where('body_id', '=', bodyId)
        .executeTakeFirst();
      const stored: AuditedValue[] = existing ? await readReportValues(trx, existing.id) : [];
      const storedIds = new Set(stored.map((v) => v.indicatorId));
      // Only a value that is stored can be cleared.
      const clearing = clears.filter((c) => storedIds.has(c.indicatorId));
      if (values.length === 0 && clearing.length === 0) continue;
      if (!existing) {
        await trx
          .insertInto('reports')
          .values({ period_id: period.id, body_id: bodyId })
          .onConflict((oc) => oc.columns(['period_id', 'body_id']).doNothing())
          .execute();
      }
      // The guard and the claim in one statement: only an open report is bumped (and locked).
      const open = await trx
        .updateTable('reports')
        .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
        .where('period_id', '=', period.id)
        .where('body_id', '=', bodyId)
        .where('status', 'in', EDITABLE)
        .returning(['id', 'period_id', 'body_id'])
        .executeTakeFirst();
      if (!open) {
        const now = await trx
          .selectFrom('reports')
          .select('status')
          .where('period_id', '=', period.id)
          .where('body_id', '=', bodyId)
          .executeTakeFirst();
        const changedRows = [...rows, ...clearing.map((c) => c.row)].sort((a, b) => a - b);
        const body = bodyById.get(bodyId);
        locked.set(bodyId, {
          bodyId,
          bodyName: body?.name ?? '',
          status: now?.status ?? 'submitted',
          changedRows,
          message: '',
        });
        for (const row of changedRows) {
          const { letter, column } = columnOf('bodyId');
          errors.push({
            row,
            cell: `${letter}${row}`,
            column,
            field: 'bodyId',
            bodyName: body?.name ?? null,
            message: RACE_MESSAGE,
          });
        }
        continue;
      }
      // The values the file changes, before → after (a cleared one with null numbers), on the report.
      const touched = new Set([...values.map((v) => v.indicatorId), ...clearing.map((c) => c.indicatorId)]);
      const before = stored.filter((v) => touched.has(v.indicatorId));
      await recordAudit(trx, {
        actorId: ctx.actor.userId,
        bodyId,
        action: 'report.import_excel',
        entityType: 'report',
        entityId: open.id,
        before: { values: before },
        after: { values: valuesAfter(before, values) },
      });
      if (clearing.length) {
        await trx
          .deleteFrom('indicator_values')
          .where('report_id', '=', open.id)
          .where(
            'indicator_id',
            'in',
            clearing.map((c) => c.indicatorId),
          )
          .execute();
      }
      await writeReportValues(trx, open, values);
      saved += values.length + clearing.length;
      cleared += clearing.length;
      written++;
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: plan.body_id,
      action: 'report.import_excel',
      entityType: 'reporting_period',
      entityId: period.id,
      after: {
        saved,
        cleared,
        unchanged,
        bodies: written,
        skippedLocked: locked.size,
        errors: errors.length,
      },
    });
  });
  errors.sort((a, b) => a.row - b.row || TEMPLATE_COLUMN[a.field] - TEMPLATE_COLUMN[b.field]);
  const skippedBodies = [...locked.values()]
    .map((s) => ({ ...s, message: skippedMessage(s.status, s.changedRows) }))
    .sort((a, b) => a.bodyName.localeCompare(b.bodyName, 'vi'));
  return { saved, unchanged, errors, skipped: skippedBodies.length, skippedBodies };
}
