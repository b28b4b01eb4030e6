// Internal helper, not re-exported from the quiz index.

/** Locale-independent string ordering, so the same ids sort the same way on every machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
