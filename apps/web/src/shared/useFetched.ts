import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { errorText } from './errors.ts';

/**
 * What a screen lists or shows beside its main resource, loaded on mount and whenever `fetch` (stable:
 * a module function or a `useCallback` over the filters) changes; `reload()` asks again, e.g. after a
 * save. `data` is null until the first answer and keeps the last one through a failure, whose text is
 * `error`. Only the latest request counts: an answer overtaken by a newer one (the filters changed
 * meanwhile) is dropped. `setData` takes what a save answered, without asking again.
 */
export function useFetched<T>(fetch: () => Promise<T>) {
  const t = useT();
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    setLoading(true);
    try {
      const answer = await fetch();
      if (request !== latest.current) return;
      setData(answer);
      setError(null);
    } catch (caught) {
      if (request !== latest.current) return;
      setError(errorText(caught, t));
    } finally {
      if (request === latest.current) setLoading(false);
    }
  }, [fetch, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, setData, loading, error, reload };
}
