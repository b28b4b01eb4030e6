import { foldVietnamese } from '@lantoa/domain/rules';
import type { Body } from '../api/types.ts';

/** Folds text for comparison (the domain's folding), its words separated by one space, punctuation dropped. */
export function fold(text: string): string {
  return foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

const KIND_PREFIX = /^(xa|phuong|dac khu|thi tran|tinh|thanh pho|thon|to dan pho|ban|so) /;

/**
 * Orders search hits by how well they match: the name itself, then the query as a whole phrase
 * in the name, then in a short name or alias, then every word as a whole word, then the rest.
 * The server matches any substring and orders by depth and name, so a large result set would
 * otherwise bury "Xã Hòa An" under "Phường Hoàng Mai, Nghệ An" for "hoa an".
 */
export function rankHits<T extends Pick<Body, 'name' | 'shortNames' | 'aliases'>>(
  hits: T[],
  query: string,
): T[] {
  const q = fold(query);
  if (!q) return hits;
  const words = q.split(' ');
  const has = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `);
  const score = (hit: T): number => {
    const name = fold(hit.name);
    const others = [...hit.shortNames, ...hit.aliases].map(fold);
    if (name === q || name.replace(KIND_PREFIX, '') === q || others.includes(q)) return 0;
    if (has(name, q)) return 1;
    if (others.some((o) => has(o, q))) return 2;
    if (words.every((w) => has(name, w))) return 3;
    if (words.every((w) => has([name, ...others].join(' '), w))) return 4;
    return 5;
  };
  return hits
    .map((hit, index) => ({ hit, index, score: score(hit) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((entry) => entry.hit);
}
