/** Texts of these screens: Vietnamese (default) and English; spread into i18n/vi.ts and en.ts. */
export const problemsVi = {} as const;

export const problemsEn: Record<keyof typeof problemsVi, string> = {};
