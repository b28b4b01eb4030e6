import { Form, Input, InputNumber } from 'antd';
import { useT } from '../../i18n/i18n.tsx';
import { FormListRows } from '../../shared/FormListRows.tsx';
import type { Session } from './api.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A station's name, the people it reaches and its daily sessions (new-station dialog and settings). */
export function StationFields() {
  const t = useT();
  return (
    <>
      <Form.Item
        name="name"
        label={t('broadcast.settings.name')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="listeners" label={t('broadcast.settings.listeners')}>
        <InputNumber min={0} style={{ width: 200 }} />
      </Form.Item>
      <SessionsField />
    </>
  );
}

/** A station's daily sessions: start HH:MM and the most minutes each may last. */
function SessionsField() {
  const t = useT();
  return (
    <Form.Item label={t('broadcast.settings.sessions')} required>
      <FormListRows
        name="sessions"
        addLabel={t('broadcast.settings.addSession')}
        blank={(): Session => ({ start: '', maxMinutes: 15 })}
        rowTestId="session-row"
      >
        {(field) => (
          <>
            <Form.Item
              name={[field.name, 'start']}
              rules={[{ required: true, pattern: TIME, message: t('broadcast.settings.badTime') }]}
              style={{ marginBottom: 0, width: 200 }}
            >
              <Input aria-label={t('broadcast.settings.start')} placeholder="06:00" maxLength={5} />
            </Form.Item>
            <Form.Item
              name={[field.name, 'maxMinutes']}
              rules={[{ required: true, message: t('common.required') }]}
              style={{ marginBottom: 0 }}
            >
              <InputNumber
                aria-label={t('broadcast.settings.maxMinutes')}
                min={1}
                max={180}
                suffix={t('broadcast.settings.maxMinutes')}
                style={{ width: 200 }}
              />
            </Form.Item>
          </>
        )}
      </FormListRows>
    </Form.Item>
  );
}
