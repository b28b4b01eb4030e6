import { KeyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Popconfirm, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText, isStatus } from '../../shared/errors.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { broadcastApi, type Session, type Station } from './api.ts';
import { StationFields } from './StationFields.tsx';

interface Values {
  name: string;
  listeners: number;
  sessions: Session[];
}

function ApiKeyCard({
  station,
  canRun,
  onChanged,
}: {
  station: Station;
  canRun: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const [apiKey, setApiKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const generate = async () => {
    setSending(true);
    setError(null);
    try {
      setApiKey((await broadcastApi.newApiKey(station.id)).apiKey);
      onChanged();
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setSending(false);
    }
  };
  return (
    <Card size="small" title={t('broadcast.settings.apiKey')}>
      <Typography.Paragraph type="secondary">{t('broadcast.settings.apiKeyHint')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Typography.Paragraph>
        {station.apiKeyHint
          ? t('broadcast.settings.apiKeyCurrent', { hint: station.apiKeyHint })
          : t('broadcast.settings.apiKeyNone')}
      </Typography.Paragraph>
      {apiKey && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('broadcast.settings.apiKeyOnce')}
          description={
            <Typography.Text
              code
              copyable={{ text: apiKey, tooltips: [undefined, t('broadcast.settings.copied')] }}
              data-testid="api-key"
            >
              {apiKey}
            </Typography.Text>
          }
        />
      )}
      {canRun && (
        <Popconfirm
          title={t('broadcast.settings.apiKeyConfirm')}
          okText={t('common.yes')}
          cancelText={t('common.no')}
          onConfirm={() => generate()}
          disabled={!station.apiKeyHint}
        >
          <Button
            icon={<KeyOutlined />}
            loading={sending}
            onClick={() => {
              if (!station.apiKeyHint) void generate();
            }}
          >
            {t('broadcast.settings.apiKeyNew')}
          </Button>
        </Popconfirm>
      )}
    </Card>
  );
}

/** The station's name, listeners and daily sessions; its API key. */
export function SettingsTab({
  station,
  canRun,
  onSaved,
}: {
  station: Station;
  canRun: boolean;
  onSaved: (station: Station | null) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [stale, setStale] = useState(false);
  const { saving, error, submit } = useSubmit(form);

  useEffect(() => {
    form.setFieldsValue({ name: station.name, listeners: station.listeners, sessions: station.sessions });
  }, [form, station]);

  const save = async () => {
    await submit(
      async (values) => {
        const sessions = [...values.sessions].sort((a, b) => a.start.localeCompare(b.start));
        const { station: saved } = await broadcastApi.updateStation(station.id, {
          version: station.version,
          name: values.name.trim(),
          listeners: values.listeners,
          sessions,
        });
        setStale(false);
        void message.success(t('common.saved'));
        onSaved(saved);
      },
      (caught, otherwise) => {
        if (!isStatus(caught, 409)) return otherwise();
        setStale(true);
        onSaved(null);
        return null;
      },
    );
  };

  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <Card size="small">
          {stale && <ErrorAlert error={t('broadcast.station.stale')} onClose={() => setStale(false)} />}
          <ErrorAlert error={error} />
          <VerticalForm<Values> form={form} name="station-settings" disabled={!canRun}>
            <StationFields />
            {canRun && (
              <Button type="primary" loading={saving} onClick={() => void save()}>
                {t('common.save')}
              </Button>
            )}
          </VerticalForm>
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <ApiKeyCard station={station} canRun={canRun} onChanged={() => onSaved(null)} />
      </Col>
    </Row>
  );
}
