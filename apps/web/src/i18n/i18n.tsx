import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useState,
} from 'react';
import { englishText, hasEnglish, loadEnglish, onTextsArrived, vietnameseText } from './texts.ts';
import type { MessageKey } from './vi.ts';

export type Lang = 'vi' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const STORAGE_KEY = 'lantoa.lang';

/**
 * Whether `key` is a known text key (for keys built from server values, such as audit actions). It
 * answers from the texts already here: a module that builds such keys names their prefix
 * (`audit.action.${action}`), which brings every key it starts with the module.
 */
export function isMessageKey(key: string): key is MessageKey {
  return (hasEnglish() ? englishText(key) : vietnameseText(key)) !== undefined;
}

/** Looks a key up and fills `{name}` placeholders. Vietnamese is the fallback, then the key itself. */
function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = (lang === 'en' ? englishText(key) : undefined) ?? vietnameseText(key) ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    params[name] === undefined ? match : String(params[name]),
  );
}

interface I18nValue {
  lang: Lang;
  /** Resolves once the language's texts are here and shown; rejects when they could not be fetched. */
  setLang: (lang: Lang) => Promise<void>;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({
  lang: 'vi',
  setLang: async () => {},
  t: (key, params) => translate('vi', key, params),
});

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/**
 * Before the first render: fetches the English texts when English was the choice, so the app opens in
 * it at once. Vietnamese, the default, needs nothing; English that cannot be fetched leaves it.
 */
export async function prepareLanguage(): Promise<void> {
  if (storedLang() === 'en') await loadEnglish().catch(() => undefined);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (storedLang() === 'en' && hasEnglish() ? 'en' : 'vi'));
  // A group fetched late (texts.ts) draws the screen again.
  const [arrivals, textsArrived] = useReducer((count: number) => count + 1, 0);
  useEffect(() => onTextsArrived(textsArrived), []);

  const setLang = useCallback(async (next: Lang) => {
    if (next === 'en') await loadEnglish();
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for the session only.
    }
    document.documentElement.lang = next;
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `arrivals` is the texts' version, read by translate
  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang, arrivals],
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
