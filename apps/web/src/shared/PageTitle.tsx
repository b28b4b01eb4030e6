import { Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';

/** The heading of a screen, with optional buttons on the right; also sets the document title. */
export function PageTitle({ title, extra, sub }: { title: ReactNode; extra?: ReactNode; sub?: ReactNode }) {
  useEffect(() => {
    if (typeof title === 'string') document.title = `${title} · Lan Tỏa`;
  }, [title]);
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {sub}
      </div>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
