import { DownloadOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../shared/format.ts';
import {
  type ImportDialogProps,
  SheetImportModal,
  sheetImportTexts,
} from '../../shared/SheetImportModal.tsx';
import { pressApi } from './api.ts';

const TEXTS = sheetImportTexts('press.import');

/**
 * The network from Excel: the template to fill (or a list kept with its columns), then whether to keep
 * the good rows of a file with errors, then the contacts added and updated, the rows that matched a
 * contact already there, and every row that was not taken, by its row number.
 */
export function ContactImportModal({ bodyId, ...dialog }: ImportDialogProps & { bodyId: string }) {
  const t = useT();
  // The fields the server names in its errors, by the template's headers.
  const columns = useMemo(
    () => ({
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
    }),
    [t],
  );
  return (
    <SheetImportModal
      {...dialog}
      title={t('press.import.title')}
      testId="contact-import"
      errorsTestId="contact-import-errors"
      texts={TEXTS}
      intro={
        <>
          <Typography.Paragraph type="secondary">{t('press.import.hint')}</Typography.Paragraph>
          <Typography.Paragraph>
            <a href={pressApi.contactTemplateUrl} download data-testid="contact-template">
              <DownloadOutlined /> {t('press.import.template')}
            </a>
          </Typography.Paragraph>
        </>
      }
      send={(upload) => pressApi.importContacts(bodyId, upload)}
      summarise={(answer) => ({
        taken: answer.created + answer.updated + answer.duplicates,
        stored: t('press.import.stored', {
          created: formatNumber(answer.created),
          updated: formatNumber(answer.updated),
        }),
        details: answer.duplicates > 0 && (
          <Typography.Paragraph type="secondary">
            {t('press.import.duplicates', { n: formatNumber(answer.duplicates) })}
          </Typography.Paragraph>
        ),
        columns,
      })}
    />
  );
}
