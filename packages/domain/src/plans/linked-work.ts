// Linked work: a task of a body's own plan drafted from the plan above carries the task it came from
// (a commune's "tổ chức tuyên truyền…" carries its assignment on the province's task). The body records
// progress once, on its own task; its assignment on the task above takes its state from it, so the same
// work is neither reported twice nor told two ways.

/** A due date of the body's own task (below), as its lead recorded it. */
export interface CarryingOccurrence {
  dueOn: string;
  completedOn: string | null;
  note: string | null;
  /** Where the progress was recorded, to prefix its note: "Kế hoạch 139/KH-UBND, nhiệm vụ 1.2". */
  source: string;
}

/** A due date of the body's assignment on the task above. */
export interface CarriedOccurrence {
  id: string;
  dueOn: string;
  completedOn: string | null;
  /** Whether its state already comes from below (else it was recorded by hand, or never). */
  carried: boolean;
}

/** The state a carried occurrence takes from the occurrences below that fall to it. */
export interface CarriedProgress {
  completedOn: string | null;
  note: string | null;
}

/** An occurrence's note holds at most this many characters (the progress form's limit). */
const NOTE_LIMIT = 2000;

/**
 * Which due dates below fall to each due date above: the one on the same day; else each falls to the
 * first due date above on or after it (the last one for what comes after them all). A due date above
 * that nothing falls to (the plan below reports less often) waits for the first due date below after
 * it. Returns the indexes of `below` per occurrence of `above` (both sorted by due date).
 */
function fallTo(above: readonly { dueOn: string }[], below: readonly { dueOn: string }[]): number[][] {
  const groups: number[][] = above.map(() => []);
  below.forEach((b, i) => {
    let target = above.findIndex((a) => a.dueOn >= b.dueOn);
    if (target < 0) target = above.length - 1;
    groups[target]?.push(i);
  });
  above.forEach((a, i) => {
    if (groups[i]?.length) return;
    const next = below.findIndex((b) => b.dueOn > a.dueOn);
    if (next >= 0) groups[i]?.push(next);
  });
  return groups;
}

/**
 * The state each due date of the assignment above takes from the body's linked work below: done when
 * every due date below that falls to it is done (on the latest of their days), with their notes. A
 * due date completed by hand before the link stays as recorded (it is not in the answer); so does every
 * due date when nothing below is scheduled.
 */
export function carriedProgress(
  above: readonly CarriedOccurrence[],
  below: readonly CarryingOccurrence[],
): Map<string, CarriedProgress> {
  const sortedAbove = [...above].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const sortedBelow = [...below].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const result = new Map<string, CarriedProgress>();
  if (sortedBelow.length === 0) return result;
  const groups = fallTo(sortedAbove, sortedBelow);
  sortedAbove.forEach((occurrence, i) => {
    const falling = (groups[i] ?? []).map((j) => sortedBelow[j] as CarryingOccurrence);
    if (falling.length === 0) return;
    if (occurrence.completedOn !== null && !occurrence.carried) return;
    const done = falling.every((f) => f.completedOn !== null);
    const completedOn = done
      ? (falling
          .map((f) => f.completedOn as string)
          .sort()
          .at(-1) as string)
      : null;
    const notes = [
      ...new Set(falling.filter((f) => f.note?.trim()).map((f) => `${f.source}: ${f.note?.trim()}`)),
    ];
    const note = notes.length ? notes.join('\n').slice(0, NOTE_LIMIT) : null;
    result.set(occurrence.id, { completedOn, note });
  });
  return result;
}
