import type { TablePaginationConfig } from 'antd';
import type { Translate } from '../i18n/i18n.tsx';
import { formatNumber } from './format.ts';

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
  return {
    current: page,
    pageSize,
    total,
    showSizeChanger: false,
    onChange,
    showTotal: (count) => t('common.total', { count: formatNumber(count) }),
  };
}
