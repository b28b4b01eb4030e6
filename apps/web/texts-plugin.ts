import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { indexKeys, type KeyIndex, keysMentioned, partition, type Texts } from './src/i18n/groups.ts';

const srcDir = fileURLToPath(new URL('./src/', import.meta.url));
const i18nDir = fileURLToPath(new URL('./src/i18n/', import.meta.url));
const viFile = `${i18nDir}vi.ts`;
const enFile = `${i18nDir}en.ts`;
const textsModule = `${i18nDir}texts.ts`;
const PREFIX = 'virtual:lantoa-texts/';
const RESOLVED = `\0${PREFIX}`;

/** The files the texts are written in: never part of the page, whose modules get them from here. */
function isTextsSource(file: string): boolean {
  return file === viFile || file === enFile || (file.startsWith(srcDir) && file.endsWith('/messages.ts'));
}

interface Catalogue {
  vi: Texts;
  en: Texts;
}

/**
 * Reads i18n/vi.ts and en.ts (which spread every feature's messages.ts) in a new Node process, with
 * Node's own type stripping as the server runs: each read sees the files as they are now, where an
 * import in this process would keep the first version of every module.
 */
function readCatalogue(): Catalogue {
  const script = `const [{ vi }, { en }] = await Promise.all([import(${JSON.stringify(pathToFileURL(viFile).href)}), import(${JSON.stringify(pathToFileURL(enFile).href)})]);
process.stdout.write(JSON.stringify({ vi, en }));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '--eval', script], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as Catalogue;
}

/**
 * The texts of the staff app reach the page with the code that shows them. Every module of src/ (but
 * the texts themselves) is read for the keys it spells out (i18n/groups.ts) and starts by registering
 * their Vietnamese texts in i18n/texts.ts: a screen's lazy chunk carries its texts, the sign-in page
 * only the few it shows, and no request is added (a key shared by several chunks is in each, a few
 * bytes). English, rarely chosen, is one module fetched on choice (`virtual:lantoa-texts/en`);
 * `virtual:lantoa-texts/loaders` fetches a whole group (`virtual:lantoa-texts/vi/<group>`) for a key
 * no module spelt out. Measured (bench weight): every text of both languages was in the first load,
 * ~40 KB of brotli, most of the sign-in page's overrun.
 */
export function texts(): Plugin {
  let vietnamese: Texts = {};
  let english: Texts = {};
  let groups = new Map<string, Record<string, string>>();
  let index: KeyIndex = new Map();

  const read = () => {
    const catalogue = readCatalogue();
    vietnamese = catalogue.vi;
    english = catalogue.en;
    groups = partition(catalogue.vi);
    index = indexKeys(Object.keys(catalogue.vi));
  };

  return {
    name: 'lantoa-texts',
    enforce: 'pre',
    buildStart() {
      read();
    },
    resolveId(source) {
      return source.startsWith(PREFIX) ? `\0${source}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      if (name === 'en') return `export default ${JSON.stringify(english)};`;
      if (name === 'loaders') {
        const loaders = [...groups.keys()].map(
          (group) => `${JSON.stringify(group)}: () => import(${JSON.stringify(`${PREFIX}vi/${group}`)})`,
        );
        return `export const groupLoaders = {${loaders.join(',\n')}};`;
      }
      const group = name.startsWith('vi/') ? name.slice(3) : null;
      const entries = group === null ? undefined : groups.get(group);
      if (group === null || !entries) return this.error(`Unknown texts module ${name}`);
      return `import { addTexts } from ${JSON.stringify(textsModule)};
addTexts(${JSON.stringify(entries)}, ${JSON.stringify(group)});`;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (
        !/\.tsx?$/.test(file) ||
        !file.startsWith(srcDir) ||
        file.startsWith(i18nDir) ||
        isTextsSource(file)
      )
        return null;
      const keys = [...keysMentioned(code, index)].sort();
      if (keys.length === 0) return null;
      const entries = Object.fromEntries(keys.map((key) => [key, vietnamese[key]]));
      // On the first line, so that the other lines keep their numbers.
      const register = `import { addTexts as registerTexts } from ${JSON.stringify(textsModule)};registerTexts(${JSON.stringify(entries)});`;
      return { code: register + code, map: null };
    },
    buildEnd() {
      for (const id of this.getModuleIds())
        if (isTextsSource(id))
          this.warn(
            `${id} is in the bundle (imported by ${this.getModuleInfo(id)?.importers.join(', ')}): ` +
              'texts reach the page through texts-plugin.ts; import only their types (import type).',
          );
    },
    handleHotUpdate({ file, server }) {
      if (!isTextsSource(file)) return;
      read();
      // Any module may now name other groups: transform everything again.
      server.moduleGraph.invalidateAll();
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
