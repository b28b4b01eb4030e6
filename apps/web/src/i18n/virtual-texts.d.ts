// The modules the build makes from i18n/vi.ts and en.ts (texts-plugin.ts beside vite.config.ts).

/** Every English text, fetched when English is chosen. */
declare module 'virtual:lantoa-texts/en' {
  const english: Readonly<Record<string, string>>;
  export default english;
}

/** One loader per Vietnamese group, for a key whose group no module brought. */
declare module 'virtual:lantoa-texts/loaders' {
  export const groupLoaders: Readonly<Record<string, () => Promise<unknown>>>;
}

/** `virtual:lantoa-texts/vi/<group>` registers its group's texts when imported; it exports nothing. */
declare module 'virtual:lantoa-texts/vi/*' {}
