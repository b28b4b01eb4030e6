import { enqueueJob } from '@lantoa/db';
import { addDays, CORRECTION_BULLETIN_DAYS, misinformationStatusAfter, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { bulletinColumns } from '../broadcast/bulletin-input.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadHandledCase } from './case-access.ts';
import { checkCaseStep } from './case-step.ts';
import { getMisinformation } from './get-misinformation.ts';

export interface CorrectionBulletins {
  communeIds: string[];
  validFrom?: string | undefined;
  validUntil?: string | undefined;
  version: number;
}

/** A bulletin's title as the broadcast screens take it (300 characters), cut between characters. */
const bulletinTitle = (title: string) => Array.from(title).slice(0, 300).join('');

/**
 * "Phát bản tin ưu tiên": the published correction becomes one priority bulletin per affected commune
 * (aimed at the commune, so each of its stations places it in every session of its days), all in one
 * transaction with the case, and each is read out by the speech job. Issued in the name of the body
 * handling the case, which keeps them in its bulletin list; who may send them is the case's rule
 * (`handlesCase`), not `broadcast`: only this text goes, and only to the site's communes.
 */
export async function sendCorrectionBulletins(ctx: Context, id: string, input: CorrectionBulletins) {
  const row = await loadHandledCase(ctx, id);
  checkCaseStep(row.status, 'bulletin');
  if (!row.correction_published_at || !row.correction_text.trim()) {
    throw new AppError(
      'conflict',
      'Hãy công bố tin cải chính trước: bản tin ưu tiên được phát từ nội dung tin cải chính.',
    );
  }
  const ids = [...new Set(input.communeIds)];
  const communes = await ctx.db
    .selectFrom('bodies')
    .select(['id', 'name'])
    .where('id', 'in', ids)
    .where('kind', '=', 'commune')
    .where('path', 'like', `${row.site_path}%`)
    .orderBy('name')
    .execute();
  if (communes.length !== ids.length) {
    throw new AppError(
      'invalid_input',
      `Chỉ chọn được các xã, phường thuộc ${row.site_name}. Hãy chọn lại.`,
      'communeIds',
    );
  }
  const reached = row.bulletin_ids.length
    ? await ctx.db
        .selectFrom('bulletins as bulletin')
        .innerJoin('bodies as target', 'target.id', 'bulletin.target_body_id')
        .select('target.name')
        .where('bulletin.id', 'in', row.bulletin_ids)
        .where('bulletin.target_body_id', 'in', ids)
        .execute()
    : [];
  if (reached.length) {
    throw new AppError(
      'conflict',
      `Đã phát bản tin của vụ việc này tới: ${reached.map((r) => r.name).join(', ')}. Hãy bỏ các xã, phường đó ra.`,
      'communeIds',
    );
  }
  const today = vietnamToday();
  const validFrom = input.validFrom ?? today;
  if (validFrom < today) {
    throw new AppError('invalid_input', 'Ngày bắt đầu phát không được trước hôm nay.', 'validFrom');
  }
  const validUntil = input.validUntil ?? addDays(validFrom, CORRECTION_BULLETIN_DAYS - 1);
  const issuerId = row.handler_body_id ?? row.site_body_id;
  const status = misinformationStatusAfter(row.status, 'bulletin');
  await ctx.db.transaction().execute(async (trx) => {
    const created: string[] = [];
    for (const commune of communes) {
      const columns = bulletinColumns(
        {
          title: bulletinTitle(row.correction_title),
          text: row.correction_text,
          priority: 'priority',
          targetBodyId: commune.id,
          validFrom,
          validUntil,
        },
        today,
      );
      const bulletin = await insertAudited(trx, {
        table: 'bulletins',
        // The app's clock, as for every time a programme reckons with (a bulletin is placed from when it exists).
        values: {
          body_id: issuerId,
          ...columns,
          audio_status: 'queued',
          created_by: ctx.actor.userId,
          created_at: new Date(),
        },
        audit: () => ({
          actorId: ctx.actor.userId,
          bodyId: issuerId,
          action: 'bulletin.create',
          entityType: 'bulletin',
          after: {
            title: columns.title,
            text: columns.text,
            priority: columns.priority,
            targetBodyId: commune.id,
            validFrom,
            validUntil,
            misinformationReportId: id,
          },
        }),
      });
      await enqueueJob(trx, 'bulletin.speech', { bulletinId: bulletin.id });
      created.push(bulletin.id);
    }
    await updateVersioned(trx, {
      table: 'misinformation_reports',
      id,
      version: input.version,
      what: 'Vụ việc',
      set: { bulletin_ids: [...row.bulletin_ids, ...created], status },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: issuerId,
        action: 'misinformation.bulletin',
        entityType: 'misinformation_report',
        before: { bulletinIds: row.bulletin_ids },
        after: {
          bulletinIds: [...row.bulletin_ids, ...created],
          communes: communes.map((c) => ({ id: c.id, name: c.name })),
          validFrom,
          validUntil,
        },
      }),
    });
  });
  return getMisinformation(ctx, id);
}
