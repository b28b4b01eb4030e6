import { Button, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { FilePicker } from '../../shared/FilePicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatNumber } from '../../shared/format.ts';
import { Notice } from '../../shared/Notice.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { useFileSubmit } from '../../shared/useFileSubmit.ts';
import { type QuestionImport, quizApi } from './api.ts';

interface Props {
  open: boolean;
  bodyId: string;
  onClose: () => void;
  /** After an import that changed the bank. */
  onImported: () => void;
}

// The server names template columns by field; the rows show the template's own column titles.
const FIELD_LABELS: Record<string, string> = {
  topic: 'Chủ đề',
  difficulty: 'Mức độ (1-3)',
  text: 'Câu hỏi',
  options: 'Phương án',
  correct: 'Đáp án đúng',
  explanation: 'Giải thích',
  code: 'Mã',
};

/** Uploads the Excel template and shows what was added, updated, and each row's problem. */
export function ImportQuestionsModal({ open, bodyId, onClose, onImported }: Props) {
  const t = useT();
  const [result, setResult] = useState<QuestionImport | null>(null);
  const { saving, error, picked, send } = useFileSubmit(open, t('quiz.import.fileRequired'));

  useEffect(() => {
    if (open) setResult(null);
  }, [open]);

  const submit = async () => {
    await send(async (file) => {
      const imported = await quizApi.importQuestions(bodyId, file);
      setResult(imported);
      if (imported.created + imported.updated > 0) onImported();
    });
  };

  return (
    <FormModal
      open={open}
      title={t('quiz.import.title')}
      onCancel={onClose}
      width={720}
      saving={saving}
      error={error}
      footer={
        result
          ? [
              <Button key="close" type="primary" onClick={onClose}>
                {t('quiz.import.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose}>
                {t('common.cancel')}
              </Button>,
              <Button key="ok" type="primary" loading={saving} onClick={() => void submit()}>
                {t('quiz.import.submit')}
              </Button>,
            ]
      }
    >
      {result ? (
        <div data-testid="quiz-import-result">
          <Notice
            type={result.errors.length ? 'warning' : 'success'}
            title={t('quiz.import.summary', {
              created: formatNumber(result.created),
              updated: formatNumber(result.updated),
            })}
          />
          {result.errors.length > 0 && (
            <>
              <Typography.Paragraph strong>
                {t('quiz.import.errorsTitle', {
                  count: formatNumber(new Set(result.errors.map((e) => e.row)).size),
                })}
              </Typography.Paragraph>
              <Table
                data-testid="quiz-import-errors"
                size="small"
                rowKey={(row) => `${row.row}-${row.field}-${row.message}`}
                dataSource={result.errors}
                pagination={clientPagination(10)}
                columns={[
                  { title: t('quiz.import.row'), dataIndex: 'row', width: 70 },
                  {
                    title: t('quiz.import.field'),
                    dataIndex: 'field',
                    width: 140,
                    render: (field: string) => FIELD_LABELS[field] ?? field,
                  },
                  { title: t('quiz.import.message'), dataIndex: 'message' },
                ]}
              />
            </>
          )}
        </div>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('quiz.import.hint')}</Typography.Paragraph>
          <FilePicker accept=".xlsx" drop={t('quiz.import.drop')} testId="quiz-import-file" {...picked} />
        </>
      )}
    </FormModal>
  );
}
