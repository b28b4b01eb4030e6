// The report's life, in one place: the server enforces it, the web shows the buttons it allows.
// Draft → submitted → returned (with comments) or accepted; an accepted report is locked until a
// coordinator unlocks it with a reason, which sends it back to the body as returned.

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_TRANSITIONS = ['submit', 'return', 'accept', 'unlock'] as const;
export type ReportTransition = (typeof REPORT_TRANSITIONS)[number];

/** Who may make a transition: the reporting body ('edit') or its reviewer ('review'). */
export type ReportActor = 'edit' | 'review';

export const REPORT_TRANSITION_RULES: Readonly<
  Record<
    ReportTransition,
    { from: readonly ReportStatus[]; to: ReportStatus; who: ReportActor; needsComment: boolean }
  >
> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', who: 'edit', needsComment: false },
  return: { from: ['submitted'], to: 'returned', who: 'review', needsComment: true },
  accept: { from: ['submitted'], to: 'accepted', who: 'review', needsComment: false },
  unlock: { from: ['accepted'], to: 'returned', who: 'review', needsComment: true },
};

/** A report that does not exist yet is a draft. */
export function reportStatusOf(report: { status: ReportStatus } | null | undefined): ReportStatus {
  return report?.status ?? 'draft';
}

/** The statuses of a report that is in for its period: sent, or accepted after review (a returned one is not). */
export const REPORTS_IN = ['submitted', 'accepted'] as const satisfies readonly ReportStatus[];

/**
 * Which reports' figures a roll-up sums. Official figures (the consolidated report, its workbook)
 * rest on accepted reports only; the live dashboard may also show what was submitted and not yet
 * reviewed, marked provisional.
 */
export const VALUE_BASES = ['accepted', 'submitted'] as const;
export type ValueBasis = (typeof VALUE_BASES)[number];

/** The report statuses whose values a roll-up on `basis` counts. */
export function statusesCounted(basis: ValueBasis): readonly ReportStatus[] {
  return basis === 'accepted' ? ['accepted'] : REPORTS_IN;
}

/**
 * Whether a body expected to report for a period has not: no report, a draft, or one returned to it
 * (the cascade's "not reported", its map's colour, the reminders).
 */
export function isReportMissing(report: { expected: boolean; status: ReportStatus | null }): boolean {
  return report.expected && !(REPORTS_IN as readonly (ReportStatus | null)[]).includes(report.status);
}

/** Whether the body may still change its figures and texts: a draft, or a report sent back to it. */
export function isReportEditable(status: ReportStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** Whether a transition may start from a status. */
export function canTransition(status: ReportStatus, transition: ReportTransition): boolean {
  return REPORT_TRANSITION_RULES[transition].from.includes(status);
}

/**
 * What an actor may do with a report now, from what their role allows at that body (`edit` for the
 * reporting body, `review` for those above it) and the report's status.
 */
export function reportAbilities(allowed: Record<ReportActor, boolean>, status: ReportStatus) {
  const may = (transition: ReportTransition) =>
    allowed[REPORT_TRANSITION_RULES[transition].who] && canTransition(status, transition);
  return {
    edit: allowed.edit && isReportEditable(status),
    submit: may('submit'),
    review: may('accept'),
    unlock: may('unlock'),
  };
}
