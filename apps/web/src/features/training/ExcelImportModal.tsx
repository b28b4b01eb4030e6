import { Alert, Button, Checkbox, Divider, Form, type FormInstance, Table, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { type MessageKey, useT } from '../../i18n/i18n.tsx';
import { FileField, usePickedFile } from '../../shared/FilePicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatNumber } from '../../shared/format.ts';
import { clientPagination } from '../../shared/pagination.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import type { ImportRowError, ImportUpload } from './api.ts';
import { errorColumn, type ImportOutcome, importOutcome, maySendAgain, rowsWithErrors } from './imports.ts';

/** What a dialog makes of its import's answer. */
export interface ImportSummary {
  /** Rows (or communes) stored or found already recorded: decides the outcome with the errors. */
  taken: number;
  /** What was stored, said in full ("Đã thêm 12 người"). */
  stored: string;
  /** More about what was stored, below the summary (the communes' counts). */
  details?: ReactNode;
  /** Each field an error may name, as the person knows the column. */
  columns: Readonly<Record<string, string>>;
}

interface Props<R extends { errors: ImportRowError[] }> {
  open: boolean;
  title: string;
  /** The dialog's test id; its parts are named after it (`-file`, `-keep`, `-send`, `-result`). */
  testId: string;
  /** What the file is, above the fields (a hint, the template's link). */
  intro: ReactNode;
  /** Fields sent with the file, checked before it is sent (the platform's columns). */
  form?: FormInstance;
  fields?: ReactNode;
  send: (upload: ImportUpload) => Promise<R>;
  summarise: (answer: R) => ImportSummary;
  onClose: () => void;
  /** After an import that stored something: the page reloads what it shows. */
  onImported: () => void;
}

/**
 * An Excel import of the training records: the file, whether to keep the good rows of a file with
 * errors, then what was stored and each row's problem. When nothing was stored the form stays, so a
 * corrected file can be sent again; once rows are stored only Close is left, so none goes in twice.
 */
export function ExcelImportModal<R extends { errors: ImportRowError[] }>({
  open,
  title,
  testId,
  intro,
  form,
  fields,
  send,
  summarise,
  onClose,
  onImported,
}: Props<R>) {
  const t = useT();
  const { saving, error, setError, run } = useSubmit();
  const picked = usePickedFile(open, setError);
  const [keepGoodRows, setKeepGoodRows] = useState(false);
  const [answer, setAnswer] = useState<{
    summary: ImportSummary;
    errors: ImportRowError[];
    outcome: ImportOutcome;
  } | null>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    setAnswer(null);
    setKeepGoodRows(false);
  }, [open, setError]);

  const submit = async () => {
    const { file } = picked;
    // The columns say what to fix before the file is checked.
    const valid = form
      ? await form.validateFields().then(
          () => true,
          () => false,
        )
      : true;
    if (!valid) return;
    if (!file) {
      setError(t('training.import.fileRequired'));
      return;
    }
    await run(async () => {
      const result = await send({ keepGoodRows, file });
      const summary = summarise(result);
      const outcome = importOutcome({ taken: summary.taken, errors: result.errors }, keepGoodRows);
      setAnswer({ summary, errors: result.errors, outcome });
      if (maySendAgain(outcome)) {
        // The corrected file is picked again: a browser may not read a file changed since it was picked.
        picked.onChange(null);
      } else onImported();
    });
  };

  const again = !answer || maySendAgain(answer.outcome);
  return (
    <FormModal
      open={open}
      title={title}
      onCancel={onClose}
      width={760}
      saving={saving}
      error={error}
      errorTestId={`${testId}-error`}
      data-testid={testId}
      footer={
        again
          ? [
              <Button key="cancel" onClick={onClose}>
                {t(answer ? 'training.import.close' : 'common.cancel')}
              </Button>,
              <Button
                key="send"
                type="primary"
                loading={saving}
                onClick={() => void submit()}
                data-testid={`${testId}-send`}
              >
                {t(answer ? 'training.import.sendAgain' : 'training.import.send')}
              </Button>,
            ]
          : [
              <Button key="close" type="primary" onClick={onClose}>
                {t('training.import.close')}
              </Button>,
            ]
      }
    >
      {answer && <ImportResult testId={`${testId}-result`} {...answer} />}
      {answer && again && <Divider />}
      {again && (
        <>
          {intro}
          <Form form={form} name={testId} layout="vertical">
            {fields}
            <FileField
              label={t('training.import.file')}
              hint={t('training.import.fileHint')}
              accept=".xlsx"
              drop={t('training.import.drop')}
              testId={`${testId}-file`}
              {...picked}
            />
            <Form.Item extra={t('training.import.keepGoodRowsHint')}>
              <Checkbox
                checked={keepGoodRows}
                onChange={(event) => setKeepGoodRows(event.target.checked)}
                data-testid={`${testId}-keep`}
              >
                {t('training.import.keepGoodRows')}
              </Checkbox>
            </Form.Item>
          </Form>
        </>
      )}
    </FormModal>
  );
}

const OUTCOME_TYPE = {
  stored: 'success',
  partial: 'warning',
  refused: 'error',
  noGoodRows: 'error',
  empty: 'info',
} as const satisfies Record<ImportOutcome, string>;

/** The outcome's title and what to do next, when the summary of what was stored does not say it. */
const OUTCOME_TEXT: Record<Exclude<ImportOutcome, 'stored'>, { title?: MessageKey; next: MessageKey }> = {
  partial: { next: 'training.import.partial' },
  refused: { title: 'training.import.refused', next: 'training.import.refusedHint' },
  noGoodRows: { title: 'training.import.noGoodRows', next: 'training.import.noGoodRowsHint' },
  empty: { title: 'training.import.empty', next: 'training.import.emptyHint' },
};

/** What an import stored, or why it stored nothing, and the table of the rows not taken. */
function ImportResult({
  testId,
  summary,
  errors,
  outcome,
}: {
  testId: string;
  summary: ImportSummary;
  errors: ImportRowError[];
  outcome: ImportOutcome;
}) {
  const t = useT();
  const rows = formatNumber(rowsWithErrors(errors));
  const text = outcome === 'stored' ? null : OUTCOME_TEXT[outcome];
  return (
    <div data-testid={testId} data-outcome={outcome}>
      <Alert
        type={OUTCOME_TYPE[outcome]}
        showIcon
        title={text?.title ? t(text.title, { rows }) : summary.stored}
        description={text ? t(text.next, { rows }) : undefined}
        style={{ marginBottom: 16 }}
      />
      {summary.details}
      {errors.length > 0 && (
        <>
          <Typography.Paragraph strong>{t('training.import.errorsTitle', { rows })}</Typography.Paragraph>
          <Table<ImportRowError>
            data-testid="import-errors"
            size="small"
            rowKey={(row) => `${row.row}-${row.field}-${row.message}`}
            dataSource={errors}
            pagination={clientPagination(10)}
            columns={[
              { title: t('training.import.row'), dataIndex: 'row', width: 70 },
              {
                title: t('training.import.column'),
                key: 'field',
                width: 170,
                render: (_v, row) =>
                  errorColumn(row.field, { file: t('training.import.fileColumn'), ...summary.columns }),
              },
              { title: t('training.import.message'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </div>
  );
}
