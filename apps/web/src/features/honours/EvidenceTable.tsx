import { formatIsoDate } from '@lantoa/domain/rules';
import { Table, Typography } from 'antd';
import { useT } from '../../i18n/i18n.tsx';
import type { NominationEvidence } from './api.ts';
import { type EvidenceRow, evidenceRows } from './evidence.ts';

/** The evidence of a nominee's year as a two-column table, with the day its figures were read. */
export function EvidenceTable({
  evidence,
  preview = false,
}: {
  evidence: NominationEvidence;
  /** Before nominating: the figures are today's, not a snapshot. */
  preview?: boolean;
}) {
  const t = useT();
  const asOf = { year: evidence.year, date: formatIsoDate(evidence.asOf) };
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t(preview ? 'honours.evidence.previewAsOf' : 'honours.evidence.asOf', asOf)}
      </Typography.Paragraph>
      <Table<EvidenceRow>
        size="small"
        pagination={false}
        data-testid="honour-evidence"
        rowKey="label"
        dataSource={evidenceRows(evidence)}
        columns={[
          {
            title: t('honours.evidence.item'),
            key: 'label',
            render: (_v, row) => <span style={{ paddingLeft: row.detail ? 20 : 0 }}>{t(row.label)}</span>,
          },
          {
            title: t('honours.evidence.value'),
            key: 'value',
            align: 'right',
            width: 140,
            render: (_v, row) => row.value,
          },
        ]}
      />
    </>
  );
}
