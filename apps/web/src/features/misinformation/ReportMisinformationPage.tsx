import type { MisinformationPlace } from '@lantoa/domain/constants';
import { Alert, App, Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { FilePicker } from '../../shared/FilePicker.tsx';
import { MainWithAside } from '../../shared/MainWithAside.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { webLink } from '../../shared/webLink.ts';
import { misinformationApi } from './api.ts';
import { useMisinformationLabels } from './labels.tsx';

interface Values {
  link?: string;
  seenWhere: MisinformationPlace;
  description: string;
}

/** The screenshot's formats (the server checks the content; SVG is not taken). */
const SCREENSHOT_ACCEPT = 'image/png,image/jpeg,image/webp,image/gif';

/**
 * "Báo tin sai sự thật" from the app: any body's staff report a post or article they saw — its link
 * and/or a screenshot, where it was, what is false. The case goes to the province's culture department.
 */
export default function ReportMisinformationPage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const labels = useMisinformationLabels();
  const [form] = Form.useForm<Values>();
  const { saving, error, setError, submit } = useSubmit(form);
  const [screenshot, setScreenshot] = useState<File | null>(null);

  const send = () =>
    submit(async (values) => {
      const link = values.link?.trim() ?? '';
      if (!link && !screenshot) {
        setError(t('misinformation.report.needOne'));
        return;
      }
      const reported = await misinformationApi.report(
        { link, seenWhere: values.seenWhere, description: values.description.trim() },
        screenshot,
      );
      void message.success(t('misinformation.report.sent', { code: reported.code }));
      void navigate(`/misinformation/${reported.id}`, { replace: true });
    });

  return (
    <>
      <PageTitle
        title={t('misinformation.report.title')}
        extra={
          <Button type="primary" loading={saving} onClick={() => void send()} data-testid="report-send">
            {t('misinformation.report.send')}
          </Button>
        }
      />
      <MainWithAside
        main={
          <Card>
            <ErrorAlert error={error} testId="report-error" />
            <VerticalForm<Values> form={form} name="misinformation-report" data-testid="report-form">
              <Form.Item
                name="link"
                label={t('misinformation.report.link')}
                extra={t('misinformation.report.linkHint')}
                rules={[
                  {
                    validator: async (_rule, value: string | undefined) => {
                      if (value?.trim() && !webLink(value.trim()))
                        throw new Error(t('misinformation.report.linkInvalid'));
                    },
                  },
                ]}
              >
                <Input maxLength={2000} inputMode="url" placeholder="https://" />
              </Form.Item>
              <Form.Item
                name="seenWhere"
                label={t('misinformation.report.seenWhere')}
                rules={[{ required: true, message: t('misinformation.report.seenWhereRequired') }]}
              >
                <Select options={labels.placeOptions} />
              </Form.Item>
              <Form.Item
                name="description"
                label={t('misinformation.report.description')}
                extra={t('misinformation.report.descriptionHint')}
                rules={[{ required: true, whitespace: true, message: t('common.required') }]}
              >
                <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={5000} />
              </Form.Item>
              <Form.Item
                label={t('misinformation.report.screenshot')}
                extra={t('misinformation.report.screenshotHint')}
              >
                <FilePicker
                  accept={SCREENSHOT_ACCEPT}
                  file={screenshot}
                  onChange={(picked) => {
                    setScreenshot(picked);
                    setError(null);
                  }}
                  drop={t('misinformation.report.screenshotDrop')}
                  testId="report-screenshot"
                />
              </Form.Item>
            </VerticalForm>
          </Card>
        }
        aside={<Alert type="info" showIcon title={t('misinformation.report.aside')} />}
      />
    </>
  );
}
