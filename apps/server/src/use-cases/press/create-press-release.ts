import { randomBytes } from 'node:crypto';
import type { Context } from '../../http/context.ts';
import { loadCommunicatingBody } from '../outputs/load-communicating-body.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { type PressReleaseFields, pressReleaseColumns } from './press-release-input.ts';
import { attachItems, checkedReleaseItems } from './release-items.ts';

/** A code taken by another release: drawn again (48 random bits; it practically never happens). */
class CodeTaken extends Error {}
const CODE_ATTEMPTS = 5;

/**
 * A body writes a press release (a draft until sent). Its code names its public page, the tracked
 * link its messages carry: short enough to survive being retyped from a newspaper, random so that
 * drafts' pages cannot be guessed from each other.
 */
export async function createPressRelease(ctx: Context, bodyId: string, input: PressReleaseFields) {
  const body = await loadCommunicatingBody(ctx, bodyId);
  const items = await checkedReleaseItems(ctx, input.libraryItemIds);
  const columns = pressReleaseColumns(input);
  for (let attempt = 1; ; attempt++) {
    try {
      const id = await ctx.db.transaction().execute(async (trx) => {
        const release = await insertAudited(trx, {
          table: 'press_releases',
          values: {
            body_id: body.id,
            ...columns,
            code: randomBytes(6).toString('base64url'),
            created_by: ctx.actor.userId,
          },
          unique: { columns: ['code'], taken: () => new CodeTaken() },
          audit: () => ({
            actorId: ctx.actor.userId,
            bodyId: body.id,
            action: 'press_release.create',
            entityType: 'press_release',
            after: { ...columns, libraryItemIds: items.map((i) => i.id) },
          }),
        });
        await attachItems(trx, release.id, items);
        return release.id;
      });
      return { id };
    } catch (error) {
      if (!(error instanceof CodeTaken) || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}
