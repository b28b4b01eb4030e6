import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { en } from './en.ts';
import { type MessageKey, vi } from './vi.ts';

export type Lang = 'vi' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { vi, en };
const STORAGE_KEY = 'lantoa.lang';

/** Whether `key` is a known text key (for keys built from server values, such as audit actions). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}

/** Looks a key up and fills `{name}` placeholders. Vietnamese is the fallback. */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = dictionaries[lang][key] ?? vi[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    params[name] === undefined ? match : String(params[name]),
  );
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({
  lang: 'vi',
  setLang: () => {},
  t: (key, params) => translate('vi', key, params),
});

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for the session only.
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}
