// The closed lists of the budget (issue 18): where the money comes from, where an estimate stands
// on its way body → department (consolidates) → finance department (appraises) → allocation, and the
// outcome of a line's appraisal.

/** State budget by level, then socialised and other lawful sources (the plans' "Kinh phí" section). */
export const FUNDING_SOURCES = [
  'central_budget',
  'provincial_budget',
  'commune_budget',
  'socialised',
  'other',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const ESTIMATE_STATUSES = ['draft', 'submitted', 'consolidated', 'appraised', 'allocated'] as const;
export type EstimateStatus = (typeof ESTIMATE_STATUSES)[number];

/** A line's appraisal: approved as estimated, reduced (with a reason), or refused (with a reason). */
export const APPRAISAL_OUTCOMES = ['approved', 'reduced', 'refused'] as const;
export type AppraisalOutcome = (typeof APPRAISAL_OUTCOMES)[number];
