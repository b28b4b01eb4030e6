import type { Database } from '@lantoa/db';
import { assignableBy } from '@lantoa/domain';
import type { PlanTask } from '@lantoa/plan-parser';
import type { Kysely } from 'kysely';

/** A plan import's names as written → the bodies the reviewer (or the matcher) gave them. */
export type BodyMapping = Record<string, string[]>;

export type Role = 'lead' | 'partner';

/** A body the task gives work to, with the name the plan writes for it. */
export interface WantedAssignment {
  bodyId: string;
  role: Role;
  writtenAs: string;
}

/** A name of the task standing for bodies above or beside the issuer: "phối hợp từ cấp trên". */
export interface TaskCoordination {
  role: Role;
  writtenAs: string;
  bodyIds: string[];
}

/** The materialised path of each of these bodies (unknown ids are left out). */
export async function bodyPaths(db: Kysely<Database>, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('bodies').select(['id', 'path']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.path]));
}

/**
 * What a task of a plan issued at `issuerPath` gives to whom: its leads, then its partners, each body
 * once (a lead is not also a partner), only within the issuer's subtree (assignableBy); the bodies
 * its names stand for outside it are the task's coordination, per name as written. The one place
 * publishing and amending decide who gets work.
 */
export function taskWork(
  task: Pick<PlanTask, 'lead' | 'partners'>,
  mapping: BodyMapping,
  issuerPath: string,
  paths: ReadonlyMap<string, string>,
): { wanted: WantedAssignment[]; coordination: TaskCoordination[] } {
  const seen = new Set<string>();
  const wanted: WantedAssignment[] = [];
  const coordination: TaskCoordination[] = [];
  for (const role of ['lead', 'partner'] as const) {
    for (const name of role === 'lead' ? task.lead : task.partners) {
      const upper: string[] = [];
      for (const bodyId of mapping[name] ?? []) {
        const path = paths.get(bodyId);
        // An id that names no body stays wanted, as before: storing it fails loudly.
        if (path !== undefined && !assignableBy(issuerPath, path)) {
          if (!upper.includes(bodyId)) upper.push(bodyId);
          continue;
        }
        if (seen.has(bodyId)) continue;
        seen.add(bodyId);
        wanted.push({ bodyId, role, writtenAs: name });
      }
      if (upper.length > 0 && !coordination.some((c) => c.role === role && c.writtenAs === name)) {
        coordination.push({ role, writtenAs: name, bodyIds: upper });
      }
    }
  }
  return { wanted, coordination };
}

/** A task's stored coordination list, read defensively (the column is JSON). */
export function readCoordination(value: unknown): TaskCoordination[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { role, writtenAs, bodyIds } = entry as Record<string, unknown>;
    if ((role !== 'lead' && role !== 'partner') || typeof writtenAs !== 'string') return [];
    const ids = Array.isArray(bodyIds) ? bodyIds.filter((id): id is string => typeof id === 'string') : [];
    return [{ role, writtenAs, bodyIds: ids }];
  });
}
