// The closed lists of honours (issue 18): who is nominated, where a nomination stands, and the form
// of the honour (a body's certificate of merit, or a higher one proposed upward); with their
// Vietnamese names and the database's limits of a nomination's texts. The rules of a nomination
// (the evidence, the drafted paragraph, who decides) are in nomination.ts, re-exported here.

export const NOMINEE_KINDS = ['body', 'person'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

/** Submitted by the nominating body; approved (honoured, with a decision) or rejected with a reason. */
export const NOMINATION_STATUSES = ['submitted', 'approved', 'rejected'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/** Giấy khen (a certificate of merit, issued here as PDF) or bằng khen (proposed to the level above). */
export const HONOUR_FORMS = ['certificate_of_merit', 'higher_award'] as const;
export type HonourForm = (typeof HONOUR_FORMS)[number];

/** The forms as a decision and the public list name them. */
export const HONOUR_FORM_NAMES: Readonly<Record<HonourForm, string>> = {
  certificate_of_merit: 'Giấy khen',
  higher_award: 'Đề nghị cấp trên khen thưởng',
};

export const NOMINATION_STATUS_NAMES: Readonly<Record<NominationStatus, string>> = {
  submitted: 'Chờ xét duyệt',
  approved: 'Được khen thưởng',
  rejected: 'Không được khen thưởng',
};

/** The database's limits of a nomination's texts (0027), which the forms also apply. */
export const HONOUR_LIMITS = {
  personName: 200,
  personTitle: 200,
  achievements: 20_000,
  decisionNo: 100,
  reason: 5000,
  citation: 500,
} as const;

export * from './nomination.ts';
