import { useCallback } from 'react';
import { type Lang, useI18n } from '../i18n/i18n.tsx';

/**
 * One of the domain's closed lists named in both languages: its members in the domain's order, the
 * domain's Vietnamese names (as plans and the Excel templates write them) and the app's English ones.
 */
export interface BilingualNames<Key extends string> {
  keys: readonly Key[];
  vi: Readonly<Record<Key, string>>;
  en: Readonly<Record<Key, string>>;
}

/** The name of a member in a given language. */
export const nameIn = <Key extends string>(names: BilingualNames<Key>, lang: Lang, key: Key): string =>
  names[lang][key];

/** The name of a member in the current language. */
export function useNameOf<Key extends string>(names: BilingualNames<Key>) {
  const { lang } = useI18n();
  return useCallback((key: Key) => nameIn(names, lang, key), [names, lang]);
}

/** The members to choose from (all, or only those given), named in the current language. */
export function useOptionsOf<Key extends string>(
  names: BilingualNames<Key>,
  only: readonly Key[] = names.keys,
) {
  const { lang } = useI18n();
  return only.map((value) => ({ value, label: nameIn(names, lang, value) }));
}
