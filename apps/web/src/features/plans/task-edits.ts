import type { ExtractTask } from '../../api/types.ts';

/** The parts of a title written as one item: clauses separated by ";" or sentences. */
export function titleParts(title: string): string[] {
  return title
    .split(/;\s+|\.\s+(?=\p{Lu})/u)
    .map((part) => part.replace(/[.;,]+$/u, '').trim())
    .filter((part) => part.length > 0);
}

const unique = (names: readonly string[]): string[] => [...new Set(names)];

/**
 * A task written as several (its title's clauses or sentences) split into one task each, in its
 * place, with its lead, partners and time; numbered "ref.1", "ref.2"… Unchanged when it has one part.
 */
export function splitTask(tasks: readonly ExtractTask[], index: number): ExtractTask[] {
  const task = tasks[index];
  const parts = task ? titleParts(task.title) : [];
  if (!task || parts.length < 2) return [...tasks];
  const { confidence: _read, ...kept } = task;
  const split = parts.map((title, k) => ({ ...kept, ref: `${task.ref}.${k + 1}`, title }));
  return [...tasks.slice(0, index), ...split, ...tasks.slice(index + 1)];
}

/**
 * Tasks read apart that are one piece of work, merged into the first of them: the titles joined in
 * order, every lead and partner once, the first one's time (or the next that has one).
 */
export function mergeTasks(tasks: readonly ExtractTask[], indexes: readonly number[]): ExtractTask[] {
  const chosen = [...new Set(indexes)].sort((a, b) => a - b).filter((i) => tasks[i]);
  const first = chosen[0];
  if (first === undefined || chosen.length < 2) return [...tasks];
  const parts = chosen.map((i) => tasks[i] as ExtractTask);
  const { confidence: _read, ...head } = parts[0] as ExtractTask;
  const lead = unique(parts.flatMap((t) => t.lead));
  const merged: ExtractTask = {
    ...head,
    title: parts.map((t) => t.title.replace(/[.;]+$/u, '').trim()).join('; '),
    lead,
    partners: unique(parts.flatMap((t) => t.partners)).filter((name) => !lead.includes(name)),
    timeframe: parts.find((t) => t.timeframe)?.timeframe ?? null,
  };
  const others = new Set(chosen.slice(1));
  return tasks.flatMap((t, i) => (i === first ? [merged] : others.has(i) ? [] : [t]));
}
