import { randomBytes } from 'node:crypto';
import type { QuizQuestionsTable } from '@lantoa/db';
import { type Database, recordAudit, unsafeFindBody } from '@lantoa/db';
import {
  can,
  foldVietnamese,
  parseCorrectKeys,
  QUIZ_OPTION_KEYS,
  type QuizQuestionInput,
  questionProblems,
} from '@lantoa/domain';
import { buildValuesXlsx } from '@lantoa/reports';
import type { Kysely, Selectable } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError, notFound, staleVersion } from '../../http/errors.ts';
import { type PlainCell, readUploadedWorkbook } from '../files/read-uploaded-workbook.ts';

type QuestionRow = Selectable<QuizQuestionsTable>;

/** The organiser body whose bank the actor manages; 404 otherwise. */
async function loadBankBody(ctx: Context, bodyId: string) {
  const body = await unsafeFindBody(ctx.db, bodyId);
  if (!body || !can(ctx.actor, 'manageContests', body.path)) throw notFound('ngân hàng câu hỏi');
  return body;
}

const presentQuestion = (q: QuestionRow) => ({
  id: q.id,
  code: q.code,
  topic: q.topic,
  difficulty: q.difficulty,
  text: q.text,
  explanation: q.explanation,
  options: q.options as QuizQuestionInput['options'],
  active: q.active,
  version: q.version,
});

/** Two options under one letter: the key would not say which one a participant chose. */
function duplicateKeyProblem(q: QuizQuestionInput): { field: 'options'; message: string } | null {
  const keys = q.options.map((o) => o.key.trim().toUpperCase());
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  return twice === undefined
    ? null
    : {
        field: 'options',
        message: `Có hai phương án cùng mang chữ «${twice}». Hãy đặt mỗi phương án một chữ khác nhau (A–F).`,
      };
}

function assertQuestion(q: QuizQuestionInput) {
  const problem = duplicateKeyProblem(q) ?? questionProblems(q)[0];
  if (problem) throw new AppError('invalid_input', problem.message, problem.field);
}

const clean = (q: QuizQuestionInput) => ({
  topic: q.topic.trim().normalize('NFC'),
  difficulty: q.difficulty,
  text: q.text.trim().normalize('NFC'),
  explanation: q.explanation.trim().normalize('NFC'),
  options: JSON.stringify(
    q.options
      .filter((o) => o.text.trim())
      .map((o) => ({ key: o.key, text: o.text.trim().normalize('NFC'), correct: o.correct })),
  ),
});

const newCode = () => `Q-${randomBytes(4).toString('hex').toUpperCase()}`;

export async function listQuestions(
  ctx: Context,
  f: { bodyId: string; topic?: string | undefined; q?: string | undefined },
) {
  const body = await loadBankBody(ctx, f.bodyId);
  let query = ctx.db.selectFrom('quiz_questions').selectAll().where('body_id', '=', body.id);
  if (f.topic) query = query.where('topic', '=', f.topic);
  const rows = await query.orderBy('topic').orderBy('code').execute();
  // Diacritics-insensitive text search, done here: banks hold hundreds of questions, not millions.
  const words = f.q ? foldVietnamese(f.q).split(/\s+/u).filter(Boolean) : [];
  const items = rows
    .filter((r) => words.every((w) => foldVietnamese(`${r.code} ${r.text} ${r.topic}`).includes(w)))
    .map(presentQuestion);
  return { items, topics: [...new Set(rows.map((r) => r.topic))].sort((a, b) => a.localeCompare(b, 'vi')) };
}

