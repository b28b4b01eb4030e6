/** Texts of these screens: Vietnamese (default) and English; spread into i18n/vi.ts and en.ts. */
export const scienceVi = {} as const;

export const scienceEn: Record<keyof typeof scienceVi, string> = {};
