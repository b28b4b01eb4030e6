// The texts reach the page with the code that shows them (apps/web/texts-plugin.ts): what the build finds
// in a module's source, what it puts at the module's top, and the modules it makes from i18n/vi.ts and
// en.ts, read from the real files.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { groupOf, indexKeys, keysMentioned, partition } from '../src/i18n/groups.ts';
import { vi } from '../src/i18n/vi.ts';
import { texts } from '../texts-plugin.ts';

const src = fileURLToPath(new URL('../src/', import.meta.url));
/** A template literal's source, `audit.action.${action}`, as a module spells it. */
const auditTemplate = 't(`audit.action.$' + '{action}`)';

describe('the keys a module spells out', () => {
  const index = indexKeys([
    'auth.signIn',
    'auth.password',
    'audit.action.body.create',
    'audit.entity.body',
    'library.nav',
  ]);
  const found = (source: string) => [...keysMentioned(source, index)].sort();

  it('are the whole keys in its string literals, whatever the quotes', () => {
    expect(found(`t('auth.signIn'); <Item labelKey="library.nav" />`)).toEqual([
      'auth.signIn',
      'library.nav',
    ]);
  });

  it('include every key a template or a prefix handed on starts, up to a whole word', () => {
    expect(found(auditTemplate)).toEqual(['audit.action.body.create']);
    expect(found(`label('audit', value)`)).toEqual([]);
    expect(found(`sheetImportTexts('audit.entity')`)).toEqual(['audit.entity.body']);
    expect(found(`'audit.entit'`)).toEqual([]);
  });

  it('leave out what only looks like a key: paths, versions, other words', () => {
    expect(
      found(`import x from './auth.ts'; const v = '1.2.3'; fetch('api.example.org'); 'auth.signInNow'`),
    ).toEqual([]);
  });
});

describe('groups', () => {
  it('are the keys’ first words', () => {
    expect(groupOf('audit.action.body.create')).toBe('audit');
    expect(Object.fromEntries(partition({ 'a.one': '1', 'b.two': '2', 'a.three': '3' }))).toEqual({
      a: { 'a.one': '1', 'a.three': '3' },
      b: { 'b.two': '2' },
    });
  });
});

describe('the real texts', () => {
  it('have keys the build can read in a source (words joined by dots), each in both languages', () => {
    for (const key of Object.keys(vi)) expect(key).toMatch(/^[A-Za-z]\w*(\.\w+)+$/);
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });
});

type Hook = (this: unknown, ...args: unknown[]) => unknown;
function hook(plugin: Plugin, name: 'buildStart' | 'load' | 'transform'): Hook {
  const value = plugin[name] as Hook | { handler: Hook } | undefined;
  if (!value) throw new Error(`no ${name}`);
  return typeof value === 'function' ? value : value.handler;
}

describe('the texts plugin', () => {
  const plugin = texts();
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  const transform = (code: string, file: string) => hook(plugin, 'transform').call(context, code, file);
  const load = (id: string) => hook(plugin, 'load').call(context, `\0virtual:lantoa-texts/${id}`) as string;

  /** The texts a transformed module registers before its own code. */
  function registered(code: string, file: string): Record<string, string> {
    const result = transform(code, file) as { code: string };
    expect(result.code.endsWith(code)).toBe(true);
    const prefix = result.code.slice(0, result.code.length - code.length);
    const call = 'registerTexts(';
    return JSON.parse(prefix.slice(prefix.lastIndexOf(call) + call.length, -2)) as Record<string, string>;
  }

  beforeAll(() => {
    hook(plugin, 'buildStart').call(context);
  });

  it('gives a module the Vietnamese texts of the keys it names, and no others', () => {
    const texts = registered(`t('auth.signIn'); ${auditTemplate};`, `${src}features/auth/SignInPage.tsx`);
    expect(texts['auth.signIn']).toBe(vi['auth.signIn']);
    expect(texts['audit.action.body.create']).toBe(vi['audit.action.body.create']);
    expect(texts['auth.password']).toBeUndefined();
    expect(Object.keys(texts).every((key) => key === 'auth.signIn' || key.startsWith('audit.action.'))).toBe(
      true,
    );
  });

  it('leaves alone a module naming no key, the texts themselves and anything outside the app', () => {
    expect(transform('export const a = 1;', `${src}shared/a.ts`)).toBeNull();
    for (const file of [
      `${src}i18n/vi.ts`,
      `${src}i18n/i18n.tsx`,
      `${src}features/library/messages.ts`,
      '/elsewhere/node_modules/antd/es/index.js',
    ])
      expect(transform("t('auth.signIn')", file)).toBeNull();
  });

  it('makes one English module with every key, and one Vietnamese module per group for late keys', () => {
    const english = JSON.parse(
      load('en')
        .replace(/^export default /, '')
        .replace(/;$/, ''),
    ) as object;
    expect(english).toEqual(en);
    expect(load('vi/library')).toContain(JSON.stringify(vi['library.nav']));
    expect(load('loaders')).toContain('"library": () => import("virtual:lantoa-texts/vi/library")');
    expect(() => load('vi/nothing')).toThrow(/Unknown texts module/);
  });
});
