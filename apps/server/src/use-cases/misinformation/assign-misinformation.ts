import { unsafeFindBody } from '@lantoa/db';
import { isWithin } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadAssignableCase } from './case-access.ts';
import { defaultHandler } from './case-site.ts';
import { checkCaseStep } from './case-step.ts';
import { getMisinformation } from './get-misinformation.ts';

/**
 * The site's people give a case to the body that triages it: the culture department unless they pick
 * another body of the province. Reassigned while it is verified; the new handler's people see it at once.
 */
export async function assignMisinformation(
  ctx: Context,
  id: string,
  input: { handlerBodyId?: string | undefined; version: number },
) {
  const row = await loadAssignableCase(ctx, id);
  checkCaseStep(row.status, 'assign');
  const handler = input.handlerBodyId
    ? await unsafeFindBody(ctx.db, input.handlerBodyId)
    : await defaultHandler(ctx.db, { id: row.site_body_id, name: row.site_name }).then((b) =>
        unsafeFindBody(ctx.db, b.id),
      );
  if (!handler || !isWithin(handler.path, row.site_path)) throw notFound('đơn vị xử lý');
  await updateVersioned(ctx.db, {
    table: 'misinformation_reports',
    id,
    version: input.version,
    what: 'Vụ việc',
    set: { handler_body_id: handler.id },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: row.site_body_id,
      action: 'misinformation.assign',
      entityType: 'misinformation_report',
      before: { handler: row.handler_body_id ? { id: row.handler_body_id, name: row.handler_name } : null },
      after: { handler: { id: handler.id, name: handler.name } },
    }),
  });
  return getMisinformation(ctx, id);
}
