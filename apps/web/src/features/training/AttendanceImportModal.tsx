import { Typography } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { formatNumber } from '../../shared/format.ts';
import { trainingApi } from './api.ts';
import { ExcelImportModal } from './ExcelImportModal.tsx';

/**
 * The organiser marks present, from a sheet of phone numbers (a sign-in list typed up, a platform's
 * export), the participants sent to the course; someone already present counts once.
 */
export function AttendanceImportModal({
  open,
  courseId,
  onClose,
  onImported,
}: {
  open: boolean;
  courseId: string;
  onClose: () => void;
  onImported: () => void;
}) {
  const t = useT();
  const columns = useMemo(
    () => ({
      phone: t('training.attendanceImport.col.phone'),
      fullName: t('training.attendanceImport.col.fullName'),
    }),
    [t],
  );
  return (
    <ExcelImportModal
      open={open}
      title={t('training.attendanceImport.title')}
      testId="attendance-import"
      intro={
        <Typography.Paragraph type="secondary">{t('training.attendanceImport.hint')}</Typography.Paragraph>
      }
      send={(upload) => trainingApi.importAttendance(courseId, upload)}
      summarise={(answer) => ({
        taken: answer.imported + answer.alreadyPresent,
        stored:
          answer.alreadyPresent > 0
            ? t('training.attendanceImport.doneWithPresent', {
                n: formatNumber(answer.imported),
                present: formatNumber(answer.alreadyPresent),
              })
            : t('training.attendanceImport.done', { n: formatNumber(answer.imported) }),
        columns,
      })}
      onClose={onClose}
      onImported={onImported}
    />
  );
}
