// The reviews screens' texts, spread into i18n/vi.ts and en.ts.
export const reviewsVi = {};
export const reviewsEn: Record<keyof typeof reviewsVi, string> = {};
