import { recordAudit } from '@lantoa/db';
import { SCIENCE_TASK_LIMITS as L, millionsToVnd } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { scienceTaskAudit } from '../../rows/science-task.ts';
import type { PlainCell } from '../files/read-uploaded-workbook.ts';
import type { UploadedFile } from '../files/store-file.ts';
import { loadCommunicatingBody } from '../outputs/load-communicating-body.ts';
import {
  byRow,
  cellDate,
  DATE_HINT,
  type RowError,
  readImportSheet,
  type SheetRow,
  sheetRow,
} from '../training/import-sheet.ts';
import { type ScienceTaskFields, scienceTaskColumns } from './science-task-columns.ts';
import {
  BUDGET_HEADER,
  LEVEL_LIST,
  SCIENCE_TASK_HEADERS,
  SCIENCE_TASKS_SHEET,
  type ScienceTaskField,
  STATUS_LIST,
} from './science-tasks-template.ts';

/** Rows per file: a province's registry over many years. */
const MAX_TASK_ROWS = 3000;
/**
 * The largest budget in millions believed: 1,000 billion đồng, beyond any single task. A larger
 * figure in the millions column is a list kept in đồng under the template's header.
 */
const MAX_BUDGET_MILLIONS = 1_000_000;

// Control and bidirectional-override characters are never kept from a cell; line breaks are (a
// summary and results are paragraphs, shown as such on the public page).
const UNPRINTABLE = /(?!\n)[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** A cell as paragraphs: NFC, line breaks kept, each line trimmed, runs of blank lines made one. */
const cellParagraphs = (value: PlainCell | undefined): string =>
  value === null || value === undefined
    ? ''
    : String(value)
        .toWellFormed()
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .replace(UNPRINTABLE, ' ')
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();

/** A multi-line cell within its limit; `what` names it in the message. */
function paragraphs(row: SheetRow<ScienceTaskField>, field: ScienceTaskField, max: number, what: string) {
  const value = cellParagraphs(row.cell(field));
  if (value.length > max) row.fail(field, `${what} dài quá ${max} ký tự. Hãy rút gọn.`);
  return value;
}

/** The budget in đồng from whichever budget column the list has; null when empty or refused. */
function budgetOf(row: SheetRow<ScienceTaskField>): number | null {
  const inVnd = row.cell('budgetVnd');
  if (row.text('budgetVnd')) {
    // Whole đồng: dots, commas and spaces can only be separators of thousands.
    const digits = row
      .text('budgetVnd')
      .replace(/đồng|đ|vnđ|vnd/gi, '')
      .replace(/[.,\s]/g, '');
    const vnd = typeof inVnd === 'number' ? inVnd : /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
    if (!Number.isSafeInteger(vnd) || vnd < 0) {
      row.fail(
        'budgetVnd',
        `Kinh phí «${row.text('budgetVnd')}» không đúng: hãy ghi số đồng, không có phần lẻ.`,
      );
      return null;
    }
    return vnd;
  }
  const written = row.text('budgetMillions');
  if (!written) return null;
  const cell = row.cell('budgetMillions');
  const vnd = millionsToVnd(typeof cell === 'number' ? cell : written);
  if (vnd === 'bad' || vnd === null) {
    row.fail(
      'budgetMillions',
      `Kinh phí «${written}» không đúng: hãy ghi số triệu đồng, ví dụ 1.250 hoặc 850,5 (cột "${BUDGET_HEADER}").`,
    );
    return null;
  }
  if (vnd > MAX_BUDGET_MILLIONS * 1_000_000) {
    row.fail(
      'budgetMillions',
      `Kinh phí «${written}» triệu đồng lớn bất thường: cột "${BUDGET_HEADER}" ghi theo triệu đồng (1,25 tỷ đồng ghi 1.250). Nếu danh sách ghi theo đồng, hãy đặt tiêu đề cột là "Kinh phí NSNN (đồng)".`,
    );
    return null;
  }
  return vnd;
}

/** Whether an import changes anything of a task it already has (same code). */
const sameTask = (a: ReturnType<typeof scienceTaskColumns>, b: Record<string, unknown>) =>
  (Object.keys(a) as (keyof typeof a)[]).every((key) => {
    const value = b[key];
    const mine = a[key];
    return key === 'budget_vnd' ? (value === null ? null : Number(value)) === mine : value === mine;
  });

/**
 * A body's S&T task registry from the department's Excel list: each row a task by its code. A code
 * the registry has is updated to the row (audited `science_task.import` with before and after); one
 * it lacks is created, unpublished; a row equal to the task already there is a duplicate. A row made
 * secret withdraws a published task. A code twice in the file is refused on its second row. Every
 * bad row is listed with its field; with any error nothing is stored, unless the person chose to
 * keep the good rows. One transaction.
 */
export async function importScienceTasks(
  ctx: Context,
  bodyId: string,
  file: UploadedFile,
  options: { keepGoodRows: boolean },
) {
  const body = await loadCommunicatingBody(ctx, bodyId);
  const sheet = await readImportSheet(file, {
    sheetName: SCIENCE_TASKS_SHEET,
    headers: SCIENCE_TASK_HEADERS,
    required: ['code', 'title', 'level', 'status'],
    notTemplate:
      'Tệp không đúng mẫu danh mục nhiệm vụ KH&CN: hàng tiêu đề phải có cột "Mã nhiệm vụ", "Tên nhiệm vụ", "Cấp quản lý" và "Tình trạng". Hãy tải mẫu rồi điền lại.',
    maxRows: MAX_TASK_ROWS,
    rowsLabel: 'nhiệm vụ',
    columns: 30,
  });
  const errors: RowError[] = [];
  const tasks: ScienceTaskFields[] = [];
  const rowOfCode = new Map<string, number>();
  for (const row of sheet.rows.map((r) => sheetRow(sheet, r, errors))) {
    const code = row.shortText('code', L.code, 'Mã nhiệm vụ');
    if (!code) row.fail('code', 'Thiếu mã nhiệm vụ. Hãy ghi mã số của nhiệm vụ theo quyết định phê duyệt.');
    const earlier = rowOfCode.get(code);
    if (code && earlier !== undefined)
      row.fail('code', `Mã «${code}» đã có ở dòng ${earlier} của tệp. Mỗi nhiệm vụ ghi một dòng.`);
    const title = row.shortText('title', L.title, 'Tên nhiệm vụ');
    if (!title) row.fail('title', 'Thiếu tên nhiệm vụ.');
    const level = row.pick('level', LEVEL_LIST);
    const hostOrganisation = row.shortText('hostOrganisation', L.hostOrganisation, 'Tổ chức chủ trì');
    const leadScientist = row.shortText('leadScientist', L.leadScientist, 'Chủ nhiệm');
    const budgetVnd = budgetOf(row);
    const startsOn = cellDate(row.cell('startsOn'));
    if (startsOn === 'bad')
      row.fail('startsOn', `Ngày bắt đầu «${row.text('startsOn')}» không đúng. ${DATE_HINT}`);
    const endsOn = cellDate(row.cell('endsOn'));
    if (endsOn === 'bad')
      row.fail('endsOn', `Ngày kết thúc «${row.text('endsOn')}» không đúng. ${DATE_HINT}`);
    else if (endsOn && startsOn && startsOn !== 'bad' && endsOn < startsOn)
      row.fail('endsOn', 'Ngày kết thúc trước ngày bắt đầu. Hãy kiểm tra lại thời gian thực hiện.');
    const status = row.pick('status', STATUS_LIST);
    const results = paragraphs(row, 'results', L.results, 'Kết quả');
    const summary = paragraphs(row, 'summary', L.summary, 'Tóm tắt dễ hiểu');
    const isSecret = row.yesNo('secret', 'Mật (Có/Không)');
    // A code is taken by its first row even when that row fails, so its repeat is still named.
    if (code && earlier === undefined) rowOfCode.set(code, row.number);
    if (row.failed || !level || !status || isSecret === null || startsOn === 'bad' || endsOn === 'bad')
      continue;
    tasks.push({
      code,
      title,
      level,
      hostOrganisation,
      leadScientist,
      budgetVnd,
      startsOn,
      endsOn,
      status,
      results,
      summary,
      isSecret,
    });
  }
  byRow(errors);
  if (errors.length > 0 && !options.keepGoodRows) return { created: 0, updated: 0, duplicates: 0, errors };

  return ctx.db.transaction().execute(async (trx) => {
    const codes = tasks.map((task) => task.code);
    // Locked, so a task edited in the app meanwhile is either before or after the import, whole.
    const existing =
      codes.length === 0
        ? []
        : await trx
            .selectFrom('science_tasks')
            .selectAll()
            .where('body_id', '=', body.id)
            .where('code', 'in', codes)
            .forUpdate()
            .execute();
    const byCode = new Map(existing.map((task) => [task.code, task]));
    let created = 0;
    let updated = 0;
    let duplicates = 0;
    for (const task of tasks) {
      const columns = scienceTaskColumns(task);
      const before = byCode.get(task.code);
      if (!before) {
        const inserted = await trx
          .insertInto('science_tasks')
          .values({ body_id: body.id, ...columns, created_by: ctx.actor.userId, created_at: new Date() })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          actorId: ctx.actor.userId,
          bodyId: body.id,
          action: 'science_task.import',
          entityType: 'science_task',
          entityId: inserted.id,
          after: scienceTaskAudit(inserted),
        });
        created++;
        continue;
      }
      if (sameTask(columns, before)) {
        duplicates++;
        continue;
      }
      const withdrawn = task.isSecret && before.published_at !== null;
      const after = await trx
        .updateTable('science_tasks')
        .set({ ...columns, ...(withdrawn ? { published_at: null } : {}), version: before.version + 1 })
        .where('id', '=', before.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'science_task.import',
        entityType: 'science_task',
        entityId: before.id,
        before: scienceTaskAudit(before),
        after: { ...scienceTaskAudit(after), ...(withdrawn ? { withdrawnAsSecret: true } : {}) },
      });
      updated++;
    }
    return { created, updated, duplicates, errors };
  });
}
