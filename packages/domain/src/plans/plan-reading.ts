// Conventions of a plan's reading that the parser and the review screen share: how sure a reading
// is of an item, and how a duty of "Tổ chức thực hiện" is named and titled as a task.

/** Below this confidence (0…1), an extracted task, target, basis or duty is shown for a second look. */
export const LOW_CONFIDENCE = 0.7;

/** Where a task made from a duty comes from: "TCTH.2.1", the first duty of the second body under "Tổ chức thực hiện". */
export const dutyRef = (body: number, duty: number): string => `TCTH.${body + 1}.${duty + 1}`;

/** A title stays a title: the first clause of a duty, cut there if it runs on. */
const DUTY_TITLE_MAX = 500;

/** A duty's first clause, capitalised, as the title of its task ("Chủ trì, theo dõi, đôn đốc …"). */
export function dutyTitle(duty: string): string {
  const text = duty.trim();
  const clause =
    text
      .split(/;\s+|\.\s+(?=\p{Lu})/u)[0]
      ?.replace(/[.;:,]+$/u, '')
      .trim() || text;
  return (clause.charAt(0).toLocaleUpperCase('vi') + clause.slice(1)).slice(0, DUTY_TITLE_MAX);
}
