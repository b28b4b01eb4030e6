// The honours screens' texts, spread into i18n/vi.ts and en.ts.
export const honoursVi = {};
export const honoursEn: Record<keyof typeof honoursVi, string> = {};
