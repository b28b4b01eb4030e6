import type { CSSProperties, ReactNode } from 'react';
import { piecesOf, type Span } from './highlight.ts';

const MARK_STYLE: CSSProperties = { background: '#fff1b8', padding: '0 1px', borderRadius: 2 };

/**
 * A text with places marked, drawn as React elements (never as HTML: the words are a document's or a
 * user's). `mark` draws a marked piece given its span's index; by default a plain highlight.
 */
export function Marked({
  text,
  spans,
  mark,
}: {
  text: string;
  spans: readonly Span[];
  mark?: (piece: string, span: number) => ReactNode;
}) {
  let offset = 0;
  return (
    <>
      {piecesOf(text, spans).map((piece) => {
        const key = offset;
        offset += piece.text.length;
        if (piece.span === null) return <span key={key}>{piece.text}</span>;
        return mark ? (
          <span key={key}>{mark(piece.text, piece.span)}</span>
        ) : (
          <mark key={key} style={MARK_STYLE}>
            {piece.text}
          </mark>
        );
      })}
    </>
  );
}

export { MARK_STYLE };
