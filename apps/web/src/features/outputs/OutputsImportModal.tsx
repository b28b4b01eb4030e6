import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Form, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { FileField, usePickedFile } from '../../shared/FilePicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatNumber } from '../../shared/format.ts';
import { clientPagination } from '../../shared/pagination.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { errorColumn, type ImportOutcome, importOutcome, maySendAgain } from '../training/imports.ts';
import { useReadableBodies } from '../training/labels.tsx';
import { outputsApi, type SheetImportResult, type SheetRowError } from './api.ts';

const OUTCOME_TYPE = {
  stored: 'success',
  partial: 'warning',
  refused: 'error',
  noGoodRows: 'error',
  empty: 'info',
} as const satisfies Record<ImportOutcome, string>;

/**
 * A body's outputs from Excel (the template, or a list kept with its columns): what was recorded,
 * what was already in the register, and every row refused with why. While nothing was recorded the
 * form stays, so a corrected file can be sent again; afterwards only Close is left.
 */
export function OutputsImportModal({
  open,
  defaultBodyId,
  onClose,
  onImported,
}: {
  open: boolean;
  defaultBodyId: string;
  onClose: () => void;
  onImported: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ bodyId: string }>();
  const { saving, error, setError, run } = useSubmit();
  const picked = usePickedFile(open, setError);
  const bodies = useReadableBodies();
  const [answer, setAnswer] = useState<{ result: SheetImportResult; outcome: ImportOutcome } | null>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    setAnswer(null);
  }, [open, setError]);

  const submit = async () => {
    const values = await form.validateFields().then(
      (valid) => valid,
      () => null,
    );
    if (!values) return;
    const { file } = picked;
    if (!file) {
      setError(t('training.import.fileRequired'));
      return;
    }
    await run(async () => {
      const result = await outputsApi.import(values.bodyId, file);
      const taken = result.created + result.updated + result.duplicates;
      // Good rows are not held back for a file with errors: what the server recorded is said as such.
      const outcome = importOutcome({ taken, errors: result.errors.map(withField) }, false);
      setAnswer({ result, outcome });
      if (maySendAgain(outcome)) picked.onChange(null);
      else onImported();
    });
  };

  const again = !answer || maySendAgain(answer.outcome);
  return (
    <FormModal
      open={open}
      title={t('outputs.import.title')}
      onCancel={onClose}
      width={760}
      saving={saving}
      error={error}
      errorTestId="outputs-import-error"
      data-testid="outputs-import"
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
                data-testid="outputs-import-send"
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
      {answer && <ImportAnswer {...answer} />}
      {answer && again && <Divider />}
      {again && (
        <>
          <Typography.Paragraph type="secondary">{t('outputs.import.hint')}</Typography.Paragraph>
          <Typography.Paragraph>
            <a href={outputsApi.templateUrl} download data-testid="outputs-template">
              <DownloadOutlined /> {t('outputs.import.template')}
            </a>
          </Typography.Paragraph>
          <Form form={form} name="outputs-import" layout="vertical" initialValues={{ bodyId: defaultBodyId }}>
            <Form.Item name="bodyId" label={t('outputs.import.body')} rules={[{ required: true }]}>
              <BodySelect initial={bodies} />
            </Form.Item>
            <FileField
              label={t('training.import.file')}
              hint={t('training.import.fileHint')}
              accept=".xlsx"
              drop={t('training.import.drop')}
              testId="outputs-import-file"
              {...picked}
            />
          </Form>
        </>
      )}
    </FormModal>
  );
}

/** A row error as the training imports' rules read it (an error of the whole file names no column). */
const withField = (error: SheetRowError) => ({ ...error, field: error.field ?? '' });

/** What the import recorded, found already there and refused, and the table of refused rows. */
function ImportAnswer({ result, outcome }: { result: SheetImportResult; outcome: ImportOutcome }) {
  const t = useT();
  const columns = useMemo(
    () => ({
      file: t('training.import.fileColumn'),
      title: t('outputs.form.title'),
      publishedOn: t('outputs.form.publishedOn'),
      kind: t('outputs.form.kind'),
      channelKind: t('outputs.form.channelKind'),
      channelName: t('outputs.form.channelName'),
      url: t('outputs.form.url'),
      topics: t('outputs.form.topics'),
      aboutLocal: t('outputs.flag.aboutLocal'),
      commissioned: t('outputs.flag.commissioned'),
    }),
    [t],
  );
  const rows = formatNumber(new Set(result.errors.map((e) => e.row)).size);
  return (
    <div data-testid="outputs-import-result" data-outcome={outcome}>
      <Alert
        type={OUTCOME_TYPE[outcome]}
        showIcon
        title={t('outputs.import.done', {
          created: formatNumber(result.created + result.updated),
          duplicates: formatNumber(result.duplicates),
          errors: rows,
        })}
        description={
          outcome === 'partial'
            ? t('outputs.import.partialHint')
            : outcome === 'refused' || outcome === 'noGoodRows'
              ? t('outputs.import.refusedHint')
              : outcome === 'empty'
                ? t('training.import.emptyHint')
                : undefined
        }
        style={{ marginBottom: 16 }}
      />
      {result.errors.length > 0 && (
        <>
          <Typography.Paragraph strong>{t('training.import.errorsTitle', { rows })}</Typography.Paragraph>
          <Table<SheetRowError>
            data-testid="import-errors"
            size="small"
            rowKey={(row) => `${row.row}-${row.field}-${row.message}`}
            dataSource={result.errors}
            pagination={clientPagination(10)}
            columns={[
              { title: t('training.import.row'), dataIndex: 'row', width: 70 },
              {
                title: t('training.import.column'),
                key: 'field',
                width: 170,
                render: (_v, row) => errorColumn(row.field ?? 'file', columns),
              },
              { title: t('training.import.message'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </div>
  );
}
