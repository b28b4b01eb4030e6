import { Button, Checkbox, Divider, Form, type FormInstance, Table, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { type MessageKey, useT } from '../i18n/i18n.tsx';
import { FileField } from './FilePicker.tsx';
import { FormModal } from './FormModal.tsx';
import { formatNumber } from './format.ts';
import { Notice } from './Notice.tsx';
import { clientPagination } from './pagination.ts';
import {
  errorColumn,
  type ImportOutcome,
  importOutcome,
  maySendAgain,
  rowsWithErrors,
  type SheetRowError,
  type SheetUpload,
} from './sheetImport.ts';
import { useFileSubmit } from './useFileSubmit.ts';

/** The words of one import's dialog, as its area writes them. */
export interface SheetImportTexts {
  send: MessageKey;
  sendAgain: MessageKey;
  close: MessageKey;
  file: MessageKey;
  fileHint: MessageKey;
  drop: MessageKey;
  fileRequired: MessageKey;
  /** The choice to keep the good rows of a file with errors; without it they are never kept. */
  keepGoodRows?: { label: MessageKey; hint: MessageKey };
  /** The table of refused rows ({rows}: how many), its columns, and the name of the file's own column. */
  errorsTitle: MessageKey;
  row: MessageKey;
  column: MessageKey;
  message: MessageKey;
  fileColumn: MessageKey;
  /** Each outcome but `stored`: a title said instead of what was stored, and what to do next ({rows}). */
  outcomes: Record<Exclude<ImportOutcome, 'stored'>, { title?: MessageKey; next: MessageKey }>;
}

/** The words an area writes for an import that says all of them, each as `<area>.import.<word>`. */
type ImportWord =
  | 'send'
  | 'sendAgain'
  | 'close'
  | 'file'
  | 'fileHint'
  | 'drop'
  | 'fileRequired'
  | 'keepGoodRows'
  | 'keepGoodRowsHint'
  | 'errorsTitle'
  | 'row'
  | 'column'
  | 'message'
  | 'fileColumn'
  | 'partial'
  | 'refused'
  | 'refusedHint'
  | 'noGoodRows'
  | 'noGoodRowsHint'
  | 'empty'
  | 'emptyHint';

/**
 * The words of an import dialog from the area's keys `<prefix>.<word>`: the keys follow one scheme,
 * so an area writes the texts only (`tsc` fails on a key it left out).
 */
export function sheetImportTexts<Prefix extends string>(
  prefix: Prefix & (`${Prefix}.${ImportWord}` extends MessageKey ? unknown : never),
): SheetImportTexts {
  const key = (word: ImportWord) => `${prefix}.${word}` as MessageKey;
  return {
    send: key('send'),
    sendAgain: key('sendAgain'),
    close: key('close'),
    file: key('file'),
    fileHint: key('fileHint'),
    drop: key('drop'),
    fileRequired: key('fileRequired'),
    keepGoodRows: { label: key('keepGoodRows'), hint: key('keepGoodRowsHint') },
    errorsTitle: key('errorsTitle'),
    row: key('row'),
    column: key('column'),
    message: key('message'),
    fileColumn: key('fileColumn'),
    outcomes: {
      partial: { next: key('partial') },
      refused: { title: key('refused'), next: key('refusedHint') },
      noGoodRows: { title: key('noGoodRows'), next: key('noGoodRowsHint') },
      empty: { title: key('empty'), next: key('emptyHint') },
    },
  };
}

/** What a dialog makes of its import's answer. */
export interface ImportSummary {
  /** Rows (or communes) stored or found already recorded: decides the outcome with the errors. */
  taken: number;
  /** What was stored, said in full ("Đã thêm 12 người"). */
  stored: string;
  /** More about what was stored, below the summary (the communes' counts, the rows already there). */
  details?: ReactNode;
  /** Each field an error may name, as the person knows the column. */
  columns: Readonly<Record<string, string>>;
}

/** What the page that opens an import gives it: whether it is open, and what to do after. */
export interface ImportDialogProps {
  open: boolean;
  onClose: () => void;
  /** After an import that stored something: the page reloads what it shows. */
  onImported: () => void;
}

export interface SheetImportModalProps<R extends { errors: readonly SheetRowError[] }>
  extends ImportDialogProps {
  title: string;
  /** The dialog's test id; its parts are named after it (`-file`, `-keep`, `-send`, `-result`, `-error`). */
  testId: string;
  /** The test id of the table of refused rows. */
  errorsTestId?: string;
  texts: SheetImportTexts;
  /** What the file is, above the fields (a hint, the template's link). */
  intro: ReactNode;
  /** Fields sent with the file, checked before it is sent (the body, the platform's columns). */
  form?: FormInstance;
  fields?: ReactNode;
  send: (upload: SheetUpload) => Promise<R>;
  summarise: (answer: R) => ImportSummary;
}

/**
 * An Excel import: the file (and whether to keep the good rows of a file with errors), then what was
 * stored and each refused row's problem. When nothing was stored the form stays, so a corrected file
 * can be sent again; once rows are stored only Close is left, so none goes in twice.
 */
export function SheetImportModal<R extends { errors: readonly SheetRowError[] }>({
  open,
  title,
  testId,
  errorsTestId = 'import-errors',
  texts,
  intro,
  form,
  fields,
  send,
  summarise,
  onClose,
  onImported,
}: SheetImportModalProps<R>) {
  const t = useT();
  const { saving, error, picked, send: sendPicked } = useFileSubmit(open, t(texts.fileRequired));
  const [keepGoodRows, setKeepGoodRows] = useState(false);
  const [answer, setAnswer] = useState<{
    summary: ImportSummary;
    errors: readonly SheetRowError[];
    outcome: ImportOutcome;
  } | null>(null);

  useEffect(() => {
    if (!open) return;
    setAnswer(null);
    setKeepGoodRows(false);
  }, [open]);

  const submit = async () => {
    // The fields say what to fix before the file is checked.
    const valid = form
      ? await form.validateFields().then(
          () => true,
          () => false,
        )
      : true;
    if (!valid) return;
    await sendPicked(async (file) => {
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
                {t(answer ? texts.close : 'common.cancel')}
              </Button>,
              <Button
                key="send"
                type="primary"
                loading={saving}
                onClick={() => void submit()}
                data-testid={`${testId}-send`}
              >
                {t(answer ? texts.sendAgain : texts.send)}
              </Button>,
            ]
          : [
              <Button key="close" type="primary" onClick={onClose}>
                {t(texts.close)}
              </Button>,
            ]
      }
    >
      {answer && (
        <ImportResult testId={`${testId}-result`} errorsTestId={errorsTestId} texts={texts} {...answer} />
      )}
      {answer && again && <Divider />}
      {again && (
        <>
          {intro}
          <Form form={form} name={testId} layout="vertical">
            {fields}
            <FileField
              label={t(texts.file)}
              hint={t(texts.fileHint)}
              accept=".xlsx"
              drop={t(texts.drop)}
              testId={`${testId}-file`}
              {...picked}
            />
            {texts.keepGoodRows && (
              <Form.Item extra={t(texts.keepGoodRows.hint)}>
                <Checkbox
                  checked={keepGoodRows}
                  onChange={(event) => setKeepGoodRows(event.target.checked)}
                  data-testid={`${testId}-keep`}
                >
                  {t(texts.keepGoodRows.label)}
                </Checkbox>
              </Form.Item>
            )}
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

/** What an import stored, or why it stored nothing, and the table of the rows not taken. */
function ImportResult({
  testId,
  errorsTestId,
  texts,
  summary,
  errors,
  outcome,
}: {
  testId: string;
  errorsTestId: string;
  texts: SheetImportTexts;
  summary: ImportSummary;
  errors: readonly SheetRowError[];
  outcome: ImportOutcome;
}) {
  const t = useT();
  const rows = formatNumber(rowsWithErrors(errors));
  const text = outcome === 'stored' ? null : texts.outcomes[outcome];
  return (
    <div data-testid={testId} data-outcome={outcome}>
      <Notice
        type={OUTCOME_TYPE[outcome]}
        title={text?.title ? t(text.title, { rows }) : summary.stored}
        description={text ? t(text.next, { rows }) : undefined}
      />
      {summary.details}
      {errors.length > 0 && (
        <>
          <Typography.Paragraph strong>{t(texts.errorsTitle, { rows })}</Typography.Paragraph>
          <Table<SheetRowError>
            data-testid={errorsTestId}
            size="small"
            rowKey={(row) => `${row.row}-${row.field ?? ''}-${row.message}`}
            dataSource={errors}
            pagination={clientPagination(10)}
            columns={[
              { title: t(texts.row), dataIndex: 'row', width: 70 },
              {
                title: t(texts.column),
                key: 'field',
                width: 170,
                render: (_v, row) =>
                  errorColumn(row.field, { file: t(texts.fileColumn), ...summary.columns }),
              },
              { title: t(texts.message), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </div>
  );
}
