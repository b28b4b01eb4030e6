import { vietnamToday } from '@lantoa/domain';
import { inspectFile, type UploadLimits } from '@lantoa/media';
import type { FileStorage } from '../../files/storage.ts';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { storeFile, type UploadedFile } from '../files/store-file.ts';
import { uploadError } from '../files/upload-error.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { loadKeptTeam } from './load-team.ts';

/** A photo taken on a phone: decoded and re-checked like every picture the product keeps. */
const PHOTO_FORMATS = ['jpg', 'png', 'webp'] as const;

export interface TeamActivityInput {
  happenedOn: string;
  what: string;
  citizensHelped: number;
  photo?: UploadedFile | undefined;
}

/**
 * A team's activity as its leader logs it from a phone: the day, what the team did (guided people
 * to install VNeID, to pay online…), how many citizens it helped, and a photo. Not in the future.
 */
export async function recordTeamActivity(
  ctx: Context,
  files: FileStorage,
  teamId: string,
  input: TeamActivityInput,
  limits: Partial<UploadLimits> = {},
) {
  const team = await loadKeptTeam(ctx, teamId);
  if (input.happenedOn > vietnamToday()) {
    throw new AppError(
      'invalid_input',
      'Ngày hoạt động không được sau hôm nay. Hãy chọn lại ngày.',
      'happenedOn',
    );
  }
  const what = input.what.normalize('NFC').trim();
  if (!what) throw new AppError('invalid_input', 'Hãy ghi tổ đã làm gì.', 'what');
  const photo = input.photo
    ? await inspectFile(
        { name: input.photo.name, bytes: input.photo.bytes, declaredType: input.photo.mediaType },
        { accept: [...PHOTO_FORMATS], limits },
      ).catch(uploadError)
    : null;
  return ctx.db.transaction().execute(async (trx) => {
    const file = photo
      ? await storeFile(trx, files, team.id, ctx.actor.userId, {
          name: photo.name,
          mediaType: photo.mediaType,
          bytes: photo.bytes,
        })
      : null;
    const row = await insertAudited(trx, {
      table: 'team_activities',
      values: {
        team_id: team.id,
        happened_on: input.happenedOn,
        what,
        citizens_helped: input.citizensHelped,
        photo_file_id: file?.id ?? null,
        recorded_by: ctx.actor.userId,
      },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: team.id,
        action: 'team.activity',
        entityType: 'digital_team',
        after: { teamId: team.id, happenedOn: input.happenedOn, what, citizensHelped: input.citizensHelped },
      }),
    });
    return { id: row.id, photoFileId: file?.id ?? null };
  });
}
