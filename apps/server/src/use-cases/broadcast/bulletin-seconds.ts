import { spokenSeconds } from '@lantoa/domain';
import { normaliseForSpeech } from '@lantoa/speech';
import type { BulletinRow } from '../../rows/bulletin.ts';

/**
 * How long a bulletin airs: its recording's length, or before one exists the time the engine will
 * take to say the text (the domain's spoken length, counted on the text as it will be read).
 */
export const bulletinSeconds = (bulletin: Pick<BulletinRow, 'audio_duration_seconds' | 'text'>) =>
  Number(bulletin.audio_duration_seconds ?? spokenSeconds(normaliseForSpeech(bulletin.text)));
