/// <reference types="vite/client" />
import { groupOf, type Texts } from './groups.ts';

// The texts the page holds. Vietnamese arrives with the code that shows it: the build starts every
// module that spells out keys with `addTexts({ …those keys' texts })` (texts-plugin.ts), so a screen's
// chunk carries its texts and they are here before the module's own code runs. English is one file,
// fetched when chosen. i18n/vi.ts and en.ts stay the single source (and the key type); the build reads
// them, the page never imports them.

const vietnamese: Record<string, string> = {};
const groupsHeld = new Set<string>();
/** Groups fetched, or looked for in vain, on a key's demand. */
const groupsSought = new Set<string>();
let english: Texts | null = null;
let englishLoading: Promise<Texts> | null = null;
const listeners = new Set<() => void>();

/** Called at the top of every module that shows texts, and by a group fetched whole (with its name). */
export function addTexts(texts: Texts, group?: string): void {
  Object.assign(vietnamese, texts);
  if (group !== undefined) groupsHeld.add(group);
}

/**
 * A key whose group no module brought (a key put together from words the build could not see): fetches
 * the group and tells the listeners once it is here, so the screen draws again with the text. The
 * loaders come in a file of their own, as the first load never needs them.
 */
function fetchGroupOf(key: string): void {
  const group = groupOf(key);
  if (groupsHeld.has(group) || groupsSought.has(group)) return;
  groupsSought.add(group);
  if (import.meta.env.DEV)
    console.warn(`i18n: "${key}" was used where no literal names its group "${group}"`);
  void import('virtual:lantoa-texts/loaders')
    .then(({ groupLoaders }) => groupLoaders[group]?.())
    .then(
      () => {
        if (groupsHeld.has(group)) for (const listener of listeners) listener();
      },
      () => {
        // Offline, or a new version replaced the files: the next use tries again.
        groupsSought.delete(group);
      },
    );
}

/** The Vietnamese text of a key, or undefined while its group is not here (then it is fetched). */
export function vietnameseText(key: string): string | undefined {
  const text = vietnamese[key];
  if (text === undefined) fetchGroupOf(key);
  return text;
}

export function englishText(key: string): string | undefined {
  return english?.[key];
}

export function hasEnglish(): boolean {
  return english !== null;
}

/** Fetches the English texts (all of them, one file); the same promise for every caller. */
export function loadEnglish(): Promise<Texts> {
  englishLoading ??= import('virtual:lantoa-texts/en').then(
    (module) => {
      english = module.default;
      return module.default;
    },
    (error: unknown) => {
      englishLoading = null;
      throw error;
    },
  );
  return englishLoading;
}

/** Listens for groups fetched late; returns the function that stops listening. */
export function onTextsArrived(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
