import { statusesCounted } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';

/** A body's lines of text once each, however many reports of the years repeat them. */
function linesOf(texts: string[]): string[] {
  const lines = texts
    .flatMap((t) => t.split(/\r?\n/))
    .map((l) => l.trim().replace(/^[-–•+]\s*/u, ''))
    .filter(Boolean);
  return [...new Set(lines)];
}

/**
 * A body's text under its name, so that no line loses who wrote it: "- Xã Hòa An: …" for one line,
 * else "- Xã Hòa An:" and each line as "+ …".
 */
function underName(name: string, lines: string[]): string[] {
  if (lines.length <= 1) return lines.map((l) => `- ${name}: ${l}`);
  return [`- ${name}:`, ...lines.map((l) => `+ ${l}`)];
}

/**
 * What the bodies wrote in their accepted reports of the plan's periods in the years (official, as
 * the figures): the difficulties and proposals under each body's name, and how many reports and
 * bodies that is.
 */
export async function narrativesOfYears(ctx: Context, planId: string, years: readonly number[]) {
  const reports = await ctx.db
    .selectFrom('reports as r')
    .innerJoin('reporting_periods as p', 'p.id', 'r.period_id')
    .innerJoin('bodies as b', 'b.id', 'r.body_id')
    .select(['b.id as body_id', 'b.name', 'r.difficulties', 'r.proposals'])
    .where('p.plan_id', '=', planId)
    .where('p.data_to', '>=', `${years[0]}-01-01`)
    .where('p.data_to', '<=', `${years.at(-1)}-12-31`)
    .where('r.status', 'in', statusesCounted('accepted'))
    .orderBy('b.name')
    .orderBy('p.due_on')
    .execute();
  const bodies = new Map<string, { name: string; difficulties: string[]; proposals: string[] }>();
  for (const r of reports) {
    const body = bodies.get(r.body_id) ?? { name: r.name, difficulties: [], proposals: [] };
    body.difficulties.push(r.difficulties);
    body.proposals.push(r.proposals);
    bodies.set(r.body_id, body);
  }
  const all = [...bodies.values()];
  return {
    reports: reports.length,
    bodies: all.length,
    difficulties: all.flatMap((b) => underName(b.name, linesOf(b.difficulties))),
    proposals: all.flatMap((b) => underName(b.name, linesOf(b.proposals))),
  };
}
