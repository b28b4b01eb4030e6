import { DeleteOutlined, ExclamationCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { LOW_CONFIDENCE } from '@lantoa/domain/constants';
import {
  Button,
  Input,
  InputNumber,
  type InputNumberProps,
  Table,
  type TableColumnsType,
  Tooltip,
} from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { formatPercent } from '../../shared/format.ts';

type Indexed<Row> = Row & { index: number };
/** Patches the row at `index` (the editor's rows are replaced by a copy with the patch applied). */
export type SetRow<Row> = (index: number, patch: Partial<Row>) => void;
export type EditorColumn<Row> = TableColumnsType<Indexed<Row>>[number];

/**
 * An editable table of rows: the caller's columns (`set` patches a row), a remove button each, and
 * "add"; with `selection`, a check box each for what the caller does to many rows at once.
 */
export function RowsEditor<Row extends object>({
  rows,
  onChange,
  columns,
  scrollX,
  emptyText,
  addLabel,
  blank,
  selection,
}: {
  rows: Row[];
  onChange: (next: Row[]) => void;
  columns: (set: SetRow<Row>) => TableColumnsType<Indexed<Row>>;
  scrollX: number;
  emptyText: string;
  addLabel: string;
  blank: () => Row;
  /** The indexes of the rows checked, and what to do when that changes. */
  selection?: { indexes: number[]; onChange: (indexes: number[]) => void };
}) {
  const t = useT();
  const set: SetRow<Row> = (index, patch) =>
    onChange(rows.map((row, i) => (i === index ? reviewed({ ...row, ...patch }) : row)));
  return (
    <>
      <Table<Indexed<Row>>
        size="small"
        rowKey="index"
        dataSource={rows.map((row, index) => ({ ...row, index }))}
        pagination={false}
        scroll={{ x: scrollX }}
        locale={{ emptyText }}
        rowSelection={
          selection && {
            selectedRowKeys: selection.indexes,
            onChange: (keys) => selection.onChange(keys.map(Number)),
          }
        }
        columns={[
          ...columns(set),
          {
            key: 'remove',
            width: 44,
            render: (_v, row) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('review.removeRow')}
                onClick={() => onChange(rows.filter((_r, i) => i !== row.index))}
              />
            ),
          },
        ]}
      />
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        style={{ marginTop: 8 }}
        onClick={() => onChange([...rows, blank()])}
      >
        {addLabel}
      </Button>
    </>
  );
}

/** A row the reviewer changed is theirs: the reading's confidence in it no longer applies. */
function reviewed<Row extends object>(row: Row): Row {
  if (!('confidence' in row)) return row;
  const { confidence: _read, ...rest } = row;
  return rest as Row;
}

/** A mark on the rows the reading is unsure of (see the extraction's `confidence`), for a second look. */
export function confidenceColumn<Row extends { confidence?: number | undefined }>(): EditorColumn<Row> {
  return {
    key: 'confidence',
    width: 36,
    render: (_v, row) => <ConfidenceMark confidence={row.confidence} />,
  };
}

function ConfidenceMark({ confidence }: { confidence: number | undefined }) {
  const t = useT();
  if (confidence === undefined || confidence >= LOW_CONFIDENCE) return null;
  const title = t('review.lowConfidence', { share: formatPercent(confidence) });
  return (
    <Tooltip title={title}>
      <ExclamationCircleOutlined
        aria-label={title}
        data-testid="low-confidence"
        style={{ color: '#fa8c16' }}
      />
    </Tooltip>
  );
}

/**
 * A column over the row's `field`, titled `title`: `cell` draws the value (named to screen readers by
 * the title) and hands a new one back through `change`, which patches the row.
 */
function fieldColumn<Value, Row extends Record<Field, Value>, Field extends string & keyof Row>(
  set: SetRow<Row>,
  title: string,
  field: Field,
  width: number | undefined,
  cell: (value: Value, change: (next: Value) => void) => ReactNode,
): EditorColumn<Row> {
  return {
    title,
    key: field,
    width,
    // A computed key's object is typed by the key's type, not by the row's field it names.
    render: (_v, row) => cell(row[field], (next) => set(row.index, { [field]: next } as Partial<Row>)),
  };
}

/** A text field of the row: one line, or `multiline` (growing to six); `required` marks an empty cell. */
export function textColumn<Row extends Record<Field, string>, Field extends string & keyof Row>(
  set: SetRow<Row>,
  title: string,
  field: Field,
  {
    width,
    multiline = false,
    required = false,
  }: { width?: number; multiline?: boolean; required?: boolean } = {},
): EditorColumn<Row> {
  return fieldColumn<string, Row, Field>(set, title, field, width, (value, change) =>
    multiline ? (
      <Input.TextArea
        aria-label={title}
        autoSize={{ minRows: 1, maxRows: 6 }}
        value={value}
        status={required && !value.trim() ? 'error' : undefined}
        onChange={(e) => change(e.target.value)}
      />
    ) : (
      <Input aria-label={title} value={value} onChange={(e) => change(e.target.value)} />
    ),
  );
}

/** A number field of the row; an emptied cell holds `empty`. */
export function numberColumn<Row extends Record<Field, number | null>, Field extends string & keyof Row>(
  set: SetRow<Row>,
  title: string,
  field: Field,
  width: number,
  {
    empty,
    ...input
  }: { empty: Row[Field] } & Pick<InputNumberProps<number>, 'min' | 'max' | 'decimalSeparator'>,
): EditorColumn<Row> {
  return fieldColumn<number | null, Row, Field>(set, title, field, width, (value, change) => (
    <InputNumber<number>
      aria-label={title}
      value={value}
      {...input}
      controls={false}
      style={{ width: '100%' }}
      onChange={(v) => change(typeof v === 'number' ? v : empty)}
    />
  ));
}

/** A list of names of the row, typed as "A; B; C" (see NamesInput). */
export function namesColumn<Row extends Record<Field, string[]>, Field extends string & keyof Row>(
  set: SetRow<Row>,
  title: string,
  field: Field,
  width: number,
): EditorColumn<Row> {
  return fieldColumn<string[], Row, Field>(set, title, field, width, (value, change) => (
    <NamesInput label={title} value={value} onChange={change} />
  ));
}

/** Splits a list typed as "A; B; C" (names of bodies contain commas, so not on commas). */
const splitNames = (text: string) =>
  text
    .split(/\s*;\s*|\n/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Names typed as "A; B; C", handed on when the field is left and only when they changed. */
function NamesInput({
  value,
  onChange,
  label,
}: {
  value: string[];
  onChange: (next: string[]) => void;
  label: string;
}) {
  const [text, setText] = useState(value.join('; '));
  useEffect(() => setText(value.join('; ')), [value]);
  return (
    <Input.TextArea
      aria-label={label}
      autoSize={{ minRows: 1, maxRows: 6 }}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        const next = splitNames(text);
        if (next.join('\u0000') !== value.join('\u0000')) onChange(next);
      }}
    />
  );
}
