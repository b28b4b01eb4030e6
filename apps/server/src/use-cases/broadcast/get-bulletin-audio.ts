import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { storedFileColumns } from '../files/stored-file.ts';
import { loadVisibleBulletin } from './load-bulletin.ts';

/** The recording of a bulletin the actor sees; 404 before one exists. */
export async function getBulletinAudio(ctx: Context, id: string) {
  const row = await loadVisibleBulletin(ctx, id);
  if (!row.audio_file_id) throw notFound('bản ghi âm');
  return ctx.db
    .selectFrom('files')
    .select(storedFileColumns)
    .where('id', '=', row.audio_file_id)
    .executeTakeFirstOrThrow();
}
