import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, type FormListFieldData } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';

/**
 * A `Form.List` as rows: the caller's fields for each, a remove button after them, and a dashed
 * "add" button that appends `blank()`.
 */
export function FormListRows({
  name,
  addLabel,
  blank,
  rowTestId,
  style,
  children,
}: {
  name: string | number | (string | number)[];
  addLabel: ReactNode;
  blank: () => unknown;
  rowTestId?: string;
  style?: CSSProperties;
  children: (field: FormListFieldData, index: number) => ReactNode;
}) {
  const t = useT();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8} style={style}>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="flex-start" data-testid={rowTestId}>
              {children(field, index)}
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('review.removeRow')}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add(blank())}
            style={{ width: 'fit-content' }}
          >
            {addLabel}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
