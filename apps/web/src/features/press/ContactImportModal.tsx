import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Divider, Form, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type MessageKey, useT } from '../../i18n/i18n.tsx';
import { FileField, usePickedFile } from '../../shared/FilePicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatNumber } from '../../shared/format.ts';
import { clientPagination } from '../../shared/pagination.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { pressApi, type SheetImportError, type SheetImportResult } from './api.ts';
import { type ImportOutcome, importOutcome, maySendAgain, rowsWithErrors } from './imports.ts';

const OUTCOME_TYPE = {
  stored: 'success',
  partial: 'warning',
  refused: 'error',
  noGoodRows: 'error',
  empty: 'info',
} as const satisfies Record<ImportOutcome, string>;

/** The outcome's title and what to do next, when the summary of what was stored does not say it. */
const OUTCOME_TEXT: Record<Exclude<ImportOutcome, 'stored'>, { title?: MessageKey; next: MessageKey }> = {
  partial: { next: 'press.import.partial' },
  refused: { title: 'press.import.refused', next: 'press.import.refusedHint' },
  noGoodRows: { title: 'press.import.noGoodRows', next: 'press.import.noGoodRowsHint' },
  empty: { title: 'press.import.empty', next: 'press.import.emptyHint' },
};

/**
 * The network from Excel: the template to fill (or a list kept with its columns), then whether to keep the
 * good rows of a file with errors, then the contacts added and updated and every row that was not
 * taken, by its row number. When nothing was stored the
 * form stays, so a corrected file can be sent again; once rows are stored only Close is left, so
 * none goes in twice.
 */
export function ContactImportModal({
  open,
  bodyId,
  onClose,
  onImported,
}: {
  open: boolean;
  bodyId: string;
  onClose: () => void;
  onImported: () => void;
}) {
  const t = useT();
  const { saving, error, setError, run } = useSubmit();
  const picked = usePickedFile(open, setError);
  const [keepGoodRows, setKeepGoodRows] = useState(false);
  const [answer, setAnswer] = useState<{ result: SheetImportResult; outcome: ImportOutcome } | null>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    setAnswer(null);
    setKeepGoodRows(false);
  }, [open, setError]);

  const again = !answer || maySendAgain(answer.outcome);

  const submit = async () => {
    const { file } = picked;
    if (!file) {
      setError(t('press.import.fileRequired'));
      return;
    }
    await run(async () => {
      const result = await pressApi.importContacts(bodyId, { keepGoodRows, file });
      const outcome = importOutcome(result, keepGoodRows);
      setAnswer({ result, outcome });
      // The corrected file is picked again: a browser may not read a file changed since it was picked.
      if (maySendAgain(outcome)) picked.onChange(null);
      else onImported();
    });
  };

  return (
    <FormModal
      open={open}
      title={t('press.import.title')}
      onCancel={onClose}
      width={760}
      saving={saving}
      error={error}
      errorTestId="contact-import-error"
      data-testid="contact-import"
      footer={
        again
          ? [
              <Button key="cancel" onClick={onClose}>
                {t(answer ? 'press.import.close' : 'common.cancel')}
              </Button>,
              <Button
                key="send"
                type="primary"
                loading={saving}
                onClick={() => void submit()}
                data-testid="contact-import-send"
              >
                {t(answer ? 'press.import.sendAgain' : 'press.import.send')}
              </Button>,
            ]
          : [
              <Button key="close" type="primary" onClick={onClose}>
                {t('press.import.close')}
              </Button>,
            ]
      }
    >
      {answer && <ImportResult answer={answer.result} outcome={answer.outcome} />}
      {answer && again && <Divider />}
      {again && (
        <>
          <Typography.Paragraph type="secondary">{t('press.import.hint')}</Typography.Paragraph>
          <Typography.Paragraph>
            <a href={pressApi.contactTemplateUrl} download data-testid="contact-template">
              <DownloadOutlined /> {t('press.import.template')}
            </a>
          </Typography.Paragraph>
          <Form name="contact-import" layout="vertical">
            <FileField
              label={t('press.import.file')}
              hint={t('press.import.fileHint')}
              accept=".xlsx"
              drop={t('press.import.drop')}
              testId="contact-import-file"
              {...picked}
            />
            <Form.Item extra={t('press.import.keepGoodRowsHint')}>
              <Checkbox
                checked={keepGoodRows}
                onChange={(event) => setKeepGoodRows(event.target.checked)}
                data-testid="contact-import-keep"
              >
                {t('press.import.keepGoodRows')}
              </Checkbox>
            </Form.Item>
          </Form>
        </>
      )}
    </FormModal>
  );
}

/** What an import stored, or why it stored nothing, and the table of the rows not taken. */
function ImportResult({ answer, outcome }: { answer: SheetImportResult; outcome: ImportOutcome }) {
  const t = useT();
  const rows = formatNumber(rowsWithErrors(answer.errors));
  // The fields the server names in its errors, by the template's headers.
  const columns: Record<string, string> = {
    kind: t('press.import.col.kind'),
    name: t('press.import.col.name'),
    organisation: t('press.import.col.organisation'),
    roleTitle: t('press.import.col.roleTitle'),
    email: t('press.import.col.email'),
    phone: t('press.import.col.phone'),
    url: t('press.import.col.url'),
    topics: t('press.import.col.topics'),
    consent: t('press.import.col.consent'),
    consentOn: t('press.import.col.consentOn'),
    file: t('press.import.fileColumn'),
  };
  const columnName = (field: string) => (Object.hasOwn(columns, field) && columns[field]) || field;
  const stored = t('press.import.stored', {
    created: formatNumber(answer.created),
    updated: formatNumber(answer.updated),
  });
  const text = outcome === 'stored' ? null : OUTCOME_TEXT[outcome];
  const title = text?.title ? t(text.title, { rows }) : stored;
  const description = text ? t(text.next, { rows }) : undefined;
  return (
    <div data-testid="contact-import-result" data-outcome={outcome}>
      <Alert
        type={OUTCOME_TYPE[outcome]}
        showIcon
        title={title}
        description={description}
        style={{ marginBottom: 16 }}
      />
      {answer.duplicates > 0 && (
        <Typography.Paragraph type="secondary">
          {t('press.import.duplicates', { n: formatNumber(answer.duplicates) })}
        </Typography.Paragraph>
      )}
      {answer.errors.length > 0 && (
        <>
          <Typography.Paragraph strong>{t('press.import.errorsTitle', { rows })}</Typography.Paragraph>
          <Table<SheetImportError>
            data-testid="contact-import-errors"
            size="small"
            rowKey={(row) => `${row.row}-${row.field ?? ''}-${row.message}`}
            dataSource={answer.errors}
            pagination={clientPagination(10)}
            columns={[
              { title: t('press.import.row'), dataIndex: 'row', width: 70 },
              {
                title: t('press.import.column'),
                key: 'field',
                width: 170,
                render: (_v, row) => (row.field ? columnName(row.field) : t('common.none')),
              },
              { title: t('press.import.message'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </div>
  );
}
