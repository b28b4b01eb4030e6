import { DownloadOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../shared/format.ts';
import type { ImportDialogProps } from '../../shared/SheetImportModal.tsx';
import { trainingApi } from './api.ts';
import { ExcelImportModal } from './ExcelImportModal.tsx';

/**
 * A body's roster from Excel: the template to fill (or a list kept with its columns), then the
 * people added and every row that was not.
 */
export function RosterImportModal({ bodyId, ...dialog }: ImportDialogProps & { bodyId: string }) {
  const t = useT();
  // The fields the server names in its errors, by the template's headers.
  const columns = useMemo(
    () => ({
      fullName: t('training.rosterImport.col.fullName'),
      audience: t('training.rosterImport.col.audience'),
      roleTitle: t('training.rosterImport.col.roleTitle'),
      phone: t('training.rosterImport.col.phone'),
      village: t('training.rosterImport.col.village'),
      joinedOn: t('training.rosterImport.col.joinedOn'),
    }),
    [t],
  );
  return (
    <ExcelImportModal
      {...dialog}
      title={t('training.rosterImport.title')}
      testId="roster-import"
      intro={
        <>
          <Typography.Paragraph type="secondary">{t('training.rosterImport.hint')}</Typography.Paragraph>
          <Typography.Paragraph>
            <a href={trainingApi.rosterTemplateUrl} download data-testid="roster-template">
              <DownloadOutlined /> {t('training.rosterImport.template')}
            </a>
          </Typography.Paragraph>
        </>
      }
      send={(upload) => trainingApi.importRoster(bodyId, upload)}
      summarise={(answer) => ({
        taken: answer.imported,
        stored: t('training.rosterImport.done', { n: formatNumber(answer.imported) }),
        columns,
      })}
    />
  );
}
