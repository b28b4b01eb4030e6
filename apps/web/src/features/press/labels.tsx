import {
  CONTACT_KIND_NAMES,
  CONTACT_KINDS,
  type ContactKind,
  type PressReleaseStatus,
} from '@lantoa/domain/constants';
import { Flex, Tag } from 'antd';
import { useT } from '../../i18n/i18n.tsx';
import type { BilingualNames } from '../../shared/bilingualNames.ts';

/** Who is in the network, by name: the domain's Vietnamese (`CONTACT_KIND_NAMES`), English here. */
export const contactKindNames: BilingualNames<ContactKind> = {
  keys: CONTACT_KINDS,
  vi: CONTACT_KIND_NAMES,
  en: {
    press_agency: 'Press agency',
    reporter: 'Reporter, editor',
    expert: 'Expert',
    scientist: 'Scientist',
    organisation: 'Organisation',
    business: 'Business',
    influencer: 'Influencer',
    page: 'Social media page',
  },
};

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
