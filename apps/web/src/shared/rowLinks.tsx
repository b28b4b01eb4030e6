import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A table row that opens a page (or does something else) when clicked anywhere on it, with a hand cursor. */
export function rowOpens<Row>(open: (row: Row) => unknown) {
  return (row: Row) => ({ onClick: () => void open(row), style: { cursor: 'pointer' } });
}

/**
 * A link inside a row that `rowOpens`: its click opens the link alone (the row's click would navigate a
 * second time, or elsewhere).
 */
export function RowLink({ to, title, children }: { to: string; title?: string; children: ReactNode }) {
  return (
    <Link to={to} title={title} onClick={(event) => event.stopPropagation()}>
      {children}
    </Link>
  );
}
