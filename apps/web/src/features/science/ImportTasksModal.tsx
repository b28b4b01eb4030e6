import { DownloadOutlined } from '@ant-design/icons';
import { Form, Typography } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { formatNumber } from '../../shared/format.ts';
import {
  type ImportDialogProps,
  SheetImportModal,
  sheetImportTexts,
} from '../../shared/SheetImportModal.tsx';
import { rowsWithErrors } from '../../shared/sheetImport.ts';
import { useReadableBodies } from '../training/labels.tsx';
import { scienceApi } from './api.ts';

const TEXTS = sheetImportTexts('science.import');

/**
 * The department's Excel list of tasks (the template, or a list kept with its columns): a code the
 * registry has updates its task, a new one is added unpublished; each refused row is listed with
 * its column and what to fix, and the good rows may be kept.
 */
export function ImportTasksModal({
  defaultBodyId,
  ...dialog
}: ImportDialogProps & { defaultBodyId: string }) {
  const t = useT();
  const [form] = Form.useForm<{ bodyId: string }>();
  const bodies = useReadableBodies();
  const columns = useMemo(
    () => ({
      code: t('science.field.code'),
      title: t('science.field.title'),
      level: t('science.field.level'),
      hostOrganisation: t('science.field.host'),
      leadScientist: t('science.field.lead'),
      budgetMillions: t('science.field.budgetMillions'),
      budgetVnd: t('science.field.budgetVnd'),
      startsOn: t('science.field.startsOn'),
      endsOn: t('science.field.endsOn'),
      status: t('science.field.status'),
      results: t('science.field.results'),
      summary: t('science.field.summary'),
      secret: t('science.field.secret'),
    }),
    [t],
  );
  return (
    <SheetImportModal
      {...dialog}
      title={t('science.import.title')}
      testId="science-import"
      errorsTestId="science-import-errors"
      texts={TEXTS}
      intro={
        <>
          <Typography.Paragraph type="secondary">{t('science.import.hint')}</Typography.Paragraph>
          <Typography.Paragraph>
            <a href={scienceApi.templateUrl} download data-testid="science-template">
              <DownloadOutlined /> {t('science.import.template')}
            </a>
          </Typography.Paragraph>
        </>
      }
      form={form}
      fields={
        bodies.length > 1 ? (
          <Form.Item
            name="bodyId"
            label={t('science.form.body')}
            initialValue={defaultBodyId}
            rules={[{ required: true }]}
          >
            <BodySelect initial={bodies} />
          </Form.Item>
        ) : undefined
      }
      send={(upload) => scienceApi.import(form.getFieldValue('bodyId') ?? defaultBodyId, upload)}
      summarise={(answer) => ({
        taken: answer.created + answer.updated + answer.duplicates,
        stored: t('science.import.done', {
          created: formatNumber(answer.created),
          updated: formatNumber(answer.updated),
          duplicates: formatNumber(answer.duplicates),
          errors: formatNumber(rowsWithErrors(answer.errors)),
        }),
        columns,
      })}
    />
  );
}
