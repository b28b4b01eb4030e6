/** Texts of the library screens: Vietnamese (default) and English; spread into i18n/vi.ts and en.ts. */
export const libraryVi = {} as const;

export const libraryEn: Record<keyof typeof libraryVi, string> = {};