export async function createQuestion(
  ctx: Context,
  bodyId: string,
  input: QuizQuestionInput & { code?: string | undefined },
) {
  const body = await loadBankBody(ctx, bodyId);
  assertQuestion(input);
  return ctx.db.transaction().execute(async (trx) => {
    const code = input.code?.trim() || newCode();
    const taken = await trx
      .selectFrom('quiz_questions')
      .select('id')
      .where('body_id', '=', body.id)
      .where('code', '=', code)
      .executeTakeFirst();
    if (taken) throw new AppError('conflict', `Mã câu hỏi «${code}» đã có. Hãy dùng mã khác.`, 'code');
    const row = await trx
      .insertInto('quiz_questions')
      .values({ body_id: body.id, code, ...clean(input) })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'quiz_question.create',
      entityType: 'quiz_question',
      entityId: row.id,
      after: presentQuestion(row),
    });
    return presentQuestion(row);
  });
}

export async function updateQuestion(
  ctx: Context,
  id: string,
  input: QuizQuestionInput & { active: boolean; version: number },
) {
  const current = await ctx.db
    .selectFrom('quiz_questions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!current) throw notFound('câu hỏi');
  await loadBankBody(ctx, current.body_id);
  assertQuestion(input);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('quiz_questions')
      .set({ ...clean(input), active: input.active, version: input.version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw staleVersion('Câu hỏi');
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: current.body_id,
      action: 'quiz_question.update',
      entityType: 'quiz_question',
      entityId: id,
      before: presentQuestion(current),
      after: presentQuestion(row),
    });
    return presentQuestion(row);
  });
}

const HEADER = [
  'Mã',
  'Chủ đề',
  'Mức độ (1-3)',
  'Câu hỏi',
  ...QUIZ_OPTION_KEYS.map((k) => `Phương án ${k}`),
  'Đáp án đúng',
  'Giải thích',
];

/** The bank as the Excel template: export, edit, import again (rows matched by code). */
export async function exportQuestions(ctx: Context, bodyId: string) {
  const body = await loadBankBody(ctx, bodyId);
  const rows = await ctx.db
    .selectFrom('quiz_questions')
    .selectAll()
    .where('body_id', '=', body.id)
    .orderBy('topic')
    .orderBy('code')
    .execute();
  return buildValuesXlsx([
    {
      title: 'Câu hỏi',
      columns: HEADER.map((header, i) => ({
        key: String(i),
        header,
        width: i === 3 ? 60 : i >= 4 && i < 10 ? 28 : 14,
      })),
      rows: rows.map((r) => {
        const options = r.options as QuizQuestionInput['options'];
        const cells: (string | number)[] = [
          r.code,
          r.topic,
          r.difficulty,
          r.text,
          ...QUIZ_OPTION_KEYS.map((k) => options.find((o) => o.key === k)?.text ?? ''),
          options
            .filter((o) => o.correct)
            .map((o) => o.key)
            .join(', '),
          r.explanation,
        ];
        return Object.fromEntries(cells.map((v, i) => [String(i), v]));
      }),
    },
  ]);
}

const text = (v: PlainCell | undefined): string => (v === null || v === undefined ? '' : String(v));

/** The bank's largest import: a header and 5,000 questions. */
const MAX_IMPORT_ROWS = 5001;

/**
 * Imports questions from the template: a row with a known code updates that question, a new or
 * empty code adds one; every row with a problem is listed (row, column, what to fix) and skipped.
 * The file is checked by @lantoa/media and read in a worker (readUploadedWorkbook).
 */
export async function importQuestions(ctx: Context, bodyId: string, bytes: Uint8Array) {
  const body = await loadBankBody(ctx, bodyId);
  const { rows } = await readUploadedWorkbook(bytes, { columns: HEADER.length, maxRows: MAX_IMPORT_ROWS });
  const header = rows.find((r) => r.number === 1);
  if (!header || text(header.cells[3]) !== HEADER[3]) {
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
          .set({ ...clean(input), updated_at: new Date(), version: (eb) => eb('version', '+', 1) })
          .where('id', '=', id)
          .execute();
        updated++;
      } else {
        const newOne = code || newCode();
        await trx
          .insertInto('quiz_questions')
          .values({ body_id: body.id, code: newOne, ...clean(input) })
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
