import type { PlainCell } from '../files/read-uploaded-workbook.ts';
import { cellText, foldedKey } from '../training/import-sheet.ts';

// Cells of the communication imports (the network's contacts, the outputs register) beyond those the
// training imports read (training/import-sheet.ts): yes/no, a list of topics, a value of a closed
// list named in Vietnamese.

const YES = new Set(['co', 'x', 'dong y', 'da dong y', 'yes', 'y', 'true', '1', 'dung']);
const NO = new Set(['', 'khong', 'chua', 'no', 'n', 'false', '0', 'sai']);

/** A Có/Không cell (also x, 1/0, a checkbox's TRUE/FALSE); empty is "no", anything else 'bad'. */
export function cellYesNo(value: PlainCell | undefined): boolean | 'bad' {
  if (typeof value === 'boolean') return value;
  const key = foldedKey(cellText(value));
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return 'bad';
}

/** Topics written in one cell, separated by ";". */
export const cellTopics = (value: PlainCell | undefined): string[] =>
  cellText(value)
    .split(/[;；]/)
    .map((topic) => topic.trim())
    .filter(Boolean);

/**
 * The value of a closed list a cell names: its Vietnamese name, one of the other ways people write it,
 * or its code, compared folded (diacritics, tone placement, case and punctuation ignored).
 */
export function closedListReader<K extends string>(
  names: Record<K, string>,
  variants: Record<K, readonly string[]>,
): (text: string) => K | null {
  const byKey = new Map<string, K>();
  for (const value of Object.keys(names) as K[]) {
    for (const name of [names[value], ...variants[value], value]) byKey.set(foldedKey(name), value);
  }
  return (text) => byKey.get(foldedKey(text)) ?? null;
}
