import { readFileSync } from 'node:fs';

/** A fixture file of this folder as text (UTF-8). */
export const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** "Chuyển đổi số ở xã Hòa An" in windows-1258: composed vowels, tone marks as combining bytes. */
export const WINDOWS_1258_TITLE = Buffer.from(
  '43687579ead26e20f0f4d2692073f4ec20f5d2207861de20486fcc6120416e',
  'hex',
);
