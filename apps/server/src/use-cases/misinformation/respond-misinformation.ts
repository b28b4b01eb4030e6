import {
  correctionAllowed,
  misinformationStatusAfter,
  redactPersonalData,
  startOfDayInVietnam,
  vietnamToday,
} from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadHandledCase } from './case-access.ts';
import { checkCaseStep } from './case-step.ts';
import { getMisinformation } from './get-misinformation.ts';

export interface MisinformationResponse {
  response?: string | undefined;
  correctionTitle?: string | undefined;
  correctionText?: string | undefined;
  /** Publish the correction on the site's public page (false takes it down); unchanged when absent. */
  publishCorrection?: boolean | undefined;
  /** The day the platform was told; null: not told; unchanged when absent. */
  platformNotifiedOn?: string | null | undefined;
  platformNote?: string | undefined;
  version: number;
}

/**
 * The handler records what was done about a verified case: a note of the response, the correction
 * published on the public page, the day the platform (Facebook, TikTok, the newspaper…) was told and
 * how. Completed over several saves; the case is answered from the first. The correction is stored
 * with phone numbers, e-mail addresses and identity numbers removed, so what the handler reads back
 * is what the public page shows.
 */
export async function respondToMisinformation(ctx: Context, id: string, input: MisinformationResponse) {
  const row = await loadHandledCase(ctx, id);
  checkCaseStep(row.status, 'respond');
  const title = redactPersonalData(input.correctionTitle ?? row.correction_title).trim();
  const text = redactPersonalData(input.correctionText ?? row.correction_text).trim();
  const publish = input.publishCorrection ?? row.correction_published_at !== null;
  if (publish && !correctionAllowed(row.verdict)) {
    throw new AppError(
      'conflict',
      'Chỉ công bố tin cải chính khi vụ việc được đánh giá là tin sai sự thật, sai lệch hoặc xấu độc.',
    );
  }
  if (publish && !title) {
    throw new AppError(
      'invalid_input',
      'Hãy nhập tiêu đề tin cải chính trước khi công bố.',
      'correctionTitle',
    );
  }
  if (publish && !text) {
    throw new AppError(
      'invalid_input',
      'Hãy nhập nội dung tin cải chính trước khi công bố.',
      'correctionText',
    );
  }
  const notifiedOn = input.platformNotifiedOn;
  if (notifiedOn && notifiedOn > vietnamToday()) {
    throw new AppError(
      'invalid_input',
      'Ngày báo nền tảng không được sau hôm nay. Hãy chọn lại ngày.',
      'platformNotifiedOn',
    );
  }
  const platformNotifiedAt =
    notifiedOn === undefined
      ? row.platform_notified_at
      : notifiedOn === null
        ? null
        : new Date(startOfDayInVietnam(notifiedOn));
  const response = input.response ?? row.response;
  const published = publish ? (row.correction_published_at ?? new Date()) : null;
  if (!response.trim() && !published && !platformNotifiedAt) {
    throw new AppError(
      'invalid_input',
      'Hãy ghi ít nhất một việc đã làm: nội dung xử lý, tin cải chính công bố, hoặc ngày đã báo nền tảng.',
      'response',
    );
  }
  const set = {
    response,
    correction_title: title,
    correction_text: text,
    correction_published_at: published,
    platform_notified_at: platformNotifiedAt,
    platform_note: input.platformNote ?? row.platform_note,
    status: misinformationStatusAfter(row.status, 'respond'),
  };
  await updateVersioned(ctx.db, {
    table: 'misinformation_reports',
    id,
    version: input.version,
    what: 'Vụ việc',
    set,
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: row.handler_body_id ?? row.site_body_id,
      action: 'misinformation.respond',
      entityType: 'misinformation_report',
      before: {
        status: row.status,
        response: row.response,
        correctionTitle: row.correction_title,
        correctionText: row.correction_text,
        correctionPublishedAt: row.correction_published_at,
        platformNotifiedAt: row.platform_notified_at,
        platformNote: row.platform_note,
      },
      after: {
        status: set.status,
        response: set.response,
        correctionTitle: title,
        correctionText: text,
        correctionPublishedAt: published,
        platformNotifiedAt,
        platformNote: set.platform_note,
      },
    }),
  });
  return getMisinformation(ctx, id);
}
