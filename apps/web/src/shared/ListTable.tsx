import { Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';

/** A list as `useFetched` loads it: null until the first answer, its rows in `items`. */
export interface FetchedList<Row> {
  data: { readonly items: readonly Row[] } | null;
  loading: boolean;
  /** The error of the last load. */
  error: string | null;
}

/**
 * Where the rows come from: the list a screen fetched (`list`), or rows it made itself with their
 * loading state and error (rows already on hand: neither).
 */
type Source<Row> =
  | { list: FetchedList<Row>; rows?: never; loading?: never; error?: never }
  | {
      /** The rows to show; none until they come. */
      rows: readonly Row[] | undefined;
      loading?: boolean;
      /** The error of the last load, shown above the table. */
      error?: string | null;
      list?: never;
    };

/** Rows with an `id` are keyed by it unless told otherwise; others name their key. */
type Key<Row> = Row extends { id: string | number }
  ? { rowKey?: TableProps<Row>['rowKey'] }
  : { rowKey: NonNullable<TableProps<Row>['rowKey']> };

type Props<Row> = Omit<TableProps<Row>, 'dataSource' | 'loading' | 'locale' | 'size' | 'rowKey'> &
  Source<Row> &
  Key<Row> & {
    /** What an empty list says. */
    empty?: ReactNode;
    testId: string;
  };

/**
 * The table of a list screen, with the error of its last load above it. Wider than its card (a
 * phone), it scrolls inside the card instead of widening the page, unless told another scroll.
 */
export function ListTable<Row extends object>({
  list,
  rows = list?.data?.items,
  loading = list?.loading ?? false,
  error = list?.error ?? null,
  empty,
  testId,
  rowKey = 'id',
  ...table
}: Props<Row>) {
  return (
    <>
      <ErrorAlert error={error} />
      <Table<Row>
        size="middle"
        data-testid={testId}
        rowKey={rowKey as TableProps<Row>['rowKey']}
        dataSource={rows ?? []}
        loading={loading}
        locale={empty === undefined ? undefined : { emptyText: empty }}
        scroll={{ x: 'max-content' }}
        {...table}
      />
    </>
  );
}
