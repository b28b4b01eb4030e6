import { addDays, clockMinutes, clockText, isoWeekday } from './time.ts';
import {
  type BroadcastSession,
  DEFAULT_SESSION_MAX_MINUTES,
  MAX_SESSIONS_PER_DAY,
  SESSION_MAX_MINUTES_RANGE,
  type SessionTemplate,
} from './types.ts';

export const SESSION_TEMPLATE_ISSUE_KINDS = [
  'invalid_time',
  'invalid_length',
  'invalid_weekday',
  'past_midnight',
  'overlap',
  'too_many',
] as const;
export type SessionTemplateIssueKind = (typeof SESSION_TEMPLATE_ISSUE_KINDS)[number];

export interface SessionTemplateIssue {
  kind: SessionTemplateIssueKind;
  /** Positions in the template list the issue is about (two for an overlap, none for too_many). */
  templates: number[];
  /** Vietnamese, says what to do. */
  message: string;
}

const WEEKDAY_NAMES_VI = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const ALL_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * Problems with a station's daily sessions, in a fixed order (per template, then overlaps, then the
 * daily count); empty when the templates are fine:
 * - invalid_time: start is not 'HH:MM' between 00:00 and 23:59;
 * - invalid_length: maxMinutes is not a whole number from 1 to 60;
 * - invalid_weekday: weekdays is empty or holds something other than 1 (Monday) … 7 (Sunday);
 * - past_midnight: start + maxMinutes runs beyond 24:00;
 * - overlap: on a day both run, a session starts before the previous one's longest end (two sessions
 *   at the same time overlap too; ending exactly when the next starts is fine);
 * - too_many: more than MAX_SESSIONS_PER_DAY sessions on some weekday.
 * Overlaps and the count only consider templates without invalid_time / invalid_length.
 */
export function validateSessionTemplates(templates: readonly SessionTemplate[]): SessionTemplateIssue[] {
  const issues: SessionTemplateIssue[] = [];
  const usable: { index: number; start: number; minutes: number; days: number[] }[] = [];
  templates.forEach((template, index) => {
    const start = clockMinutes(template.start);
    const minutes = template.maxMinutes ?? DEFAULT_SESSION_MAX_MINUTES;
    const label = `Buổi phát thứ ${index + 1}`;
    if (start === null) {
      issues.push({
        kind: 'invalid_time',
        templates: [index],
        message: `${label}: giờ bắt đầu "${template.start}" không hợp lệ; hãy nhập theo dạng HH:MM, từ 00:00 đến 23:59.`,
      });
    }
    const lengthOk =
      Number.isInteger(minutes) &&
      minutes >= SESSION_MAX_MINUTES_RANGE.min &&
      minutes <= SESSION_MAX_MINUTES_RANGE.max;
    if (!lengthOk) {
      issues.push({
        kind: 'invalid_length',
        templates: [index],
        message: `${label}: thời lượng tối đa ${minutes} phút không hợp lệ; hãy nhập số phút nguyên từ ${SESSION_MAX_MINUTES_RANGE.min} đến ${SESSION_MAX_MINUTES_RANGE.max}.`,
      });
    }
    const days = template.weekdays ?? ALL_WEEKDAYS;
    if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
      issues.push({
        kind: 'invalid_weekday',
        templates: [index],
        message: `${label}: ngày phát trong tuần không hợp lệ; hãy chọn ít nhất một ngày, từ 1 (thứ Hai) đến 7 (Chủ nhật).`,
      });
    }
    if (start === null || !lengthOk) return;
    if (start + minutes > 24 * 60) {
      issues.push({
        kind: 'past_midnight',
        templates: [index],
        message: `Buổi ${template.start} (tối đa ${minutes} phút) kéo dài quá 24:00; hãy đặt giờ bắt đầu sớm hơn hoặc giảm thời lượng.`,
      });
    }
    usable.push({ index, start, minutes, days: [...new Set(days)] });
  });

  const reported = new Set<string>();
  const crowdedDays: number[] = [];
  let most = 0;
  for (const weekday of ALL_WEEKDAYS) {
    const today = usable
      .filter((t) => t.days.includes(weekday))
      .sort((a, b) => a.start - b.start || a.index - b.index);
    for (const [i, after] of today.entries()) {
      const before = today[i - 1];
      if (!before) continue;
      const key = `${before.index}:${after.index}`;
      if (after.start >= before.start + before.minutes || reported.has(key)) continue;
      reported.add(key);
      const beforeText = clockText(before.start);
      const afterText = clockText(after.start);
      issues.push({
        kind: 'overlap',
        templates: [before.index, after.index],
        message:
          `Buổi ${beforeText} (tối đa ${before.minutes} phút, đến ${clockText(before.start + before.minutes)}) ` +
          `chồng lên buổi ${afterText}; hãy lùi giờ buổi ${afterText} hoặc giảm thời lượng buổi ${beforeText}.`,
      });
    }
    if (today.length > MAX_SESSIONS_PER_DAY) {
      crowdedDays.push(weekday);
      most = Math.max(most, today.length);
    }
  }
  if (crowdedDays.length > 0) {
    const when =
      crowdedDays.length === 7 ? 'mỗi ngày' : `vào ${crowdedDays.map((d) => WEEKDAY_NAMES_VI[d]).join(', ')}`;
    issues.push({
      kind: 'too_many',
      templates: [],
      message: `Có tới ${most} buổi phát ${when}, nhiều hơn mức tối đa ${MAX_SESSIONS_PER_DAY} buổi một ngày; hãy bỏ bớt buổi phát.`,
    });
  }
  return issues;
}

/**
 * The concrete sessions of one station for `days` days from `fromDate` (inclusive), in date and time
 * order, with ids `${stationId}:${date}:${start}`. A template runs on its weekdays only (every day
 * without). Throws RangeError when `fromDate` is not a date, `days` is not a whole number ≥ 0, or the
 * templates have any issue from `validateSessionTemplates` (check them first to show the messages).
 */
export function sessionsForDays(
  stationId: string,
  templates: readonly SessionTemplate[],
  fromDate: string,
  days: number,
): BroadcastSession[] {
  addDays(fromDate, 0); // validates the date even when no day is asked for
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  const issues = validateSessionTemplates(templates);
  const [first] = issues;
  if (first) throw new RangeError(`Invalid session templates: ${first.message}`);
  const ordered = [...templates].sort((a, b) => (clockMinutes(a.start) ?? 0) - (clockMinutes(b.start) ?? 0));
  const sessions: BroadcastSession[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(fromDate, i);
    const weekday = isoWeekday(date);
    for (const template of ordered) {
      if (template.weekdays && !template.weekdays.includes(weekday)) continue;
      sessions.push({
        id: `${stationId}:${date}:${template.start}`,
        stationId,
        date,
        start: template.start,
        maxSeconds: (template.maxMinutes ?? DEFAULT_SESSION_MAX_MINUTES) * 60,
      });
    }
  }
  return sessions;
}
