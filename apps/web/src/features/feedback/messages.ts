/** Texts of these screens: Vietnamese (default) and English; spread into i18n/vi.ts and en.ts. */
export const feedbackVi = {} as const;

export const feedbackEn: Record<keyof typeof feedbackVi, string> = {};
