import type { BulletinsTable, Database } from '@lantoa/db';
import { type SpeechEngine, SpeechError } from '@lantoa/speech';
import type { Kysely, Updateable } from 'kysely';
import { z } from 'zod';
import { speechTextHash } from '../rows/bulletin.ts';
import { storeFile } from '../use-cases/files/store-file.ts';
import type { JobDefinition } from './worker.ts';

const setAudio = (db: Kysely<Database>, id: string, values: Updateable<BulletinsTable>) =>
  db.updateTable('bulletins').set(values).where('id', '=', id).execute();

/**
 * Reads a bulletin out with the configured speech engine and stores the recording with its duration.
 * Progress follows the engine's chunks; a text changed meanwhile is caught by the hash (stale audio).
 */
export function bulletinSpeechJob(engine: SpeechEngine): JobDefinition<'bulletin.speech'> {
  return {
    kind: 'bulletin.speech',
    parse: (payload) => z.object({ bulletinId: z.uuid() }).parse(payload),
    async handle(db, { bulletinId }) {
      const bulletin = await db
        .selectFrom('bulletins')
        .select(['id', 'body_id', 'title', 'text', 'audio_status', 'audio_text_hash', 'created_by'])
        .where('id', '=', bulletinId)
        .executeTakeFirst();
      if (!bulletin) return;
      const hash = speechTextHash(bulletin.title, bulletin.text);
      // Idempotent: a retry finds the recording of this very text done.
      if (bulletin.audio_status === 'ready' && bulletin.audio_text_hash === hash) return;
      await setAudio(db, bulletinId, { audio_status: 'running', audio_progress: 0, audio_error: null });
      let last = 0;
      try {
        const audio = await engine.synthesize(`${bulletin.title}.\n${bulletin.text}`, {
          onProgress: (fraction) => {
            const progress = Math.min(99, Math.round(fraction * 100));
            if (progress - last < 5) return;
            last = progress;
            void setAudio(db, bulletinId, { audio_progress: progress }).catch(() => {});
          },
        });
        await db.transaction().execute(async (trx) => {
          const file = await storeFile(trx, bulletin.body_id, bulletin.created_by, {
            name: `ban-tin.${audio.extension}`,
            mediaType: audio.mediaType,
            bytes: audio.bytes,
          });
          await trx
            .updateTable('bulletins')
            .set({
              audio_status: 'ready',
              audio_progress: 100,
              audio_file_id: file.id,
              audio_duration_seconds: Math.round(audio.durationSeconds * 10) / 10,
              audio_text_hash: hash,
            })
            .where('id', '=', bulletinId)
            .execute();
        });
      } catch (error) {
        // A clear refusal (no engine installed, text too long) ends here; anything else is retried.
        if (!(error instanceof SpeechError)) throw error;
        await setAudio(db, bulletinId, {
          audio_status: 'failed',
          audio_progress: 100,
          audio_error: error.message,
        });
      }
    },
    async onFinalFailure(db, { bulletinId }) {
      await setAudio(db, bulletinId, {
        audio_status: 'failed',
        audio_progress: 100,
        audio_error: 'Không tạo được bản đọc. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo quản trị hệ thống.',
      });
    },
  };
}
