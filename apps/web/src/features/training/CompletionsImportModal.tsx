import type { Audience } from '@lantoa/domain/constants';
import { Form, Input, Select, Table, Typography } from 'antd';
import { useRef } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { useOptionsOf } from '../../shared/bilingualNames.ts';
import { countColumn } from '../../shared/columns.tsx';
import { formatNumber } from '../../shared/format.ts';
import { clientPagination } from '../../shared/pagination.ts';
import type { ImportDialogProps } from '../../shared/SheetImportModal.tsx';
import { type CompletionMapping, type CompletionsImport, trainingApi } from './api.ts';
import { ExcelImportModal } from './ExcelImportModal.tsx';
import { completionMappingOf, defaultCompletionAudience, type MappingValues } from './imports.ts';
import { audienceNames } from './labels.tsx';

type Commune = CompletionsImport['communes'][number];

/** The server's limit of a header (text(200) of the mapping). */
const MAX_HEADER = 200;

/**
 * The organiser of a training records a learning platform's completions per commune, from the
 * platform's export: which columns hold the commune and the count (and a code), and the audience
 * counted; then each commune's count as recorded and the rows not taken. The columns typed stay for
 * the next file while the page is open (a platform exports the same headers each time).
 */
export function CompletionsImportModal({
  courseId,
  audiences,
  ...dialog
}: ImportDialogProps & { courseId: string; audiences: readonly Audience[] }) {
  const t = useT();
  const [form] = Form.useForm<MappingValues>();
  const audienceOptions = useOptionsOf(audienceNames, audiences);
  // The mapping of the file sent: the errors name its columns by the headers typed then.
  const sent = useRef<CompletionMapping | null>(null);
  const header = (required: boolean, message: string) => [
    ...(required ? [{ required: true, whitespace: true, message }] : []),
    { max: MAX_HEADER, message: t('training.completionsImport.tooLong', { max: MAX_HEADER }) },
  ];

  return (
    <ExcelImportModal
      {...dialog}
      title={t('training.completionsImport.title')}
      testId="completions-import"
      intro={
        <Typography.Paragraph type="secondary">{t('training.completionsImport.hint')}</Typography.Paragraph>
      }
      form={form}
      fields={
        <>
          <Typography.Paragraph strong>{t('training.completionsImport.columns')}</Typography.Paragraph>
          <Form.Item
            name="body"
            label={t('training.completionsImport.body')}
            rules={header(true, t('training.completionsImport.bodyRequired'))}
          >
            <Input placeholder={t('training.completionsImport.bodyPlaceholder')} maxLength={MAX_HEADER} />
          </Form.Item>
          <Form.Item
            name="count"
            label={t('training.completionsImport.count')}
            rules={header(true, t('training.completionsImport.countRequired'))}
          >
            <Input placeholder={t('training.completionsImport.countPlaceholder')} maxLength={MAX_HEADER} />
          </Form.Item>
          <Form.Item
            name="code"
            label={t('training.completionsImport.code')}
            extra={t('training.completionsImport.codeHint')}
            rules={header(false, '')}
          >
            <Input placeholder={t('training.completionsImport.codePlaceholder')} maxLength={MAX_HEADER} />
          </Form.Item>
          <Form.Item
            name="audience"
            label={t('training.completionsImport.audience')}
            initialValue={defaultCompletionAudience(audiences)}
            rules={[{ required: true, message: t('training.completionsImport.audienceRequired') }]}
          >
            <Select options={audienceOptions} />
          </Form.Item>
        </>
      }
      send={(upload) => {
        const mapping = completionMappingOf(form.getFieldsValue());
        sent.current = mapping;
        return trainingApi.importCompletions(courseId, mapping, upload);
      }}
      summarise={(answer) => ({
        taken: answer.communes.length,
        stored: t('training.completionsImport.done', {
          communes: formatNumber(answer.communes.length),
          rows: formatNumber(answer.imported),
        }),
        details: answer.communes.length > 0 && <CommunesTable communes={answer.communes} />,
        columns: {
          body: sent.current?.body ?? t('training.completionsImport.body'),
          count: sent.current?.count ?? t('training.completionsImport.count'),
          code: sent.current?.code ?? t('training.completionsImport.code'),
        },
      })}
    />
  );
}

/** Each commune's count as recorded by the file, and from how many of its rows. */
function CommunesTable({ communes }: { communes: Commune[] }) {
  const t = useT();
  return (
    <>
      <Typography.Paragraph strong>{t('training.completionsImport.recorded')}</Typography.Paragraph>
      <Table<Commune>
        data-testid="completions-communes"
        size="small"
        rowKey={(row) => row.body.id}
        dataSource={communes}
        pagination={clientPagination(10)}
        style={{ marginBottom: 16 }}
        columns={[
          { title: t('training.completionsImport.commune'), key: 'body', render: (_v, row) => row.body.name },
          countColumn(t('training.completionsImport.completed'), 'attended', (row) => row.attended),
          countColumn(t('training.completionsImport.rows'), 'rows', (row) => row.rows),
        ]}
      />
    </>
  );
}
