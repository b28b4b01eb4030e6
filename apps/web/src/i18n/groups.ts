// How the build finds the texts a module shows (texts-plugin.ts beside vite.config.ts): it reads the
// string literals of the module for keys, spelt whole ('library.item.usage') or as a prefix of several
// (`audit.action.${action}`, 'training.rosterImport' handed to sheetImportTexts), and gives the module
// those keys' Vietnamese texts. Keys also form groups by their first word ('library.item.usage' →
// library), fetched whole when a key was put together where the build could not see it. Pure functions:
// the build plugin, the runtime and the tests share them.

export type Texts = Readonly<Record<string, string>>;

/** The group of one key: its first word. */
export function groupOf(key: string): string {
  const dot = key.indexOf('.');
  return dot === -1 ? key : key.slice(0, dot);
}

/** The texts by group. */
export function partition(texts: Texts): Map<string, Record<string, string>> {
  const groups = new Map<string, Record<string, string>>();
  for (const [key, text] of Object.entries(texts)) {
    const group = groupOf(key);
    let entries = groups.get(group);
    if (!entries) {
      entries = {};
      groups.set(group, entries);
    }
    entries[key] = text;
  }
  return groups;
}

/** Every key, and every prefix of one that ends a word or its dot, with the keys it starts. */
export type KeyIndex = ReadonlyMap<string, readonly string[]>;

export function indexKeys(keys: Iterable<string>): KeyIndex {
  const index = new Map<string, string[]>();
  const add = (prefix: string, key: string) => {
    const keys = index.get(prefix);
    if (keys) keys.push(key);
    else index.set(prefix, [key]);
  };
  for (const key of keys) {
    for (let dot = key.indexOf('.'); dot !== -1; dot = key.indexOf('.', dot + 1)) {
      add(key.slice(0, dot), key);
      add(key.slice(0, dot + 1), key);
    }
    add(key, key);
  }
  return index;
}

// The start of a string or template literal that reads like a key: a word, a dot, words and dots.
// Comments and types are read too; a key they name costs at worst its text's bytes.
const KEY_LIKE = /['"`]([A-Za-z]\w*\.[\w.]*)/g;

/** The keys a module's source spells out, whole or as a prefix. */
export function keysMentioned(source: string, index: KeyIndex): Set<string> {
  const keys = new Set<string>();
  for (const match of source.matchAll(KEY_LIKE))
    for (const key of index.get(match[1] ?? '') ?? []) keys.add(key);
  return keys;
}
