import { Tag } from 'antd';
import type { User } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';

export function UserStatus({ user }: { user: User }) {
  const t = useT();
  if (user.disabled) return <Tag color="default">{t('users.disabled')}</Tag>;
  return <Tag color="green">{t('users.active')}</Tag>;
}
