import { insertBodies, recordAudit } from '@lantoa/db';
import { digitalTeamName, villageKey } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadTrainingBody } from './load-training-body.ts';

/**
 * A commune sets up the community digital team of one of its villages (thôn, tổ dân phố): the team is
 * a body under the village (the village is added to the tree when it is not there yet), so its
 * members, its log and everything measured of it follow the tree like any body. One per village.
 */
export async function createTeam(ctx: Context, bodyId: string, input: { village: string }) {
  const commune = await loadTrainingBody(ctx, bodyId);
  if (commune.kind !== 'commune') {
    throw new AppError(
      'invalid_input',
      'Tổ công nghệ số cộng đồng được lập ở thôn, tổ dân phố của một xã, phường. Hãy chọn xã, phường.',
      'bodyId',
    );
  }
  const villageName = input.village.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!villageName) throw new AppError('invalid_input', 'Hãy nhập tên thôn, tổ dân phố.', 'village');
  return ctx.db.transaction().execute(async (trx) => {
    // The commune's villages, locked so two people setting up the same village's team wait in turn.
    const villages = await trx
      .selectFrom('bodies')
      .selectAll()
      .where('parent_id', '=', commune.id)
      .where('kind', '=', 'village')
      .forUpdate()
      .execute();
    const key = villageKey(villageName);
    let village = villages.find((v) => villageKey(v.name) === key);
    if (village) {
      const existing = await trx
        .selectFrom('bodies')
        .select('id')
        .where('parent_id', '=', village.id)
        .where('kind', '=', 'digital_team')
        .executeTakeFirst();
      if (existing) {
        throw new AppError(
          'conflict',
          `${village.name} đã có Tổ công nghệ số cộng đồng. Mỗi thôn, tổ dân phố có một tổ: hãy mở tổ đó để thêm thành viên.`,
          'village',
        );
      }
    } else {
      [village] = await insertBodies(trx, commune, [{ kind: 'village', name: villageName }]);
      if (!village) throw new Error('village not inserted');
    }
    const [team] = await insertBodies(trx, village, [
      { kind: 'digital_team', name: digitalTeamName(village.name), shortNames: ['Tổ CNSCĐ'] },
    ]);
    if (!team) throw new Error('team not inserted');
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      bodyId: commune.id,
      action: 'team.create',
      entityType: 'digital_team',
      entityId: team.id,
      after: { village: village.name, team: team.name },
    });
    return { id: team.id, village: village.name };
  });
}
