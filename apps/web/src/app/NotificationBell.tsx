import { BellOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Dropdown, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { notificationsApi } from '../api/endpoints.ts';
import type { Notification } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { formatDateTime, formatNumber } from '../shared/format.ts';

const POLL_MS = 60_000;

/** The bell in the header: the unread count (polled, and refreshed on navigation) and the latest. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Notification[] | null>(null);

  // Asked by the app itself, not by the user: a background request, so an open tab that nobody
  // uses still reaches the server's idle timeout.
  const count = useCallback(async () => {
    try {
      setUnread((await notificationsApi.list({ unread: true, limit: 1 }, { background: true })).unread);
    } catch {
      // The count is a hint; a failed poll keeps the last one.
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the count refreshes on each navigation.
  useEffect(() => {
    void count();
  }, [count, location.pathname]);

  useEffect(() => {
    const timer = setInterval(() => void count(), POLL_MS);
    return () => clearInterval(timer);
  }, [count]);

  const loadList = useCallback(async () => {
    setItems(null);
    try {
      const result = await notificationsApi.list({ limit: 20 });
      setItems(result.items);
      setUnread(result.unread);
    } catch {
      setItems([]);
    }
  }, []);

  const openItem = async (item: Notification) => {
    setOpen(false);
    if (!item.read) {
      await notificationsApi.read(item.id).catch(() => {});
      void count();
    }
    if (item.link?.startsWith('/')) void navigate(item.link);
  };

  const readAll = async () => {
    await notificationsApi.readAll().catch(() => {});
    setItems((list) => list?.map((n) => ({ ...n, read: true })) ?? null);
    setUnread(0);
  };

  const panel = (
    <Card
      size="small"
      title={t('notifications.title')}
      extra={
        <Button type="link" size="small" disabled={unread === 0} onClick={() => void readAll()}>
          {t('notifications.readAll')}
        </Button>
      }
      // On a phone (390 px) the panel fits the screen instead of running off its edge.
      style={{ width: 'min(400px, calc(100vw - 16px))', boxShadow: '0 6px 16px rgba(0,0,0,0.12)' }}
      styles={{ body: { padding: 0, maxHeight: 420, overflow: 'auto' } }}
      data-testid="notifications"
    >
      {items === null ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((item) => (
            <li key={item.id} style={{ borderBottom: '1px solid #f0f0f0' }}>
              <button
                type="button"
                onClick={() => void openItem(item)}
                style={{
                  all: 'unset',
                  boxSizing: 'border-box',
                  display: 'block',
                  width: '100%',
                  cursor: 'pointer',
                  padding: '8px 12px',
                  // A resolved notice (its cause gone) stays for a while, greyed: nothing left to do.
                  background: item.read || item.resolvedAt ? undefined : '#fff7f7',
                  opacity: item.resolvedAt ? 0.6 : undefined,
                }}
              >
                <Typography.Text
                  strong={!item.read && !item.resolvedAt}
                  type={item.resolvedAt ? 'secondary' : undefined}
                >
                  {item.title}
                </Typography.Text>
                {item.body && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.body}
                    </Typography.Text>
                  </div>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                  {formatDateTime(item.createdAt)}
                </Typography.Text>
                {item.resolvedAt && (
                  <Tag
                    icon={<CheckCircleOutlined />}
                    color="success"
                    style={{ marginInlineStart: 8, fontSize: 11 }}
                    data-testid="notification-resolved"
                  >
                    {t('notifications.resolved', { when: formatDateTime(item.resolvedAt) })}
                  </Tag>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );

  return (
    <Dropdown
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) void loadList();
      }}
      trigger={['click']}
      popupRender={() => panel}
      placement="bottomRight"
    >
      <Button
        type="text"
        aria-label={t('notifications.bell', { n: formatNumber(unread) })}
        data-testid="notification-bell"
        style={{ height: 40 }}
      >
        <Badge count={unread} overflowCount={99} size="small">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Dropdown>
  );
}
