import { type Database, recordAudit } from '@lantoa/db';
import { parseCorrectKeys, QUIZ_OPTION_KEYS, type QuizQuestionInput, questionProblems } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { type PlainCell, readUploadedWorkbook } from '../files/read-uploaded-workbook.ts';
import { loadBankBody } from './load-bank-body.ts';
import { cleanQuestion, newQuestionCode } from './question-input.ts';
import { QUESTION_WORKBOOK_HEADER } from './question-workbook.ts';

const text = (v: PlainCell | undefined): string => (v === null || v === undefined ? '' : String(v));

/** The bank's largest import: a header and 5,000 questions. */
const MAX_IMPORT_ROWS = 5001;
/** The largest workbook read for an import (the upload is cut off past it). */
export const MAX_QUESTION_WORKBOOK_BYTES = 10 * 1024 * 1024;

/**
 * Imports questions from the template: a row with a known code updates that question, a new or
 * empty code adds one; every row with a problem is listed (row, column, what to fix) and skipped.
 * The file is checked by @lantoa/media and read in a worker (readUploadedWorkbook).
 */
export async function importQuestions(
  ctx: Context,
  bodyId: string,
  file: { name: string; bytes: Uint8Array },
) {
  if (!/\.xlsx$/i.test(file.name))
    throw new AppError('invalid_input', 'Hãy tải lên tệp Excel .xlsx theo mẫu.', 'file');
  const body = await loadBankBody(ctx, bodyId);
  const { rows } = await readUploadedWorkbook(file.bytes, {
    columns: QUESTION_WORKBOOK_HEADER.length,
    maxRows: MAX_IMPORT_ROWS,
  });
  const header = rows.find((r) => r.number === 1);
  if (!header || text(header.cells[3]) !== QUESTION_WORKBOOK_HEADER[3]) {
    throw new AppError('invalid_input', 'Tệp không đúng mẫu câu hỏi. Hãy tải mẫu rồi điền lại.', 'file');
  }
  if (rows.length > MAX_IMPORT_ROWS)
    throw new AppError('invalid_input', 'Tệp có quá nhiều dòng (tối đa 5.000 câu hỏi).', 'file');
  const errors: { row: number; field: string; message: string }[] = [];
  const valid: { row: number; code: string; input: QuizQuestionInput }[] = [];
  for (const { number: n, cells } of rows) {
    if (n === 1) continue;
    const cell = (i: number) => text(cells[i - 1]).trim();
    if (!cell(4) && !cell(5)) continue; // a blank row
    const correct = parseCorrectKeys(cell(11));
    const input: QuizQuestionInput = {
      topic: cell(2),
      difficulty: Number(cell(3) || 1),
      text: cell(4),
      explanation: cell(12),
      options: QUIZ_OPTION_KEYS.map((key, i) => ({ key, text: cell(5 + i), correct: correct.includes(key) })),
    };
    const unknown = correct.filter((k) => !(QUIZ_OPTION_KEYS as readonly string[]).includes(k));
    // An unknown answer letter says more than "no correct option", which it also causes.
    const problems = unknown.length
      ? [
          ...questionProblems(input).filter((p) => p.field !== 'correct'),
          { field: 'correct', message: `Đáp án «${unknown.join(', ')}» không phải A–F.` },
        ]
      : questionProblems(input);
    if (problems.length)
      for (const p of problems) errors.push({ row: n, field: p.field, message: p.message });
    else valid.push({ row: n, code: cell(1), input });
  }
  let created = 0;
  let updated = 0;
  await ctx.db.transaction().execute(async (trx: Kysely<Database>) => {
    const existing = new Map(
      (
        await trx.selectFrom('quiz_questions').select(['id', 'code']).where('body_id', '=', body.id).execute()
      ).map((q) => [q.code, q.id]),
    );
    for (const { code, input } of valid) {
      const id = code ? existing.get(code) : undefined;
      if (id) {
        await trx
          .updateTable('quiz_questions')
          .set({ ...cleanQuestion(input), updated_at: new Date(), version: (eb) => eb('version', '+', 1) })
          .where('id', '=', id)
          .execute();
        updated++;
      } else {
        const newOne = code || newQuestionCode();
        await trx
          .insertInto('quiz_questions')
          .values({ body_id: body.id, code: newOne, ...cleanQuestion(input) })
          .execute();
        existing.set(newOne, 'new');
        created++;
      }
    }
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'quiz_question.import',
      entityType: 'body',
      entityId: body.id,
      after: { created, updated, errors: errors.length },
    });
  });
  return { created, updated, errors };
}
