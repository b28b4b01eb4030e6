// The events screens' texts, spread into i18n/vi.ts and en.ts.
export const eventsVi = {};
export const eventsEn: Record<keyof typeof eventsVi, string> = {};
