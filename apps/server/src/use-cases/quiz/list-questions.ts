import { foldVietnamese } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { presentQuestion } from '../../presenters/quiz-question.ts';
import { loadBankBody } from './load-bank-body.ts';

/** An organiser's bank, by topic then code, searched without diacritics; with the bank's topics. */
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
