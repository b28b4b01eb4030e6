import { vietnamToday } from '@lantoa/domain/rules';
import { App, DatePicker, Form, Grid, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n/i18n.tsx';
import { FilePicker, usePickedFile } from '../../shared/FilePicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { DATE_FORMAT } from '../../shared/format.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { trainingApi } from './api.ts';

interface Values {
  happenedOn: Dayjs;
  what: string;
  citizensHelped: number;
}

/** Pictures a phone takes or keeps; the server decodes and re-checks them. */
const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';

/**
 * A team's activity as its leader logs it from a phone, often in the village: the day (not after
 * today), what the team did, how many citizens it helped, and a photo if there is one. Full width on
 * a phone, the number with the phone's number pad.
 */
export function ActivityFormModal({
  teamId,
  onClose,
  onSaved,
}: {
  teamId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const narrow = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, submit } = useSubmit(form);
  const photo = usePickedFile(true, setError);
  const today = vietnamToday();

  const save = () =>
    submit(async (values) => {
      await trainingApi.recordActivity(teamId, {
        happenedOn: values.happenedOn.format('YYYY-MM-DD'),
        what: values.what.trim(),
        citizensHelped: values.citizensHelped,
        photo: photo.file,
      });
      void message.success(t('training.team.recorded'));
      onSaved();
    });

  return (
    <FormModal
      open
      title={t('training.team.record')}
      okText={t('common.save')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="activity-error"
      width={narrow ? '100%' : 520}
      style={narrow ? { top: 0, maxWidth: '100vw', padding: 0 } : undefined}
    >
      <VerticalForm<Values>
        form={form}
        name="team-activity"
        initialValues={{ happenedOn: dayjs(today), citizensHelped: 0 }}
      >
        <Form.Item name="happenedOn" label={t('training.team.happenedOn')} rules={[{ required: true }]}>
          <DatePicker
            format={DATE_FORMAT}
            placeholder="dd/mm/yyyy"
            allowClear={false}
            inputReadOnly={narrow}
            disabledDate={(day) => day.format('YYYY-MM-DD') > today}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="what"
          label={t('training.team.what')}
          extra={t('training.team.whatHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="citizensHelped"
          label={t('training.team.citizensHelped')}
          rules={[{ required: true }]}
        >
          <InputNumber<number>
            min={0}
            max={100_000}
            precision={0}
            inputMode="numeric"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('training.team.photo')}>
          <FilePicker
            accept={PHOTO_TYPES}
            file={photo.file}
            onChange={photo.onChange}
            drop={t('training.team.photoDrop')}
            testId="activity-photo"
          />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}
