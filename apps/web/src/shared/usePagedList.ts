import type { TablePaginationConfig } from 'antd';
import { useT } from '../i18n/i18n.tsx';
import { serverPagination } from './pagination.ts';
import { usePagedFilters } from './usePagedFilters.ts';

/**
 * The filters and page of a table the server pages `pageSize` rows at a time (a changed filter goes
 * back to page 1), and the table's pager: `pagination(total)` with the total of the last answer (none
 * yet: 0).
 */
export function usePagedList<Filters extends object>(initial: Filters, pageSize = 20) {
  const t = useT();
  const { filters, setFilter, page, setPage } = usePagedFilters(initial);
  const pagination = (total: number | undefined): TablePaginationConfig =>
    serverPagination({ page, pageSize, total: total ?? 0, onChange: setPage }, t);
  return { filters, setFilter, page, pageSize, pagination };
}
