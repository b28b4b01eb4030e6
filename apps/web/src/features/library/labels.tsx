import {
  LIBRARY_KINDS,
  LIBRARY_LANGUAGES,
  LIBRARY_STATUSES,
  type LibraryKind,
  type LibraryLanguage,
  type LibraryStatus,
  MEDIA_KINDS,
  type MediaKind,
} from '@lantoa/domain/constants';
import { Tag } from 'antd';
import type { Translate } from '../../i18n/i18n.tsx';

export const languageLabel = (t: Translate, value: LibraryLanguage) => t(`library.language.${value}`);
export const kindLabel = (t: Translate, value: LibraryKind) => t(`library.kind.${value}`);
export const mediaKindLabel = (t: Translate, value: MediaKind) => t(`library.mediaKind.${value}`);

export const languageOptions = (t: Translate) =>
  LIBRARY_LANGUAGES.map((value) => ({ value, label: languageLabel(t, value) }));
export const kindOptions = (t: Translate) =>
  LIBRARY_KINDS.map((value) => ({ value, label: kindLabel(t, value) }));
export const mediaKindOptions = (t: Translate) =>
  MEDIA_KINDS.map((value) => ({ value, label: mediaKindLabel(t, value) }));
export const statusOptions = (t: Translate) =>
  LIBRARY_STATUSES.map((value) => ({ value, label: t(`library.status.${value}`) }));

const STATUS_COLOURS: Record<LibraryStatus, string> = { pending: 'gold', approved: 'green', rejected: 'red' };

/**
 * "Public" on an item its body publishes; it says when the public pages do not show it yet (they
 * show an approved item only).
 */
export function PublicTag({ item, t }: { item: { isPublic: boolean; status: LibraryStatus }; t: Translate }) {
  if (!item.isPublic) return null;
  return (
    <Tag
      color={item.status === 'approved' ? 'cyan' : 'default'}
      title={item.status === 'approved' ? undefined : t('library.publicWaits')}
      data-testid="item-public"
    >
      {t('library.public')}
    </Tag>
  );
}

export function ItemStatusTag({ status, t }: { status: LibraryStatus; t: Translate }) {
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid="item-status">
      {t(`library.status.${status}`)}
    </Tag>
  );
}
