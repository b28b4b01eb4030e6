import { Tag } from 'antd';
import type { Translate } from '../../i18n/i18n.tsx';
import {
  ITEM_KINDS,
  ITEM_STATUSES,
  type ItemKind,
  type ItemStatus,
  LANGUAGES,
  type Language,
  MEDIA_KINDS,
  type MediaKind,
} from './api.ts';

export const languageLabel = (t: Translate, value: Language) => t(`library.language.${value}`);
export const kindLabel = (t: Translate, value: ItemKind) => t(`library.kind.${value}`);
export const mediaKindLabel = (t: Translate, value: MediaKind) => t(`library.mediaKind.${value}`);

export const languageOptions = (t: Translate) =>
  LANGUAGES.map((value) => ({ value, label: languageLabel(t, value) }));
export const kindOptions = (t: Translate) =>
  ITEM_KINDS.map((value) => ({ value, label: kindLabel(t, value) }));
export const mediaKindOptions = (t: Translate) =>
  MEDIA_KINDS.map((value) => ({ value, label: mediaKindLabel(t, value) }));
export const statusOptions = (t: Translate) =>
  ITEM_STATUSES.map((value) => ({ value, label: t(`library.status.${value}`) }));

const STATUS_COLOURS: Record<ItemStatus, string> = { pending: 'gold', approved: 'green', rejected: 'red' };

export function ItemStatusTag({ status, t }: { status: ItemStatus; t: Translate }) {
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid="item-status">
      {t(`library.status.${status}`)}
    </Tag>
  );
}
