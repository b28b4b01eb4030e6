/** Texts of the broadcast screens: Vietnamese (default) and English; spread into i18n/vi.ts and en.ts. */
export const broadcastVi = {} as const;

export const broadcastEn: Record<keyof typeof broadcastVi, string> = {};
