// The budget screens' texts, spread into i18n/vi.ts and en.ts.
export const budgetVi = {};
export const budgetEn: Record<keyof typeof budgetVi, string> = {};
