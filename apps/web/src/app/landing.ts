import type { Me } from '../api/types.ts';

/**
 * Whose day starts where: administrators keep the organisation, coordinators follow a plan, focal
 * points do their tasks, broadcasters run their station's programme, everyone else (the leaders,
 * who only read) watches the dashboard. Read from the abilities, the strongest first: a focal point
 * also manages its own body's plan, but it is the one who edits no body that follows plans (the
 * coordinator keeps the bodies of its province).
 */
export type Landing = 'bodies' | 'plan' | 'myTasks' | 'station' | 'dashboard';

export function landingOf(me: Pick<Me, 'abilities'>): Landing {
  const can = me.abilities;
  if (can.manageUsers) return 'bodies';
  if (can.managePlans && can.editBody) return 'plan';
  if (can.updateTasks) return 'myTasks';
  if (can.broadcast) return 'station';
  return 'dashboard';
}

/** A plan as the landing page needs it. */
export interface LandingPlan {
  id: string;
  level: string | null;
  body: { id: string };
}

/**
 * The coordinator's plan: the one its own body issued, else the provincial plan every body reports
 * on, else the first it sees; its bodies' tab counts who is late. None: the plans list.
 */
export function coordinatorPath(plans: LandingPlan[], bodyId: string): string {
  const plan =
    plans.find((p) => p.body.id === bodyId) ?? plans.find((p) => p.level === 'province') ?? plans[0];
  return plan ? `/plans/${plan.id}?tab=bodies` : '/plans';
}

/** The broadcaster's station (its own body's, else the only one it keeps): its programme. */
export function stationPath(stations: { id: string; body: { id: string } }[], bodyId: string): string {
  const station =
    stations.find((s) => s.body.id === bodyId) ?? (stations.length === 1 ? stations[0] : undefined);
  return station ? `/broadcast/stations/${station.id}` : '/broadcast/stations';
}

/** The paths that need nothing loaded. */
export const STATIC_LANDING: Record<Exclude<Landing, 'plan' | 'station'>, string> = {
  bodies: '/bodies',
  myTasks: '/my-tasks',
  dashboard: '/dashboard',
};
