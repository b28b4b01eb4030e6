import type { TablePaginationConfig } from 'antd';
import type { Translate } from '../i18n/i18n.tsx';
import { formatNumber } from './format.ts';

/** "N in all", beside a table's pager. */
export const showTotal = (t: Translate) => (count: number) =>
  t('common.total', { count: formatNumber(count) });

/** A table's pages when the server pages the list: page `page` of `total` rows, `pageSize` each. */
export function serverPagination(
  {
    page,
    pageSize,
    total,
    onChange,
  }: { page: number; pageSize: number; total: number; onChange: (page: number) => void },
  t: Translate,
): TablePaginationConfig {
  return { current: page, pageSize, total, showSizeChanger: false, onChange, showTotal: showTotal(t) };
}

/** A table's pages when the whole list is on the page: `pageSize` rows each, no pager for one page. */
export function clientPagination(pageSize: number, more: TablePaginationConfig = {}): TablePaginationConfig {
  return { pageSize, hideOnSinglePage: true, showSizeChanger: false, ...more };
}
