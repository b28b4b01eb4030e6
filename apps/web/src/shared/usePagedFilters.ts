import { useCallback, useState } from 'react';

/**
 * The filters of a list the server pages, and the page shown: a changed filter goes back to the
 * first page (the one shown may not exist in the narrower list).
 */
export function usePagedFilters<Filters extends object>(initial: Filters) {
  const [filters, setFilters] = useState(initial);
  const [page, setPage] = useState(1);
  const setFilter = useCallback(<K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((current) => ({ ...current, [key]: value }));
    setPage(1);
  }, []);
  return { filters, setFilter, page, setPage };
}
