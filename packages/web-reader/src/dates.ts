import { VIETNAM_OFFSET_MS } from '@lantoa/domain/rules';

// Dates as feeds and pages write them. RSS uses RFC 822 ("Mon, 12 May 2025 08:30:00 +0700"), Atom,
// sitemaps and Open Graph use ISO 8601 ("2025-05-12T08:30:00+07:00", or a bare "2025-05-12"), and
// Vietnamese sites also write "12/05/2025 08:30". A time written without a zone is Vietnam time here:
// these are Vietnamese sites, and JavaScript's Date would read it in the server's zone instead.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// The zone names RFC 822 allows, and Indochina Time.
const NAMED_ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  ict: 7 * 60,
  est: -5 * 60,
  edt: -4 * 60,
  cst: -6 * 60,
  cdt: -5 * 60,
  mst: -7 * 60,
  mdt: -6 * 60,
  pst: -8 * 60,
  pdt: -7 * 60,
};
const VIETNAM_MINUTES = VIETNAM_OFFSET_MS / 60_000;

/**
 * Minutes east of UTC for a zone as written ("+0700", "+07:00", "GMT+7", "Z", "ICT"); null: none
 * written (Vietnam time); undefined: a zone this cannot read.
 */
function zoneMinutes(zone: string | undefined): number | null | undefined {
  const text = zone?.trim().toLowerCase() ?? '';
  if (text === '') return null;
  const named = NAMED_ZONES[text];
  if (named !== undefined) return named;
  const numeric = /^(?:gmt|utc)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!numeric) return undefined;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
  return numeric[1] === '-' ? -minutes : minutes;
}

function instantOf(
  parts: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
  zone: string | undefined,
): Date | null {
  const offset = zoneMinutes(zone);
  if (offset === undefined) return null;
  const { year, month, day, hour = 0, minute = 0, second = 0 } = parts;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  // 31 February and the like roll over in Date.UTC: refuse them instead.
  if (new Date(utc).getUTCDate() !== day) return null;
  return new Date(utc - (offset ?? VIETNAM_MINUTES) * 60_000);
}

/** An instant from a feed's or a page's date, or null when it cannot be read. */
export function parseWebDate(raw: string | null | undefined): Date | null {
  const text = raw?.trim().replace(/\s+/g, ' ') ?? '';
  if (text === '' || text.length > 80) return null;

  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(
      text,
    );
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    return instantOf(
      {
        year: Number(year),
        month: Number(month),
        day: Number(day),
        hour: Number(hour ?? 0),
        minute: Number(minute ?? 0),
        second: Number(second ?? 0),
      },
      zone,
    );
  }

  const rfc822 =
    /^(?:[a-z]{3,9},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]{1,4}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})?$/i.exec(
      text,
    );
  if (rfc822) {
    const [, day, monthName, year, hour, minute, second, zone] = rfc822;
    const month = MONTHS.indexOf(monthName?.toLowerCase() ?? '') + 1;
    if (month === 0) return null;
    const fullYear = Number(year) < 100 ? 2000 + Number(year) : Number(year);
    return instantOf(
      {
        year: fullYear,
        month,
        day: Number(day),
        hour: Number(hour ?? 0),
        minute: Number(minute ?? 0),
        second: Number(second ?? 0),
      },
      zone,
    );
  }

  // dd/mm/yyyy, optionally with HH:MM[:SS] before or after (both orders occur on Vietnamese sites).
  const vietnamese =
    /^(?:(\d{1,2}):(\d{2})(?::(\d{2}))?\s*,?\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*,?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(
      text,
    );
  if (vietnamese) {
    const [, hourBefore, minuteBefore, secondBefore, day, month, year, hourAfter, minuteAfter, secondAfter] =
      vietnamese;
    return instantOf(
      {
        year: Number(year),
        month: Number(month),
        day: Number(day),
        hour: Number(hourBefore ?? hourAfter ?? 0),
        minute: Number(minuteBefore ?? minuteAfter ?? 0),
        second: Number(secondBefore ?? secondAfter ?? 0),
      },
      undefined,
    );
  }
  return null;
}
