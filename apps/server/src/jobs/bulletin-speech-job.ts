import type { BulletinsTable, Database } from '@lantoa/db';
import { applyPronunciations, type SpeechEngine, SpeechError } from '@lantoa/speech';
import type { Kysely, Updateable } from 'kysely';
import { z } from 'zod';
import { openedFileStorage } from '../files/create-file-storage.ts';
import { speechTextHash, spokenBulletin } from '../rows/bulletin.ts';
import { storeFile } from '../use-cases/files/store-file.ts';
import { asLexicon, bodyLexicon } from '../use-cases/pronunciations/body-lexicon.ts';
import type { JobDefinition } from './worker.ts';

const setAudio = (db: Kysely<Database>, id: string, values: Updateable<BulletinsTable>) =>
  db.updateTable('bulletins').set(values).where('id', '=', id).execute();

const lexiconOf = async (db: Kysely<Database>, bodyId: string) => {
  const body = await db
    .selectFrom('bodies')
    .select('path')
    .where('id', '=', bodyId)
    .executeTakeFirstOrThrow();
  return asLexicon(await bodyLexicon(db, body.path));
};

/**
 * Reads a bulletin out with the configured speech engine and stores the recording with its duration.
 * Progress follows the engine's chunks; a text changed meanwhile is caught by the hash (stale audio).
 * The author body's pronunciation list (its own and those above) is applied first, as the readiness
 * check shows it; a list changed while the engine reads leaves the recording stale (no hash), as a
 * change of the list does to the recordings made before it (pronunciations/mark-recordings-stale.ts).
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
      const lexicon = await lexiconOf(db, bulletin.body_id);
      let last = 0;
      try {
        // The same as normaliseForSpeech(text, lexicon), which the engine's own normalising follows.
        const spoken = applyPronunciations(spokenBulletin(bulletin), lexicon);
        const audio = await engine.synthesize(spoken, {
          onProgress: (fraction) => {
            const progress = Math.min(99, Math.round(fraction * 100));
            if (progress - last < 5) return;
            last = progress;
            void setAudio(db, bulletinId, { audio_progress: progress }).catch(() => {});
          },
        });
        await db.transaction().execute(async (trx) => {
          const listNow = await lexiconOf(trx, bulletin.body_id);
          const sameList = JSON.stringify(listNow) === JSON.stringify(lexicon);
          const file = await storeFile(trx, openedFileStorage(db), bulletin.body_id, bulletin.created_by, {
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
              audio_text_hash: sameList ? hash : null,
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
