import { type MisinformationVerdict, misinformationStatusAfter } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadHandledCase } from './case-access.ts';
import { checkCaseStep } from './case-step.ts';
import { getMisinformation } from './get-misinformation.ts';

/**
 * The handler records what the verification found — false, misleading, hostile, or not false — and
 * how it was verified (sources checked, bodies asked); the case is then being verified until answered.
 */
export async function triageMisinformation(
  ctx: Context,
  id: string,
  input: { verdict: MisinformationVerdict; verification?: string | undefined; version: number },
) {
  const row = await loadHandledCase(ctx, id);
  checkCaseStep(row.status, 'triage');
  const verification = input.verification ?? row.verification;
  const status = misinformationStatusAfter(row.status, 'triage');
  await updateVersioned(ctx.db, {
    table: 'misinformation_reports',
    id,
    version: input.version,
    what: 'Vụ việc',
    set: {
      verdict: input.verdict,
      verification,
      status,
      triaged_by: ctx.actor.userId,
      triaged_at: new Date(),
    },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: row.handler_body_id ?? row.site_body_id,
      action: 'misinformation.triage',
      entityType: 'misinformation_report',
      before: { status: row.status, verdict: row.verdict, verification: row.verification },
      after: { status, verdict: input.verdict, verification },
    }),
  });
  return getMisinformation(ctx, id);
}
