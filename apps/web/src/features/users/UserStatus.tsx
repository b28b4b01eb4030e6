import { Tag } from 'antd';
import type { User } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../../shared/format.ts';

export function UserStatus({ user }: { user: User }) {
  const t = useT();
  if (user.disabled) return <Tag color="default">{t('users.disabled')}</Tag>;
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now()) {
    return <Tag color="orange">{t('users.locked', { time: formatDateTime(user.lockedUntil) })}</Tag>;
  }
  return <Tag color="green">{t('users.active')}</Tag>;
}
