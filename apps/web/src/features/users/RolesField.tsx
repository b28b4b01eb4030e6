import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLES } from '@lantoa/domain/constants';
import { Button, Flex, Form, Select } from 'antd';
import type { BodyBrief } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';

/** The list of (role, scope body) grants of an account, inside an antd Form under `roles`. */
export function RolesField({ initialBodies }: { initialBodies: BodyBrief[] }) {
  const t = useT();
  return (
    <Form.List
      name="roles"
      rules={[
        {
          validator: async (_rule, value: unknown[] | undefined) => {
            if (!value || value.length === 0) throw new Error(t('users.rolesRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('users.roles')} required>
          <Flex vertical gap={8}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="flex-start" data-testid="role-row">
                <Form.Item
                  name={[field.name, 'role']}
                  rules={[{ required: true, message: t('common.required') }]}
                  style={{ marginBottom: 0, width: 180, flex: 'none' }}
                >
                  <Select
                    aria-label={t('users.role')}
                    options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'scopeBodyId']}
                  rules={[{ required: true, message: t('common.required') }]}
                  style={{ marginBottom: 0, flex: 1, minWidth: 0 }}
                >
                  <BodySelect initial={initialBodies} placeholder={t('users.scope')} />
                </Form.Item>
                <Button
                  aria-label={t('users.removeRole')}
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  disabled={fields.length === 1}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ role: 'focal_point', scopeBodyId: initialBodies[0]?.id })}
            >
              {t('users.addRole')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}
