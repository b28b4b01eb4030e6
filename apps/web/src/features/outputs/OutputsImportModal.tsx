import { DownloadOutlined } from '@ant-design/icons';
import { Form, Typography } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { formatNumber } from '../../shared/format.ts';
import {
  type ImportDialogProps,
  SheetImportModal,
  type SheetImportTexts,
} from '../../shared/SheetImportModal.tsx';
import { rowsWithErrors } from '../../shared/sheetImport.ts';
import { TRAINING_IMPORT_TEXTS } from '../training/ExcelImportModal.tsx';
import { useReadableBodies } from '../training/labels.tsx';
import { outputsApi } from './api.ts';

/**
 * The training imports' words, with the register's outcomes; no choice to keep the good rows of a
 * file with errors: such a file stores nothing (the server's default), and is sent again corrected.
 */
const TEXTS: SheetImportTexts = {
  ...TRAINING_IMPORT_TEXTS,
  keepGoodRows: undefined,
  outcomes: {
    partial: { next: 'outputs.import.partialHint' },
    refused: { next: 'outputs.import.refusedHint' },
    noGoodRows: { next: 'outputs.import.refusedHint' },
    empty: { next: 'training.import.emptyHint' },
  },
};

/**
 * A body's outputs from Excel (the template, or a list kept with its columns): what was recorded,
 * what was already in the register, and every row refused with why. While nothing was recorded the
 * form stays, so a corrected file can be sent again; afterwards only Close is left.
 */
export function OutputsImportModal({
  defaultBodyId,
  ...dialog
}: ImportDialogProps & { defaultBodyId: string }) {
  const t = useT();
  const [form] = Form.useForm<{ bodyId: string }>();
  const bodies = useReadableBodies();
  const columns = useMemo(
    () => ({
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
  return (
    <SheetImportModal
      {...dialog}
      title={t('outputs.import.title')}
      testId="outputs-import"
      texts={TEXTS}
      intro={
        <>
          <Typography.Paragraph type="secondary">{t('outputs.import.hint')}</Typography.Paragraph>
          <Typography.Paragraph>
            <a href={outputsApi.templateUrl} download data-testid="outputs-template">
              <DownloadOutlined /> {t('outputs.import.template')}
            </a>
          </Typography.Paragraph>
        </>
      }
      form={form}
      fields={
        <Form.Item
          name="bodyId"
          label={t('outputs.import.body')}
          initialValue={defaultBodyId}
          rules={[{ required: true }]}
        >
          <BodySelect initial={bodies} />
        </Form.Item>
      }
      send={(upload) => outputsApi.import(form.getFieldValue('bodyId'), upload)}
      summarise={(answer) => ({
        taken: answer.created + answer.updated + answer.duplicates,
        // Said whatever the outcome: what was recorded, found already there, and refused.
        stored: t('outputs.import.done', {
          created: formatNumber(answer.created + answer.updated),
          duplicates: formatNumber(answer.duplicates),
          errors: formatNumber(rowsWithErrors(answer.errors)),
        }),
        columns,
      })}
    />
  );
}
