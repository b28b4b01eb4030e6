import {
  SCIENCE_PROBLEM_STATUS_NAMES,
  SCIENCE_PROBLEM_STATUSES,
  SCIENCE_PROPOSAL_STATUS_NAMES,
  SCIENCE_PROPOSAL_STATUSES,
  type ScienceProblemStatus,
  type ScienceProposalStatus,
} from '@lantoa/domain/constants';
import { Tag } from 'antd';
import type { BilingualNames } from '../../shared/bilingualNames.ts';
import { useNameOf } from '../../shared/bilingualNames.ts';

/** A problem's life, by name: the domain's Vietnamese, English here. */
export const problemStatusNames: BilingualNames<ScienceProblemStatus> = {
  keys: SCIENCE_PROBLEM_STATUSES,
  vi: SCIENCE_PROBLEM_STATUS_NAMES,
  en: { draft: 'Draft', open: 'Published', closed: 'Closed' },
};

/** Where a proposal stands in the review, by name. */
export const proposalStatusNames: BilingualNames<ScienceProposalStatus> = {
  keys: SCIENCE_PROPOSAL_STATUSES,
  vi: SCIENCE_PROPOSAL_STATUS_NAMES,
  en: {
    received: 'Received',
    shortlisted: 'Shortlisted',
    not_selected: 'Not selected',
    selected: 'Selected',
  },
};

const PROBLEM_COLOURS: Record<ScienceProblemStatus, string | undefined> = {
  draft: undefined,
  open: 'blue',
  closed: 'green',
};
const PROPOSAL_COLOURS: Record<ScienceProposalStatus, string | undefined> = {
  received: undefined,
  shortlisted: 'gold',
  not_selected: 'default',
  selected: 'green',
};

export function ProblemStatusTag({ status }: { status: ScienceProblemStatus }) {
  const name = useNameOf(problemStatusNames);
  return <Tag color={PROBLEM_COLOURS[status]}>{name(status)}</Tag>;
}

export function ProposalStatusTag({ status }: { status: ScienceProposalStatus }) {
  const name = useNameOf(proposalStatusNames);
  return <Tag color={PROPOSAL_COLOURS[status]}>{name(status)}</Tag>;
}
