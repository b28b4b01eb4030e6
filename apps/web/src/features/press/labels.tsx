import {
  CHANNEL_KIND_NAMES,
  type ChannelKind,
  CONTACT_KIND_NAMES,
  CONTACT_KINDS,
  type ContactKind,
  type PressReleaseStatus,
} from '@lantoa/domain/constants';
import { formatIsoDate, formatVietnamDateTime, vietnamDateOf } from '@lantoa/domain/rules';
import { Flex, Tag } from 'antd';
import { useCallback } from 'react';
import { type Lang, useI18n, useT } from '../../i18n/i18n.tsx';

/** Who is in the network, in English; Vietnamese names are the domain's (`CONTACT_KIND_NAMES`). */
const CONTACT_KIND_NAMES_EN: Record<ContactKind, string> = {
  press_agency: 'Press agency',
  reporter: 'Reporter, editor',
  expert: 'Expert',
  scientist: 'Scientist',
  organisation: 'Organisation',
  business: 'Business',
  influencer: 'Influencer',
  page: 'Social media page',
};

/** Where an article was published, in English; Vietnamese names are the domain's (`CHANNEL_KIND_NAMES`). */
const CHANNEL_KIND_NAMES_EN: Record<ChannelKind, string> = {
  press: 'Newspaper, magazine, station (section, programme)',
  portal: 'Portal, news website',
  fanpage: 'Social media page (fanpage)',
  zalo_oa: 'Zalo OA',
  loudspeaker: 'Loudspeakers',
  visual: 'Posters, banners',
};

export const contactKindName = (lang: Lang, kind: ContactKind): string =>
  lang === 'en' ? CONTACT_KIND_NAMES_EN[kind] : CONTACT_KIND_NAMES[kind];

export const channelKindName = (lang: Lang, kind: ChannelKind): string =>
  lang === 'en' ? CHANNEL_KIND_NAMES_EN[kind] : CHANNEL_KIND_NAMES[kind];

/** The name of a contact's kind in the current language. */
export function useContactKindName() {
  const { lang } = useI18n();
  return useCallback((kind: ContactKind) => contactKindName(lang, kind), [lang]);
}

/** The kinds of contact to choose from, in the domain's order. */
export function useContactKindOptions() {
  const { lang } = useI18n();
  return CONTACT_KINDS.map((value) => ({ value, label: contactKindName(lang, value) }));
}

/** The Vietnam day of an instant, dd/mm/yyyy, wherever the browser is. */
export const formatInstantDate = (iso: string) => formatIsoDate(vietnamDateOf(Date.parse(iso)));

/** An instant as dd/mm/yyyy HH:mm in Vietnam time. */
export const formatInstant = (iso: string) => formatVietnamDateTime(Date.parse(iso));

export function ReleaseStatusTag({ status }: { status: PressReleaseStatus }) {
  const t = useT();
  return status === 'sent' ? (
    <Tag color="green">{t('press.status.sent')}</Tag>
  ) : (
    <Tag>{t('press.status.draft')}</Tag>
  );
}

/** Topic words as tags (plain text: nothing typed by a person is rendered as markup). */
export function TopicTags({ topics }: { topics: readonly string[] }) {
  if (topics.length === 0) return null;
  return (
    <Flex gap={4} wrap>
      {topics.map((topic) => (
        <Tag key={topic} style={{ marginInlineEnd: 0 }}>
          {topic}
        </Tag>
      ))}
    </Flex>
  );
}
