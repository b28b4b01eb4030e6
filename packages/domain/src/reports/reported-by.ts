import type { BodyKind } from '../bodies/body.ts';

// Which kinds of body report an indicator (issue 20): a commune is not asked for the S&T tasks of the
// province's budget, a press agency not for the population its loudspeakers reach. An empty list is
// every body the plan assigns work to, as before the choice existed.

/** Whether a body of `kind` reports an indicator reported by `reportedBy` (empty: every kind). */
export function reportsIndicator(reportedBy: readonly BodyKind[], kind: BodyKind): boolean {
  return reportedBy.length === 0 || reportedBy.includes(kind);
}

/** Words as whole words: `\b` knows nothing of Vietnamese letters ("chí" ends in a non-ASCII one). */
const words = (pattern: string) => new RegExp(`(?<!\\p{L})(?:${pattern})(?!\\p{L})`, 'iu');

// What a target's text says of who can measure it, first match wins; the coordinator refines it.
const WHO_MEASURES: { says: RegExp; kinds: BodyKind[] }[] = [
  // "100% cơ quan báo chí tỉnh xây dựng chuyên trang, chuyên mục".
  { says: words('cơ quan báo chí'), kinds: ['press_agency'] },
  // "100% nhiệm vụ khoa học và công nghệ … được truyền thông": the department's register.
  { says: words('nhiệm vụ (?:khoa học và công nghệ|KH&CN|KHCN)'), kinds: ['department'] },
  // What only a commune counts: its people, households, villages, teams and loudspeakers.
  {
    says: words('người dân|hộ gia đình|thôn|tổ dân phố|tổ công nghệ số|truyền thanh|thông tin cơ sở'),
    kinds: ['commune'],
  },
];

/** The kinds of body a plan's target is first proposed to be reported by; empty: every body. */
export function proposeReportedBy(targetText: string): BodyKind[] {
  const text = targetText.normalize('NFC');
  return WHO_MEASURES.find((rule) => rule.says.test(text))?.kinds ?? [];
}
