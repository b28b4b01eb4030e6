import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Table, type TableColumnsType } from 'antd';
import { type ChangeEvent, useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';

type Indexed<Row> = Row & { index: number };
/** Patches the row at `index` (the editor's rows are replaced by a copy with the patch applied). */
export type SetRow<Row> = (index: number, patch: Partial<Row>) => void;
export type EditorColumn<Row> = TableColumnsType<Indexed<Row>>[number];

/** An editable table of rows: the caller's columns (`set` patches a row), a remove button each, and "add". */
export function RowsEditor<Row extends object>({
  rows,
  onChange,
  columns,
  scrollX,
  emptyText,
  addLabel,
  blank,
}: {
  rows: Row[];
  onChange: (next: Row[]) => void;
  columns: (set: SetRow<Row>) => TableColumnsType<Indexed<Row>>;
  scrollX: number;
  emptyText: string;
  addLabel: string;
  blank: () => Row;
}) {
  const t = useT();
  const set: SetRow<Row> = (index, patch) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <>
      <Table<Indexed<Row>>
        size="small"
        rowKey="index"
        dataSource={rows.map((row, index) => ({ ...row, index }))}
        pagination={false}
        scroll={{ x: scrollX }}
        locale={{ emptyText }}
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

/**
 * A column whose cells edit the row's text `field`, named to screen readers by the column's title: one
 * line, or `multiline` (growing to six); `required` marks an empty cell.
 */
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
  return {
    title,
    key: field,
    width,
    render: (_v, row) => {
      const value = row[field];
      const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        // A computed key's object is typed by its key's type, not by the row's field.
        set(row.index, { [field]: event.target.value } as Partial<Row>);
      return multiline ? (
        <Input.TextArea
          aria-label={title}
          autoSize={{ minRows: 1, maxRows: 6 }}
          value={value}
          status={required && !value.trim() ? 'error' : undefined}
          onChange={onChange}
        />
      ) : (
        <Input aria-label={title} value={value} onChange={onChange} />
      );
    },
  };
}

/** A column whose cells edit the row's list of names in `field`, typed as "A; B; C" (see NamesInput). */
export function namesColumn<Row extends Record<Field, string[]>, Field extends string & keyof Row>(
  set: SetRow<Row>,
  title: string,
  field: Field,
  width: number,
): EditorColumn<Row> {
  return {
    title,
    key: field,
    width,
    render: (_v, row) => (
      <NamesInput
        label={title}
        value={row[field]}
        onChange={(names) => set(row.index, { [field]: names } as Partial<Row>)}
      />
    ),
  };
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
