import { useFetched } from './useFetched.ts';

/**
 * A page's list, loaded on mount and whenever `fetch` (stable: a module function or `useCallback`)
 * changes: null until it comes; on failure empty, with the text of the error.
 */
export function useList<T>(fetch: () => Promise<T[]>) {
  const { data, error } = useFetched(fetch);
  return { items: data ?? (error === null ? null : []), error };
}
