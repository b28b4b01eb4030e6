import { ArrowDownOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { type SyntheticEvent, useMemo, useRef, useState } from 'react';
import type { PlanExtract } from '../../api/types.ts';
import { type MessageKey, useT } from '../../i18n/i18n.tsx';
import { formatNumber, formatPercent } from '../../shared/format.ts';
import { type PassageKind, stillUnread, unreadLines } from './passage-items.ts';

type Coverage = NonNullable<PlanExtract['coverage']>;

/** A reading that took in this share of the items or more is shown as good, below the warning as poor. */
const GOOD_COVERAGE = 0.9;
const POOR_COVERAGE = 0.75;
/** A passage longer than a draft's title is cut by the reviewer, not by the screen. */
const PASSAGE_MAX = 2000;

const MAKE: { kind: PassageKind; label: MessageKey }[] = [
  { kind: 'task', label: 'review.passage.task' },
  { kind: 'target', label: 'review.passage.target' },
  { kind: 'duty', label: 'review.passage.duty' },
];

/** How much of the document the draft now holds: what was read, and the passages made something since. */
function CoverageTag({ coverage, unread }: { coverage: Coverage; unread: number }) {
  const t = useT();
  if (coverage.items === 0) return null;
  const read = coverage.items - unread;
  const share = read / coverage.items;
  const color = share >= GOOD_COVERAGE ? 'green' : share >= POOR_COVERAGE ? 'orange' : 'red';
  return (
    <Tooltip title={t('review.coverageHint')}>
      <Tag color={color} data-testid="coverage">
        {t('review.coverage', {
          share: formatPercent(share),
          read: formatNumber(read),
          items: formatNumber(coverage.items),
        })}
      </Tag>
    </Tooltip>
  );
}

/**
 * The document's text beside the draft: the passages the reading made nothing of are marked, and a
 * passage the reviewer selects (or a marked one, clicked) can be made a task, a target or a duty.
 */
export function DocumentTextPane({
  text,
  extract,
  onMake,
}: {
  text: string;
  /** The draft: its reading's coverage, and what the reviewer has made of the passages since. */
  extract: PlanExtract;
  onMake: (kind: PassageKind, passage: string) => void;
}) {
  const t = useT();
  const pane = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState('');
  const [next, setNext] = useState(0);
  const lines = useMemo(() => text.split('\n'), [text]);
  const coverage = extract.coverage;
  const unread = useMemo(() => stillUnread(coverage?.unread ?? [], extract), [coverage, extract]);
  const marked = useMemo(() => unreadLines(text, unread), [text, unread]);

  /** The text selected inside the pane, or nothing when the selection lies elsewhere. */
  const readSelection = () => {
    const selection = window.getSelection();
    const inside = selection?.anchorNode && pane.current?.contains(selection.anchorNode);
    setSelected(inside ? (selection?.toString().trim() ?? '') : '');
  };
  /** A marked passage, chosen (clicked, or Enter on it), is selected whole. */
  const selectLine = (event: SyntheticEvent<HTMLElement>) => {
    const selection = window.getSelection();
    if (!selection || selection.toString().trim()) return;
    const range = document.createRange();
    range.selectNodeContents(event.currentTarget);
    selection.removeAllRanges();
    selection.addRange(range);
    setSelected(event.currentTarget.textContent?.trim() ?? '');
  };
  const make = (kind: PassageKind) => {
    onMake(kind, selected.slice(0, PASSAGE_MAX));
    window.getSelection()?.removeAllRanges();
    setSelected('');
  };
  const showNextUnread = () => {
    const marks = pane.current?.querySelectorAll('[data-unread]') ?? [];
    if (marks.length === 0) return;
    marks[next % marks.length]?.scrollIntoView({ block: 'center' });
    setNext((n) => n + 1);
  };

  return (
    <Card
      title={t('review.documentText')}
      size="small"
      style={{ position: 'sticky', top: 16 }}
      styles={{ body: { padding: 0 } }}
      extra={coverage && <CoverageTag coverage={coverage} unread={unread.length} />}
    >
      <Flex vertical gap={6} style={{ padding: '8px 16px', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
        {marked.size > 0 && (
          <Button
            size="small"
            icon={<ArrowDownOutlined />}
            onClick={showNextUnread}
            data-testid="next-unread"
          >
            {t('review.nextUnread', { count: formatNumber(unread.length) })}
          </Button>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {selected
            ? t('review.passage.selected', { count: formatNumber(selected.length) })
            : t('review.passage.hint')}
        </Typography.Text>
        <Flex gap={6} wrap data-testid="passage-actions">
          {MAKE.map(({ kind, label }) => (
            <Button key={kind} size="small" disabled={!selected} onClick={() => make(kind)}>
              {t(label)}
            </Button>
          ))}
        </Flex>
      </Flex>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a selection of the text, by mouse or keyboard, is read when it ends; the text is no control */}
      <div
        ref={pane}
        data-testid="document-text"
        onMouseUp={readSelection}
        onKeyUp={readSelection}
        style={{
          whiteSpace: 'pre-wrap',
          overflow: 'auto',
          maxHeight: 'calc(100vh - 280px)',
          padding: '12px 16px',
          fontSize: 13,
          lineHeight: 1.6,
        }}
      >
        {lines.map((line, at) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positions in one fixed text
          <DocumentLine key={at} line={line} unread={marked.has(at)} onSelect={selectLine} />
        ))}
      </div>
    </Card>
  );
}

/** A line of the document; one in a passage read into nothing is marked, and selects itself when chosen. */
function DocumentLine({
  line,
  unread,
  onSelect,
}: {
  line: string;
  unread: boolean;
  onSelect: (event: SyntheticEvent<HTMLElement>) => void;
}) {
  const t = useT();
  if (!unread) return <div>{line || '\u00A0'}</div>;
  return (
    <Tooltip title={t('review.unreadPassage')} placement="right">
      <button
        type="button"
        data-unread
        onClick={onSelect}
        style={{
          display: 'block',
          width: '100%',
          padding: 0,
          border: 'none',
          font: 'inherit',
          textAlign: 'left',
          whiteSpace: 'pre-wrap',
          color: 'inherit',
          background: '#fff1b8',
          cursor: 'pointer',
        }}
      >
        {line}
      </button>
    </Tooltip>
  );
}
