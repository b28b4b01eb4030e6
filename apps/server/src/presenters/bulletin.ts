import { draftSentence } from '@lantoa/api-contract/assistant-drafts';
import { can } from '@lantoa/domain';
import { z } from 'zod';
import type { Context } from '../http/context.ts';
import { audioIsStale, type BulletinRow } from '../rows/bulletin.ts';

/**
 * A drafted bulletin's sentences with their sources, as stored (0023); a value that is not that shape
 * (none is written but by the draft) reads as no sources rather than failing the bulletin.
 */
const storedSources = z.array(draftSentence).catch([]);

/** A bulletin as the API answers it, with its audio state and whether the actor may change it. */
export function presentBulletin(ctx: Context, bulletin: BulletinRow) {
  return {
    id: bulletin.id,
    title: bulletin.title,
    text: bulletin.text,
    priority: bulletin.priority,
    body: { id: bulletin.body_id, name: bulletin.body_name },
    target: { id: bulletin.target_body_id, name: bulletin.target_name },
    validFrom: bulletin.valid_from,
    validUntil: bulletin.valid_until,
    sourceItem: bulletin.source_item_id
      ? { id: bulletin.source_item_id, title: bulletin.source_item_title ?? '' }
      : null,
    sourceBulletin: bulletin.source_bulletin_id
      ? { id: bulletin.source_bulletin_id, title: bulletin.source_bulletin_title ?? '' }
      : null,
    audio: {
      status: bulletin.audio_status,
      progress: bulletin.audio_progress,
      error: bulletin.audio_error,
      durationSeconds:
        bulletin.audio_duration_seconds === null ? null : Number(bulletin.audio_duration_seconds),
      mediaType: bulletin.audio_media_type,
      stale: audioIsStale(bulletin),
    },
    sources: storedSources.parse(bulletin.sources),
    version: bulletin.version,
    createdAt: bulletin.created_at.toISOString(),
    canEdit: can(ctx.actor, 'broadcast', bulletin.body_path),
  };
}
