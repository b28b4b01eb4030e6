import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.ts';

/** Ordered migrations; add a file and a line here. Names sort in the order they are applied. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
};
