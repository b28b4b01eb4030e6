import type { ReportingPeriodsTable } from '@lantoa/db';
import { completeness, submissionStatus } from '@lantoa/domain';
import type { Selectable } from 'kysely';
import type { Context } from '../../http/context.ts';
import { loadPeriod, reportingBodies } from './load-report.ts';

/** Per period: every body expected to report, whether it submitted on time, late, or not yet. */
export async function getCompleteness(ctx: Context, periodId: string) {
  const { period, plan } = await loadPeriod(ctx, periodId);
  return completenessOf(ctx, period, plan);
}

/** The completeness of a period already loaded (and checked) by the caller. */
export async function completenessOf(
  ctx: Context,
  period: Selectable<ReportingPeriodsTable>,
  plan: { id: string },
) {
  const [bodies, reports] = await Promise.all([
    reportingBodies(ctx, plan.id),
    ctx.db.selectFrom('reports').selectAll().where('period_id', '=', period.id).execute(),
  ]);
  const now = new Date().toISOString();
  const rows = bodies.map((b) => {
    const report = reports.find((r) => r.body_id === b.id);
    // A returned report counts as not submitted until it comes back.
    const counted = report?.status === 'submitted' || report?.status === 'accepted';
    const submittedAt = counted ? (report?.submitted_at?.toISOString() ?? null) : null;
    return {
      body: { id: b.id, name: b.name, kind: b.kind, code: b.code },
      reportStatus: report?.status ?? null,
      submittedAt,
      timeliness: submissionStatus({ dueOn: period.due_on, submittedAt }, now),
    };
  });
  return {
    period: { id: period.id, label: period.label, dueOn: period.due_on },
    summary: completeness(rows.map((r) => r.timeliness)),
    bodies: rows,
  };
}
