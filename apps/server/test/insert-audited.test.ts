import type { DatabaseHandle } from '@lantoa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/http/errors.ts';
import { insertAudited } from '../src/use-cases/shared/insert-audited.ts';
import { provinceDatabase } from './support/province-database.ts';

// The one creation behind every "add": the row and its audit entry (naming the new row) are written
// together, and a unique key already taken writes neither and says so in the caller's words.
describe('insertAudited', () => {
  let handle: DatabaseHandle;
  let bodyId: string;
  beforeAll(async () => {
    ({ handle, bodyId } = await provinceDatabase());
  });
  afterAll(() => handle.close());

  const addQuestion = (code: string) =>
    insertAudited(handle.db, {
      table: 'quiz_questions',
      values: { body_id: bodyId, code, topic: 'Chủ đề', difficulty: 1, text: 'Câu hỏi?', options: '[]' },
      unique: {
        columns: ['body_id', 'code'],
        taken: () => new AppError('conflict', `Mã câu hỏi «${code}» đã có.`, 'code'),
      },
      audit: (inserted) => ({
        actorId: null,
        bodyId,
        action: 'quiz_question.create',
        entityType: 'quiz_question',
        after: { code: inserted.code },
      }),
    });
  const audits = () =>
    handle.db.selectFrom('audit_log').selectAll().where('action', '=', 'quiz_question.create').execute();

  it('inserts the row and audits it under its new id, in a transaction of its own', async () => {
    const row = await addQuestion('Q1');
    expect(row).toMatchObject({ body_id: bodyId, code: 'Q1', version: 1, active: true });
    const entries = await audits();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      entity_type: 'quiz_question',
      entity_id: row.id,
      after: { code: 'Q1' },
    });
  });

  it('refuses a taken unique key with the caller’s error, and writes and audits nothing', async () => {
    const refused = await addQuestion('Q1').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'conflict', field: 'code' });
    const rows = await handle.db.selectFrom('quiz_questions').select('id').where('code', '=', 'Q1').execute();
    expect(rows).toHaveLength(1);
    expect(await audits()).toHaveLength(1);
  });

  it('runs in the caller’s transaction: rolled back with it, row and entry alike', async () => {
    const rolledBack = await handle.db
      .transaction()
      .execute(async (trx) => {
        await insertAudited(trx, {
          table: 'quiz_questions',
          values: {
            body_id: bodyId,
            code: 'Q2',
            topic: 'Chủ đề',
            difficulty: 1,
            text: 'Câu?',
            options: '[]',
          },
          audit: () => ({
            actorId: null,
            bodyId,
            action: 'quiz_question.create',
            entityType: 'quiz_question',
          }),
        });
        throw new Error('the caller fails after the insert');
      })
      .catch((error: unknown) => error);
    expect(rolledBack).toMatchObject({ message: 'the caller fails after the insert' });
    const rows = await handle.db.selectFrom('quiz_questions').select('id').where('code', '=', 'Q2').execute();
    expect(rows).toHaveLength(0);
    expect(await audits()).toHaveLength(1);
  });
});
