import { expect } from 'vitest';
import type { Agent } from './test-app.ts';

/**
 * Every page of a list the server pages (`path` answers `{ items, total }` for `page` and `pageSize`),
 * read in order with `filter` (a query string without `?`): each page full but the last, and as many
 * items in the end as the total said.
 */
export async function readEveryPage<Item>(
  agent: Agent,
  path: string,
  filter: string,
  pageSize: number,
): Promise<Item[]> {
  const items: Item[] = [];
  for (let n = 1; ; n++) {
    const res = await agent.get(`${path}?${filter}&page=${n}&pageSize=${pageSize}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: Item[]; total: number };
    items.push(...page.items);
    if (page.items.length < pageSize) {
      expect(items.length).toBe(page.total);
      return items;
    }
  }
}
