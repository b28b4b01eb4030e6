import { recordAudit } from '@lantoa/db';
import type { Context } from '../../http/context.ts';

// Who signs a body's consolidated report and to whom it goes, as the body last chose: read into each
// new draft, written when a report is downloaded. A body is one place: what one coordinator chose is
// what the next one finds.

export interface ReportSigning {
  signer: { title: string; name: string };
  recipients: string[];
}

/** The signer and recipients a body last printed its consolidated report with; null before the first. */
export async function loadReportSigning(ctx: Context, bodyId: string): Promise<ReportSigning | null> {
  const row = await ctx.db
    .selectFrom('report_signings')
    .selectAll()
    .where('body_id', '=', bodyId)
    .executeTakeFirst();
  return row
    ? { signer: { title: row.signer_title, name: row.signer_name }, recipients: row.recipients }
    : null;
}

const tidy = (s: ReportSigning): ReportSigning => ({
  signer: { title: s.signer.title.normalize('NFC').trim(), name: s.signer.name.normalize('NFC').trim() },
  recipients: s.recipients.map((r) => r.normalize('NFC').trim()).filter(Boolean),
});

/**
 * Remembers the signer and recipients of the report the body's coordinator has just written, audited
 * in the same transaction; nothing is written (nor audited) when they did not change.
 */
export async function rememberReportSigning(ctx: Context, bodyId: string, chosen: ReportSigning) {
  const after = tidy(chosen);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('report_signings')
      .selectAll()
      .where('body_id', '=', bodyId)
      .forUpdate()
      .executeTakeFirst();
    const was = before
      ? { signer: { title: before.signer_title, name: before.signer_name }, recipients: before.recipients }
      : null;
    if (was && JSON.stringify(was) === JSON.stringify(after)) return;
    const row = {
      signer_title: after.signer.title,
      signer_name: after.signer.name,
      recipients: after.recipients,
      updated_by: ctx.actor.userId,
      updated_at: new Date(),
    };
    await trx
      .insertInto('report_signings')
      .values({ body_id: bodyId, ...row })
      .onConflict((oc) => oc.column('body_id').doUpdateSet(row))
      .execute();
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId,
      action: 'report.signing',
      entityType: 'body',
      entityId: bodyId,
      before: was,
      after,
    });
  });
}
