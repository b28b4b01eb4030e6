import { Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';

type Props<Row> = Omit<TableProps<Row>, 'dataSource' | 'loading' | 'locale' | 'size'> & {
  /** The rows to show; none until they come. */
  rows: readonly Row[] | undefined;
  loading: boolean;
  /** The error of the last load, shown above the table. */
  error: string | null;
  /** What an empty list says. */
  empty?: ReactNode;
  testId: string;
};

/**
 * The table of a list screen, with the error of its last load above it. Wider than its card (a
 * phone), it scrolls inside the card instead of widening the page, unless told another scroll.
 */
export function ListTable<Row extends object>({ rows, loading, error, empty, testId, ...table }: Props<Row>) {
  return (
    <>
      <ErrorAlert error={error} />
      <Table<Row>
        size="middle"
        data-testid={testId}
        dataSource={rows ?? []}
        loading={loading}
        locale={empty === undefined ? undefined : { emptyText: empty }}
        scroll={{ x: 'max-content' }}
        {...table}
      />
    </>
  );
}
