import { DEFAULT_SESSION_MAX_MINUTES, validateSessionTemplates } from '@lantoa/domain';
import { AppError } from '../../http/errors.ts';
import type { StationSession } from '../../rows/station.ts';

/** What a station's settings screen sends, on creation and (in part) on change. */
export interface StationInput {
  name: string;
  listeners: number;
  sessions: StationSession[];
}

/** Two sessions a day, 15 minutes each: what most communes air (Circular 39/2020 leaves it to them). */
export const DEFAULT_SESSIONS = [
  { start: '06:00', maxMinutes: DEFAULT_SESSION_MAX_MINUTES },
  { start: '17:00', maxMinutes: DEFAULT_SESSION_MAX_MINUTES },
];

/** The settings as stored: the name in NFC without surrounding spaces, sessions in airing order; 400 when the sessions clash. */
export function checkedStationInput(input: StationInput): StationInput {
  const values = {
    name: input.name.normalize('NFC').trim(),
    listeners: input.listeners,
    sessions: [...input.sessions].sort((a, b) => a.start.localeCompare(b.start)),
  };
  const issues = validateSessionTemplates(values.sessions);
  if (issues[0]) throw new AppError('invalid_input', issues[0].message, 'sessions');
  return values;
}
