import { recordAudit, toBodyRef } from '@lantoa/db';
import { type Audience, BODY_MATCH_THRESHOLD, createBodyIndex, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { presentBrief } from '../../presenters/present.ts';
import type { PlainCell } from '../files/read-uploaded-workbook.ts';
import type { UploadedFile } from '../files/store-file.ts';
import { byRow, cellText, foldedKey, type RowError, readImportSheet } from './import-sheet.ts';
import { loadOrganisedCourse } from './load-course.ts';

/** Which columns of a platform's export hold what: their headers, as the file writes them. */
export interface CompletionMapping {
  /** The commune's (or ward's) name. */
  body: string;
  /** How many completed. */
  count: string;
  /** The audience the people counted are of. */
  audience: Audience;
  /** An administrative code column (5 digits), matched before the name when given. */
  code?: string | undefined;
}

/** Rows per file: a platform exports one row per course or village, a province's many times over. */
const MAX_COMPLETION_ROWS = 20_000;
/** A commune's count, as course_attendance_counts keeps it. */
const MAX_COUNT = 1_000_000;

type Count = { ok: true; value: number } | { ok: false; message: string };

/** A count as a cell holds it: a number, or text with Vietnamese ("1.234") or English thousands. */
function cellCount(value: PlainCell | undefined): Count | null {
  const text = cellText(value);
  if (!text) return null;
  let n = Number.NaN;
  if (typeof value === 'number') n = value;
  else if (/^\d+$/.test(text)) n = Number(text);
  else if (/^\d{1,3}([.,\s]\d{3})+$/.test(text)) n = Number(text.replace(/[.,\s]/g, ''));
  if (!Number.isInteger(n) || n < 0)
    return { ok: false, message: `Số người hoàn thành «${text}» phải là số nguyên từ 0 trở lên.` };
  if (n > MAX_COUNT)
    return {
      ok: false,
      message: `Số người hoàn thành «${text}» quá lớn (tối đa 1.000.000). Hãy kiểm tra lại.`,
    };
  return { ok: true, value: n };
}

/** "2353" (a code column Excel read as a number) → "02353": communes' codes have five digits. */
const communeCode = (text: string) => (/^\d{1,5}$/.test(text) ? text.padStart(5, '0') : text);

/**
 * A learning platform's completions ("Bình dân học vụ số" and others), from its export: each row's
 * commune is found by code when a code column is mapped (a row without a code, by name), else by
 * name with the body-name matcher, among the communes under the course's organiser; a commune's rows
 * are added up (platforms export one row per course or village) and recorded as the course's count
 * for that commune and audience, replacing an earlier one. Unknown or ambiguous communes and counts
 * that are not whole numbers are listed; a commune with a bad row is not recorded (its total would
 * be short). With any error nothing is stored, unless the organiser keeps the good rows.
 *
 * A commune need not be invited: its count is stored without a quota, since a quota asks a body to
 * nominate named people, which a platform's counted learners are not (the course list would show the
 * commune as owing nominations).
 */
export async function importCompletions(
  ctx: Context,
  courseId: string,
  file: UploadedFile,
  options: { mapping: CompletionMapping; keepGoodRows: boolean },
  now = new Date(),
) {
  const { course, organiser } = await loadOrganisedCourse(ctx, courseId);
  const { mapping } = options;
  if (course.kind !== 'training') {
    throw new AppError(
      'conflict',
      'Số người hoàn thành chỉ nhập cho lớp tập huấn, bồi dưỡng. Số người dự hội nghị hãy ghi theo từng đơn vị được mời.',
    );
  }
  if (!course.audiences.includes(mapping.audience)) {
    throw new AppError(
      'invalid_input',
      'Đối tượng này không thuộc lớp. Hãy chọn một đối tượng của lớp.',
      'mapping.audience',
    );
  }
  if (vietnamToday(now) < course.starts_on) {
    throw new AppError(
      'conflict',
      'Lớp chưa diễn ra nên chưa ghi được số người hoàn thành. Hãy nhập từ ngày bắt đầu.',
    );
  }
  const named = [mapping.body, mapping.count, ...(mapping.code ? [mapping.code] : [])];
  if (new Set(named.map(foldedKey)).size !== named.length) {
    throw new AppError(
      'invalid_input',
      'Cột tên xã, cột số người hoàn thành và cột mã phải là các cột khác nhau. Hãy chọn lại.',
      'mapping',
    );
  }
  const sheet = await readImportSheet(file, {
    headers: { body: [mapping.body], count: [mapping.count], code: mapping.code ? [mapping.code] : [] },
    required: mapping.code ? ['body', 'count', 'code'] : ['body', 'count'],
    notTemplate: `Không thấy đủ các cột ${named.map((h) => `«${h}»`).join(', ')} trên cùng một hàng tiêu đề (trong 10 dòng đầu). Hãy chọn đúng tên cột như trong tệp.`,
    maxRows: MAX_COMPLETION_ROWS,
    rowsLabel: 'dòng',
    columns: 60,
  });

  const communes = await ctx.db
    .selectFrom('bodies')
    .selectAll()
    .where('path', 'like', `${organiser.path}%`)
    .where('kind', '=', 'commune')
    .execute();
  const byCode = new Map(communes.filter((b) => b.code).map((b) => [b.code as string, b]));
  const byId = new Map(communes.map((b) => [b.id, b]));
  // Only the organiser's communes are candidates: a name elsewhere in the country is unknown here.
  const matcher = createBodyIndex(communes.map(toBodyRef)).matcherFor(organiser.id);

  const errors: RowError[] = [];
  const totals = new Map<string, { attended: number; rows: number[]; badRow: number | null }>();
  for (const { number, cells } of sheet.rows) {
    const fail = (field: string, message: string) => errors.push({ row: number, field, message });
    const code = communeCode(cellText(sheet.cell(cells, 'code')));
    const name = cellText(sheet.cell(cells, 'body'));
    let bodyId: string | undefined;
    if (code) {
      bodyId = byCode.get(code)?.id;
      if (!bodyId)
        fail('code', `Mã «${code}» không phải mã của xã, phường nào do ${organiser.name} phụ trách.`);
    } else if (!name) {
      fail('body', 'Thiếu tên xã, phường.');
    } else {
      const match = matcher.match(name);
      if (match.type === 'body') bodyId = match.body.id;
      else {
        const close =
          match.type === 'none' ? match.candidates.filter((c) => c.confidence >= BODY_MATCH_THRESHOLD) : [];
        fail(
          'body',
          close.length > 1
            ? `«${name}» trùng tên nhiều xã, phường (${close.map((c) => c.body.name).join(', ')}). Hãy thêm cột mã đơn vị rồi chọn cột mã.`
            : `Không tìm thấy xã, phường «${name}» trong phạm vi của ${organiser.name}. Hãy ghi đúng tên xã, phường.`,
        );
      }
    }
    const count = cellCount(sheet.cell(cells, 'count'));
    if (!count) fail('count', 'Thiếu số người hoàn thành.');
    else if (!count.ok) fail('count', count.message);
    if (!bodyId) continue;
    const total = totals.get(bodyId) ?? { attended: 0, rows: [], badRow: null };
    totals.set(bodyId, total);
    if (count?.ok) {
      total.attended += count.value;
      total.rows.push(number);
    } else total.badRow ??= number;
  }
  const recorded: { bodyId: string; attended: number; rows: number }[] = [];
  for (const [bodyId, total] of totals) {
    const commune = byId.get(bodyId)?.name ?? '';
    const refuse = (message: string) => {
      for (const row of total.rows) errors.push({ row, field: 'count', message });
    };
    if (total.badRow !== null)
      refuse(
        `Chưa ghi số của ${commune}: dòng ${total.badRow} của xã, phường này có lỗi nên tổng sẽ thiếu. Hãy sửa dòng đó rồi nhập lại.`,
      );
    else if (total.attended > MAX_COUNT)
      refuse(
        `Tổng số người hoàn thành của ${commune} vượt 1.000.000. Hãy kiểm tra lại các dòng của xã, phường này.`,
      );
    else if (total.rows.length > 0)
      recorded.push({ bodyId, attended: total.attended, rows: total.rows.length });
  }
  byRow(errors);
  const answer = (stored: typeof recorded) => ({
    imported: stored.reduce((sum, r) => sum + r.rows, 0),
    communes: stored
      .map((r) => ({
        body: presentBrief(byId.get(r.bodyId) as (typeof communes)[number]),
        attended: r.attended,
        rows: r.rows,
      }))
      .sort((a, b) => a.body.name.localeCompare(b.body.name, 'vi')),
    errors,
  });
  if ((errors.length > 0 && !options.keepGoodRows) || recorded.length === 0) return answer([]);

  await ctx.db.transaction().execute(async (trx) => {
    const before = new Map(
      (
        await trx
          .selectFrom('course_attendance_counts')
          .select(['body_id', 'attended'])
          .where('course_id', '=', course.id)
          .where('audience', '=', mapping.audience)
          .where(
            'body_id',
            'in',
            recorded.map((r) => r.bodyId),
          )
          .forUpdate()
          .execute()
      ).map((c) => [c.body_id, c.attended]),
    );
    for (const { bodyId, attended, rows } of recorded) {
      await trx
        .insertInto('course_attendance_counts')
        .values({
          course_id: course.id,
          body_id: bodyId,
          audience: mapping.audience,
          attended,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc.columns(['course_id', 'body_id', 'audience']).doUpdateSet({ attended, updated_at: now }),
        )
        .execute();
      const previous = before.get(bodyId);
      await recordAudit(trx, {
        actorId: ctx.actor.userId,
        bodyId,
        action: 'course.count',
        entityType: 'course',
        entityId: course.id,
        before: previous === undefined ? null : { attended: previous },
        after: { bodyId, audience: mapping.audience, attended, rows, file: file.name },
      });
    }
  });
  return answer(recorded);
}
