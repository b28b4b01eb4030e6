/** Texts of the quiz screens: Vietnamese (default) and English; spread into i18n/vi.ts and en.ts. */
export const quizVi = {} as const;

export const quizEn: Record<keyof typeof quizVi, string> = {};
