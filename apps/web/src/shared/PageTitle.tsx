import { Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';

/**
 * The heading of a screen, with optional buttons on the right; also sets the document title. Under
 * the title, a `subtitle` in grey (what the screen is for, whose it is), or a `sub` drawn as given.
 */
export function PageTitle({
  title,
  extra,
  subtitle,
  sub,
}: {
  title: ReactNode;
  extra?: ReactNode;
  subtitle?: string | null | undefined;
  sub?: ReactNode;
}) {
  useEffect(() => {
    if (typeof title === 'string') document.title = `${title} · Lan Tỏa`;
  }, [title]);
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
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
