/** Texts of these screens: Vietnamese (default) and English; spread into i18n/vi.ts and en.ts. */
export const misinformationVi = {} as const;

export const misinformationEn: Record<keyof typeof misinformationVi, string> = {};
