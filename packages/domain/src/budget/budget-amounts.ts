// Amounts of the budget: whole đồng, bounded, written the Vietnamese way, and the checks of a line's
// appraisal, its allocation and its spending. Pure; the server applies them and the forms show them.

import { formatVnd } from '../public/science-tasks.ts';

/**
 * The largest amount of one line, one allocation or one payment: 10 000 billion đồng (10 nghìn tỷ),
 * well above any communication budget and far below what a bigint column holds. Sums are read back as
 * JavaScript numbers, exact up to 9 × 10¹⁵ đồng: with lines bounded here and an estimate bounded by
 * MAX_ESTIMATE_TOTAL, a province's total stays exact for any realistic number of estimates.
 */
export const MAX_BUDGET_AMOUNT = 10_000_000_000_000;
/** The largest total of one estimate: 100 000 billion đồng. */
export const MAX_ESTIMATE_TOTAL = 100_000_000_000_000;
/** How many lines an estimate may hold. */
export const MAX_BUDGET_LINES = 200;

/** The database's limits of the budget's texts (0028), which the forms apply too. */
export const BUDGET_TEXT_LIMITS = {
  description: 1000,
  note: 5000,
  returnReason: 5000,
  appraisalReason: 2000,
  allocationDecision: 200,
  spendingNote: 2000,
} as const;

/** "1.234.567 đ": an amount as the budget's screens and documents print it. */
export const formatDong = (amount: number): string => formatVnd(amount).replace(/ đồng$/, ' đ');

/** The four sums every table of the budget shows, and what is left to spend of the allocation. */
export interface BudgetSums {
  estimated: number;
  approved: number;
  allocated: number;
  spent: number;
}

/** What is left of the allocation once spending is taken off (negative never: spending is capped). */
export const remainingOf = (sums: Pick<BudgetSums, 'allocated' | 'spent'>): number =>
  sums.allocated - sums.spent;

/** The sum of several rows' figures, for a table's totals row. */
export function sumBudget(rows: readonly BudgetSums[]): BudgetSums {
  const total = { estimated: 0, approved: 0, allocated: 0, spent: 0 };
  for (const row of rows) {
    total.estimated += row.estimated;
    total.approved += row.approved;
    total.allocated += row.allocated;
    total.spent += row.spent;
  }
  return total;
}

/** A refusal of an amount: the Vietnamese message says what to do; `field` names the input. */
export interface AmountProblem {
  message: string;
  field: 'approved' | 'reason' | 'allocated' | 'amount';
}

export type AppraisalOutcomeInput = 'approved' | 'reduced' | 'refused';

/**
 * The finance department's appraisal of one line, checked: approved as estimated (the estimate is the
 * figure), reduced to a smaller amount of at least one đồng with a reason, or refused (0) with a
 * reason. Returns what to store, or why not.
 */
export function appraiseLine(
  estimated: number,
  input: { outcome: AppraisalOutcomeInput; approved?: number | null | undefined; reason: string },
): { approved: number; reason: string } | AmountProblem {
  const reason = input.reason.trim();
  if (input.outcome === 'approved') {
    if (input.approved != null && input.approved !== estimated) {
      return {
        field: 'approved',
        message: `Thống nhất như dự toán thì số thẩm định bằng số dự toán (${formatDong(estimated)}). Nếu giảm, hãy chọn «Cắt giảm» và ghi lý do.`,
      };
    }
    return { approved: estimated, reason };
  }
  if (!reason) {
    return {
      field: 'reason',
      message:
        input.outcome === 'reduced'
          ? 'Hãy ghi lý do cắt giảm để đơn vị biết vì sao kinh phí bị giảm.'
          : 'Hãy ghi lý do không chấp thuận để đơn vị biết vì sao.',
    };
  }
  if (input.outcome === 'refused') return { approved: 0, reason };
  const approved = input.approved;
  if (approved == null) {
    return { field: 'approved', message: 'Hãy nhập số kinh phí thẩm định sau khi cắt giảm.' };
  }
  if (approved >= estimated) {
    return {
      field: 'approved',
      message: `Số thẩm định phải nhỏ hơn số dự toán (${formatDong(estimated)}). Nếu giữ nguyên, hãy chọn «Thống nhất như dự toán».`,
    };
  }
  if (approved < 1) {
    return {
      field: 'approved',
      message: 'Cắt giảm toàn bộ thì hãy chọn «Không chấp thuận» và ghi lý do.',
    };
  }
  return { approved, reason };
}

/** The amount given to a line by the allocation: at most what the finance department approved. */
export function allocationProblem(approved: number, allocated: number): AmountProblem | null {
  if (allocated > approved) {
    return {
      field: 'allocated',
      message: `Số được giao (${formatDong(allocated)}) không được vượt số Sở Tài chính thẩm định (${formatDong(approved)}). Hãy nhập số nhỏ hơn hoặc bằng số thẩm định.`,
    };
  }
  return null;
}

/** A payment against a line: what was allocated to it caps what is spent from it. */
export function spendingProblem(
  line: { allocated: number; spent: number },
  amount: number,
): AmountProblem | null {
  const left = remainingOf(line);
  if (amount > left) {
    return {
      field: 'amount',
      message: `Khoản chi ${formatDong(amount)} vượt số kinh phí còn lại của dòng này: được giao ${formatDong(line.allocated)}, đã chi ${formatDong(line.spent)}, còn lại ${formatDong(left)}. Hãy kiểm tra lại số tiền; nếu cần chi thêm, hãy đề nghị bổ sung dự toán.`,
    };
  }
  return null;
}

/** Whether a value is an amount of the budget: whole đồng from `min` to MAX_BUDGET_AMOUNT. */
export const isBudgetAmount = (value: number, min = 0): boolean =>
  Number.isSafeInteger(value) && value >= min && value <= MAX_BUDGET_AMOUNT;
