import { useEffect, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { errorText } from './errors.ts';

/**
 * A page's list, loaded on mount and whenever `fetch` (stable: a module function or `useCallback`)
 * changes: null until it comes; on failure empty, with the text of the error.
 */
export function useList<T>(fetch: () => Promise<T[]>) {
  const t = useT();
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      try {
        setItems(await fetch());
        setError(null);
      } catch (caught) {
        setError(errorText(caught, t));
        setItems([]);
      }
    })();
  }, [fetch, t]);

  return { items, error };
}
