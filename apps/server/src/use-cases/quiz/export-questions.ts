import { QUIZ_OPTION_KEYS, type QuizQuestionInput } from '@lantoa/domain';
import { buildValuesXlsx } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { loadBankBody } from './load-bank-body.ts';
import { QUESTION_WORKBOOK_HEADER } from './question-workbook.ts';

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
      columns: QUESTION_WORKBOOK_HEADER.map((header, i) => ({
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
