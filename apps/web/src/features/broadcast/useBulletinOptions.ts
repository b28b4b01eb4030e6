import { useEffect, useState } from 'react';
import { useDebounced } from '../../shared/useDebounced.ts';
import { broadcastApi, type Priority } from './api.ts';

/**
 * The bulletins a searchable select offers: the first 30 matching what is typed (after a pause),
 * only of one priority when given; none when the search fails.
 */
export function useBulletinOptions(priority?: Priority) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const q = useDebounced(query.trim(), 250);

  useEffect(() => {
    let live = true;
    broadcastApi
      .bulletins({ q, ...(priority ? { priority } : {}), pageSize: 30 })
      .then((r) => live && setOptions(r.items.map((b) => ({ value: b.id, label: b.title }))))
      .catch(() => live && setOptions([]));
    return () => {
      live = false;
    };
  }, [q, priority]);

  return { query, setQuery, options };
}
