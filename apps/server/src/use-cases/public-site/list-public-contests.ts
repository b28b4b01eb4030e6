import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';
import type { PublicSite } from './load-public-site.ts';

/** A published contest of a body under the site, as its home lists it (its page is /thi/:id). */
export interface PublicContest {
  id: string;
  title: string;
  organiser: string;
  /** The first round's opening and the last round's closing, or null before rounds are set. */
  opensAt: Date | null;
  closesAt: Date | null;
}

/**
 * The published contests organised by the bodies under the site: those still open or to come first
 * (soonest closing first), then the finished ones, newest first; at most `limit`.
 */
export async function listPublicContests(
  db: Kysely<Database>,
  site: PublicSite,
  now = new Date(),
  limit = 5,
): Promise<PublicContest[]> {
  const rows = await db
    .selectFrom('quiz_contests as contest')
    .innerJoin('bodies as organiser', 'organiser.id', 'contest.body_id')
    .leftJoin('quiz_rounds as round', 'round.contest_id', 'contest.id')
    .select((eb) => [
      'contest.id',
      'contest.title',
      'organiser.name as organiser',
      eb.fn.min('round.opens_at').as('opens_at'),
      eb.fn.max('round.closes_at').as('closes_at'),
    ])
    .where('contest.status', '=', 'published')
    .where('organiser.path', 'like', `${site.path}%`)
    .groupBy(['contest.id', 'contest.title', 'organiser.name'])
    .execute();
  const time = (d: Date | string | null) => (d === null ? null : new Date(d));
  const contests = rows.map((r) => ({
    id: r.id,
    title: r.title,
    organiser: r.organiser,
    opensAt: time(r.opens_at),
    closesAt: time(r.closes_at),
  }));
  const running = (c: PublicContest) => c.closesAt === null || c.closesAt.getTime() > now.getTime();
  const closing = (c: PublicContest) => c.closesAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return [
    ...contests.filter(running).sort((a, b) => closing(a) - closing(b)),
    ...contests.filter((c) => !running(c)).sort((a, b) => closing(b) - closing(a)),
  ].slice(0, limit);
}
