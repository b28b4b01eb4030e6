import { misinformationStatusAfter } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadHandledCase } from './case-access.ts';
import { checkCaseStep } from './case-step.ts';
import { getMisinformation } from './get-misinformation.ts';

/**
 * The handler closes a case: answered, found not false, or a report with nothing to act on. What was
 * published stays published; a closed case is no longer changed.
 */
export async function closeMisinformation(ctx: Context, id: string, input: { version: number }) {
  const row = await loadHandledCase(ctx, id);
  checkCaseStep(row.status, 'close');
  const closedAt = new Date();
  const status = misinformationStatusAfter(row.status, 'close');
  await updateVersioned(ctx.db, {
    table: 'misinformation_reports',
    id,
    version: input.version,
    what: 'Vụ việc',
    set: { status, closed_at: closedAt },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: row.handler_body_id ?? row.site_body_id,
      action: 'misinformation.close',
      entityType: 'misinformation_report',
      before: { status: row.status },
      after: { status, closedAt },
    }),
  });
  return getMisinformation(ctx, id);
}
