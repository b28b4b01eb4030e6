import { Table, Typography } from 'antd';
import type { AuditEntry } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';

interface Row {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 1);
}

/** Field-by-field comparison of the before and after images of an audit entry. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (fields.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  const rows: Row[] = fields.map((field) => ({
    field,
    before: before[field],
    after: after[field],
    changed: JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  }));
  const cell = (value: unknown, color: string | undefined) => (
    <pre
      style={{
        margin: 0,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
        fontSize: 12,
        fontFamily: 'inherit',
        background: color,
        padding: '0 4px',
      }}
    >
      {show(value)}
    </pre>
  );
  return (
    <Table<Row>
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid="audit-diff"
      columns={[
        {
          title: t('audit.field'),
          dataIndex: 'field',
          width: 180,
          render: (field: string, row) => (row.changed ? <strong>{field}</strong> : field),
        },
        {
          title: t('audit.before'),
          key: 'before',
          render: (_v, row) => cell(row.before, row.changed && entry.before ? '#fff1f0' : undefined),
        },
        {
          title: t('audit.after'),
          key: 'after',
          render: (_v, row) => cell(row.after, row.changed && entry.after ? '#f6ffed' : undefined),
        },
      ]}
    />
  );
}
