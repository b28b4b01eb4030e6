// The closed lists of honours (issue 18): who is nominated, where a nomination stands, and the form
// of the honour (a body's certificate of merit, or a higher one proposed upward).

export const NOMINEE_KINDS = ['body', 'person'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

/** Submitted by the nominating body; approved (honoured, with a decision) or rejected with a reason. */
export const NOMINATION_STATUSES = ['submitted', 'approved', 'rejected'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/** Giấy khen (a certificate of merit, issued here as PDF) or bằng khen (proposed to the level above). */
export const HONOUR_FORMS = ['certificate_of_merit', 'higher_award'] as const;
export type HonourForm = (typeof HONOUR_FORMS)[number];
