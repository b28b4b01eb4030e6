// The honours screens' logic that needs no browser: the evidence of a nomination as the rows of its
// table, and the years a nomination may be of. Unit-tested in apps/web/test/honours-evidence.test.ts.
import { OCCURRENCE_STATES } from '@lantoa/domain/constants';
import type { MessageKey } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../shared/format.ts';
import type { NominationEvidence } from './api.ts';

/** One line of the evidence table: what (a text key), the figure, and whether it details the line above. */
export interface EvidenceRow {
  label: MessageKey;
  value: string;
  detail: boolean;
}

/** "38/45": a count of the people who count; the count alone when nobody counts yet. */
const ofPeople = (count: number, of: number) =>
  of > 0 ? `${formatNumber(count)}/${formatNumber(of)}` : formatNumber(count);

/**
 * The evidence as the table shows it, in the order of the issue: tasks by their four states, outputs,
 * trainings and briefings with their people, events, the loudspeakers' reach. Every figure is shown,
 * zeros too: a nomination is judged on what the records hold, and on what they do not.
 */
export function evidenceRows(e: NominationEvidence): EvidenceRow[] {
  const row = (label: MessageKey, value: string, detail = false): EvidenceRow => ({ label, value, detail });
  return [
    row('honours.evidence.tasks', formatNumber(e.tasks.total)),
    ...OCCURRENCE_STATES.map((state) =>
      row(`honours.evidence.state.${state}`, formatNumber(e.tasks.counts[state]), true),
    ),
    row('honours.evidence.outputs', formatNumber(e.outputs.total)),
    row('honours.evidence.aboutLocal', formatNumber(e.outputs.aboutLocal), true),
    row('honours.evidence.public', formatNumber(e.outputs.public), true),
    row('honours.evidence.trainings', formatNumber(e.courses.trainings)),
    row('honours.evidence.briefings', formatNumber(e.courses.briefings)),
    row('honours.evidence.trained', ofPeople(e.people.trained, e.people.counted)),
    row('honours.evidence.informed', ofPeople(e.people.informed, e.people.counted)),
    row('honours.evidence.events', formatNumber(e.events.held)),
    row('honours.evidence.airings', formatNumber(e.broadcast.airings)),
    row('honours.evidence.reach', ofPeople(e.broadcast.listenersReached, e.broadcast.listeners)),
  ];
}

/** The years a nomination may be of: this year and the four before it, newest first. */
export function nominationYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return [0, 1, 2, 3, 4].map((back) => year - back);
}
