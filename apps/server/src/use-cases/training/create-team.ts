import { foldVietnamese } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { loadTrainingBody } from './load-training-body.ts';

/** A commune sets up the community digital team of one of its villages (thôn, tổ dân phố). */
export async function createTeam(ctx: Context, bodyId: string, input: { village: string }) {
  const body = await loadTrainingBody(ctx, bodyId);
  if (body.kind !== 'commune') {
    throw new AppError(
      'invalid_input',
      'Tổ công nghệ số cộng đồng được lập ở thôn, tổ dân phố của một xã, phường. Hãy chọn xã, phường.',
      'bodyId',
    );
  }
  const village = input.village.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!village) throw new AppError('invalid_input', 'Hãy nhập tên thôn, tổ dân phố.', 'village');
  const row = await insertAudited(ctx.db, {
    table: 'digital_teams',
    values: { body_id: body.id, village, village_key: foldVietnamese(village) },
    unique: {
      columns: ['body_id', 'village_key'],
      taken: () =>
        new AppError(
          'conflict',
          `${village} đã có Tổ công nghệ số cộng đồng. Mỗi thôn, tổ dân phố có một tổ: hãy mở tổ đó để thêm thành viên.`,
          'village',
        ),
    },
    audit: () => ({
      actorId: ctx.actor.userId,
      bodyId: body.id,
      action: 'team.create',
      entityType: 'digital_team',
      after: { village },
    }),
  });
  return { id: row.id, village: row.village };
}
