// How sure the reading is of each item, from what the item ended up with: a task with no lead, no
// time, or a title that reads like a heading is less likely to be read right than one with all three.
// The weights are judgement, not statistics: they order items for the reviewer (below
// `LOW_CONFIDENCE`, in the domain, the review screen marks them), they do not promise a probability.
import type {
  PlanBasis,
  PlanExtract,
  PlanResponsibility,
  PlanTarget,
  PlanTask,
  Timeframe,
} from '../types.ts';

/** Below this, the review screen marks an item for a second look. */
export const LOW_CONFIDENCE = 0.7;

const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/** A time the calendar can place: years, quarters, months, "thường xuyên", "hằng năm"… */
const placed = (t: Timeframe): boolean =>
  Boolean(
    t.years?.length ||
      t.quarters?.length ||
      t.months?.length ||
      t.continuous ||
      t.yearly ||
      t.followsSuperior,
  );

/** A title that is a sentence of work, not a heading ("Nhiệm vụ chung:") or a fragment. */
const readsAsWork = (title: string): boolean =>
  title.length >= 12 && title.length <= 400 && !/:$/.test(title) && /\p{Ll}/u.test(title);

export function taskConfidence(task: PlanTask): number {
  return round(
    0.1 +
      (task.lead.length ? 0.45 : 0) +
      (readsAsWork(task.title) ? 0.25 : task.title ? 0.1 : 0) +
      (task.timeframe ? (placed(task.timeframe) ? 0.2 : 0.1) : 0),
  );
}

export function targetConfidence(target: PlanTarget): number {
  const plausible = target.unit === '%' ? target.value > 0 && target.value <= 100 : target.value > 0;
  return round(
    0.35 + (target.year !== null ? 0.35 : 0) + (plausible ? 0.15 : 0) + (target.text.length >= 15 ? 0.15 : 0),
  );
}

export function basisConfidence(basis: PlanBasis): number {
  return round(0.5 + (basis.date ? 0.25 : 0) + (basis.issuer ? 0.15 : 0) + (basis.kind ? 0.1 : 0));
}

/** A duty's body name is short and opens with a capital; a long one is likely a sentence. */
export function dutyConfidence(duty: PlanResponsibility): number {
  const named = duty.agency.length <= 150 && /^\p{Lu}/u.test(duty.agency);
  return round(0.5 + (named ? 0.3 : 0) + (duty.duties.length ? 0.2 : 0));
}

/** The extract with a confidence on every task, target, basis and duty. */
export function withConfidence(extract: PlanExtract): PlanExtract {
  return {
    ...extract,
    basis: extract.basis.map((b) => ({ ...b, confidence: basisConfidence(b) })),
    targets: extract.targets.map((t) => ({ ...t, confidence: targetConfidence(t) })),
    tasks: extract.tasks.map((t) => ({ ...t, confidence: taskConfidence(t) })),
    responsibilities: extract.responsibilities.map((r) => ({ ...r, confidence: dutyConfidence(r) })),
  };
}
