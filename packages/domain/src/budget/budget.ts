// The closed lists of the budget (issue 18): where the money comes from, where an estimate stands
// on its way body → department (consolidates) → finance department (appraises) → allocation, and the
// outcome of a line's appraisal, each with its Vietnamese name. The chain's rules and the amounts are
// in budget-chain.ts and budget-amounts.ts, exported from here: small pure rules, no body catalogue
// (the web's constants entry point exports this file).

import { membersOf } from '../named-list.ts';

/** State budget by level, then socialised and other lawful sources (the plans' "Kinh phí" section). */
export const FUNDING_SOURCE_NAMES = {
  central_budget: 'Ngân sách trung ương',
  provincial_budget: 'Ngân sách tỉnh',
  commune_budget: 'Ngân sách xã',
  socialised: 'Xã hội hóa',
  other: 'Nguồn hợp pháp khác',
} as const;
export type FundingSource = keyof typeof FUNDING_SOURCE_NAMES;
export const FUNDING_SOURCES = membersOf(FUNDING_SOURCE_NAMES);

/** Where an estimate stands; a return sends it back to draft with the reason. */
export const ESTIMATE_STATUS_NAMES = {
  draft: 'Dự thảo',
  submitted: 'Đã gửi',
  consolidated: 'Đã tổng hợp',
  appraised: 'Đã thẩm định',
  allocated: 'Đã giao dự toán',
} as const;
export type EstimateStatus = keyof typeof ESTIMATE_STATUS_NAMES;
export const ESTIMATE_STATUSES = membersOf(ESTIMATE_STATUS_NAMES);

/** A line's appraisal: approved as estimated, reduced (with a reason), or refused (with a reason). */
export const APPRAISAL_OUTCOME_NAMES = {
  approved: 'Thống nhất như dự toán',
  reduced: 'Cắt giảm',
  refused: 'Không chấp thuận',
} as const;
export type AppraisalOutcome = keyof typeof APPRAISAL_OUTCOME_NAMES;
export const APPRAISAL_OUTCOMES = membersOf(APPRAISAL_OUTCOME_NAMES);

export * from './budget-amounts.ts';
export * from './budget-chain.ts';
