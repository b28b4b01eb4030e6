import type { AppraisalOutcome, EstimateStatus, FundingSource } from '@lantoa/domain';
import type { Generated } from 'kysely';
import type { CreatedAt } from './columns.ts';

/** A body's budget estimate for a plan and a year (0028); amounts are whole đồng. */
export interface BudgetEstimatesTable {
  id: Generated<string>;
  body_id: string;
  plan_id: string;
  year: number;
  status: Generated<EstimateStatus>;
  note: Generated<string>;
  /** Why the consolidating department or the finance department sent it back (empty otherwise). */
  return_reason: Generated<string>;
  submitted_at: Date | null;
  consolidated_at: Date | null;
  consolidated_by: string | null;
  appraised_at: Date | null;
  appraised_by: string | null;
  allocated_at: Date | null;
  allocation_decision: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface BudgetLinesTable {
  id: Generated<string>;
  estimate_id: string;
  task_id: string | null;
  source: FundingSource;
  description: string;
  estimated: number;
  appraisal: AppraisalOutcome | null;
  approved: number | null;
  appraisal_reason: Generated<string>;
  allocated: number | null;
  position: Generated<number>;
}

export interface BudgetSpendingTable {
  id: Generated<string>;
  line_id: string;
  spent_on: string;
  amount: number;
  note: Generated<string>;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface BudgetTables {
  budget_estimates: BudgetEstimatesTable;
  budget_lines: BudgetLinesTable;
  budget_spending: BudgetSpendingTable;
}
