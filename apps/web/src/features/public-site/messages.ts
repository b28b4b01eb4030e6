/** Texts of these screens: Vietnamese (default) and English; spread into i18n/vi.ts and en.ts. */
export const publicSiteVi = {} as const;

export const publicSiteEn: Record<keyof typeof publicSiteVi, string> = {};
