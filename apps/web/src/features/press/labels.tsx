import {
  CONTACT_KIND_NAMES,
  CONTACT_KINDS,
  type ContactKind,
  type PressReleaseStatus,
} from '@lantoa/domain/constants';
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

export const contactKindName = (lang: Lang, kind: ContactKind): string =>
  lang === 'en' ? CONTACT_KIND_NAMES_EN[kind] : CONTACT_KIND_NAMES[kind];

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
