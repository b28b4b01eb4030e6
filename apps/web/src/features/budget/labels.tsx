import {
  APPRAISAL_OUTCOME_NAMES,
  APPRAISAL_OUTCOMES,
  type AppraisalOutcome,
  ESTIMATE_STATUS_NAMES,
  ESTIMATE_STATUSES,
  type EstimateStatus,
  FUNDING_SOURCE_NAMES,
  FUNDING_SOURCES,
  type FundingSource,
} from '@lantoa/domain/constants';
import { Tag } from 'antd';
import { type BilingualNames, useNameOf, useOptionsOf } from '../../shared/bilingualNames.ts';

// The budget's closed lists by name. The Vietnamese names are the domain's, as the finance
// department's tables write them; the English ones are here.

const sourceNames: BilingualNames<FundingSource> = {
  keys: FUNDING_SOURCES,
  vi: FUNDING_SOURCE_NAMES,
  en: {
    central_budget: 'Central budget',
    provincial_budget: 'Provincial budget',
    commune_budget: 'Commune budget',
    socialised: 'Socialised (private contributions)',
    other: 'Other lawful sources',
  },
};

const statusNames: BilingualNames<EstimateStatus> = {
  keys: ESTIMATE_STATUSES,
  vi: ESTIMATE_STATUS_NAMES,
  en: {
    draft: 'Draft',
    submitted: 'Submitted',
    consolidated: 'Consolidated',
    appraised: 'Appraised',
    allocated: 'Allocated',
  },
};

const outcomeNames: BilingualNames<AppraisalOutcome> = {
  keys: APPRAISAL_OUTCOMES,
  vi: APPRAISAL_OUTCOME_NAMES,
  en: { approved: 'Approved as estimated', reduced: 'Reduced', refused: 'Refused' },
};

const STATUS_COLORS: Record<EstimateStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  consolidated: 'gold',
  appraised: 'cyan',
  allocated: 'success',
};

const OUTCOME_COLORS: Record<AppraisalOutcome, string> = {
  approved: 'success',
  reduced: 'warning',
  refused: 'error',
};

/** The names of the budget's lists in the current language, and their options in the domain's order. */
export function useBudgetLabels() {
  return {
    sourceName: useNameOf(sourceNames),
    statusName: useNameOf(statusNames),
    outcomeName: useNameOf(outcomeNames),
    sourceOptions: useOptionsOf(sourceNames),
    statusOptions: useOptionsOf(statusNames),
    outcomeOptions: useOptionsOf(outcomeNames),
  };
}

export function StatusTag({ status }: { status: EstimateStatus }) {
  const { statusName } = useBudgetLabels();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {statusName(status)}
    </Tag>
  );
}

export function OutcomeTag({ outcome }: { outcome: AppraisalOutcome }) {
  const { outcomeName } = useBudgetLabels();
  return <Tag color={OUTCOME_COLORS[outcome]}>{outcomeName(outcome)}</Tag>;
}
