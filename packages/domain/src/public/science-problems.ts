// Problems for scientists (đặt hàng, bài toán khoa học và công nghệ, issue 17): a department publishes
// a problem with a deadline, scientists and businesses answer with a proposal, the department reviews
// the proposals and records the outcome. The closed lists with their Vietnamese names, and the small
// pure rules the server and the web both apply.

import { membersOf } from '../named-list.ts';
import { normalizeVietnamesePhone } from '../quiz/phone.ts';

/** A problem's life: written as a draft, published (open to proposals until its deadline), closed with its outcome. */
export const SCIENCE_PROBLEM_STATUS_NAMES = {
  draft: 'Nháp',
  open: 'Đã công bố',
  closed: 'Đã đóng',
} as const;
export type ScienceProblemStatus = keyof typeof SCIENCE_PROBLEM_STATUS_NAMES;
export const SCIENCE_PROBLEM_STATUSES = membersOf(SCIENCE_PROBLEM_STATUS_NAMES);

/** Where a proposal stands in the department's review. */
export const SCIENCE_PROPOSAL_STATUS_NAMES = {
  received: 'Mới nhận',
  shortlisted: 'Được chọn sơ bộ',
  not_selected: 'Không được lựa chọn',
  selected: 'Được lựa chọn',
} as const;
export type ScienceProposalStatus = keyof typeof SCIENCE_PROPOSAL_STATUS_NAMES;
export const SCIENCE_PROPOSAL_STATUSES = membersOf(SCIENCE_PROPOSAL_STATUS_NAMES);

/** What a review decides: a proposal never goes back to "received" (the review happened). */
export const PROPOSAL_DECISIONS = ['shortlisted', 'not_selected', 'selected'] as const;
export type ProposalDecision = (typeof PROPOSAL_DECISIONS)[number];

/** The files a proposal may carry: a short form read on a phone, not a dossier. */
export const MAX_PROPOSAL_FILES = 3;

/**
 * Whether a review may move a proposal from `from` to `to`: to any decision other than the one it
 * has (a shortlisted proposal selected, a proposal set aside reconsidered), while the problem is not
 * closed — a closed problem's outcome is recorded and its proposals stay as decided.
 */
export function canReviewProposal(
  problemStatus: ScienceProblemStatus,
  from: ScienceProposalStatus,
  to: ProposalDecision,
): boolean {
  return problemStatus === 'open' && from !== to;
}

/**
 * Whether a problem takes proposals on `today` (Vietnam's day, 'YYYY-MM-DD'): published, not closed,
 * and its deadline not passed — the deadline day itself still counts, to its end.
 */
export function acceptsProposals(problem: { status: ScienceProblemStatus; deadline: string }, today: string) {
  return problem.status === 'open' && today <= problem.deadline;
}

export type ContactPhone = { ok: true; value: string } | { ok: false; message: string };

/**
 * A contact number as a scientist or a business gives it: a mobile (10 digits, as the quiz takes it)
 * or a landline with its area code (0 + 2xx + 7–8 digits = 11 digits, "0207 3822 123"), both kept in
 * E.164 ('+84…'). A research institute or a company often answers from its switchboard.
 */
export function normalizeContactPhone(raw: string): ContactPhone {
  const mobile = normalizeVietnamesePhone(raw);
  if (mobile.ok) return mobile;
  const compact = raw.replace(/[\s.()-]/g, '');
  const landline = /^(?:\+84|84|0)(2\d{9})$/.exec(compact);
  if (landline) return { ok: true, value: `+84${landline[1]}` };
  return {
    ok: false,
    message:
      'Số điện thoại không hợp lệ: hãy nhập số di động 10 chữ số (ví dụ 0912 345 678) hoặc số cố định có mã vùng (ví dụ 0207 3822 123).',
  };
}
