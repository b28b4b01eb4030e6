import { recordAudit } from '@lantoa/db';
import { HONOUR_CERTIFICATE_NO } from '@lantoa/domain';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { checkCertifiable } from './certificate-guard.ts';
import { getNomination } from './get-nomination.ts';
import { loadReadableNomination } from './load-nomination.ts';
import { decides, nominationAudit } from './nomination-row.ts';

/**
 * The deciding body issues the certificate of merit of an approved nomination: numbered from one
 * sequence ("GK-2026-000012", the decision's year), once. Asked again — a second click, two deciders
 * at once — it is the same certificate: the number is written only where none is, and the one already
 * there is answered.
 */
export async function issueHonourCertificate(ctx: Context, id: string) {
  const before = await loadReadableNomination(ctx, id);
  if (!decides(ctx.actor, before)) throw notFound('hồ sơ đề nghị khen thưởng');
  checkCertifiable(before);
  if (before.certificate_no) return getNomination(ctx, id);
  const year = Number((before.decided_on ?? `${before.year}`).slice(0, 4));
  await ctx.db.transaction().execute(async (trx) => {
    // The number is drawn only for the row that gets it (evaluated where the update applies): two
    // requests at once leave no gap in the sequence.
    const { prefix, digits } = HONOUR_CERTIFICATE_NO;
    const issued = await trx
      .updateTable('honour_nominations')
      .set({
        certificate_no: sql<string>`${prefix(year)} || lpad(nextval('honour_certificate_no_seq')::text, ${digits}, '0')`,
        certificate_issued_at: new Date(),
        version: sql<number>`version + 1`,
      })
      .where('id', '=', id)
      .where('certificate_no', 'is', null)
      .returningAll()
      .executeTakeFirst();
    // Someone issued it meanwhile: theirs is the certificate.
    if (!issued) return;
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: before.deciding_id ?? before.nominating_body_id,
      action: 'honour.certify',
      entityType: 'honour_nomination',
      entityId: id,
      before: nominationAudit(before),
      after: nominationAudit(issued),
    });
  });
  return getNomination(ctx, id);
}
