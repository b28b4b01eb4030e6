import {
  CHANNEL_KIND_NAMES,
  CHANNEL_KINDS,
  type ChannelKind,
  OUTPUT_KIND_NAMES,
  OUTPUT_KINDS,
  type OutputKind,
  type OutputSource,
} from '@lantoa/domain/constants';
import { formatIsoDate, formatVietnamDateTime, vietnamDateOf } from '@lantoa/domain/rules';
import { Tag } from 'antd';
import { useCallback } from 'react';
import { type Lang, type Translate, useI18n, useT } from '../../i18n/i18n.tsx';

// The register's closed lists by name. The Vietnamese names are the domain's, as the plans and the
// Excel template write them; the English ones are here.

const OUTPUT_KIND_NAMES_EN: Record<OutputKind, string> = {
  article: 'News item or article',
  reportage: 'Reportage',
  tv_radio: 'Radio or television programme',
  portal_post: 'Post on an e-portal',
  social_post: 'Social media post',
  rebroadcast: 'Rebroadcast on loudspeakers',
  visual: 'Billboard, poster or banner',
  publication: 'Publication',
};

const CHANNEL_KIND_NAMES_EN: Record<ChannelKind, string> = {
  press: 'Newspaper, magazine or station (dedicated page or programme)',
  portal: 'E-portal or information website',
  fanpage: 'Social media page (fanpage)',
  zalo_oa: 'Zalo Official Account',
  loudspeaker: 'Loudspeakers',
  visual: 'Visual communication',
};

export const outputKindName = (lang: Lang, kind: OutputKind) =>
  lang === 'en' ? OUTPUT_KIND_NAMES_EN[kind] : OUTPUT_KIND_NAMES[kind];

export const channelKindName = (lang: Lang, kind: ChannelKind) =>
  lang === 'en' ? CHANNEL_KIND_NAMES_EN[kind] : CHANNEL_KIND_NAMES[kind];

/** The names of the register's lists in the current language, and their options in the domain's order. */
export function useOutputLabels() {
  const { lang } = useI18n();
  const kindName = useCallback((kind: OutputKind) => outputKindName(lang, kind), [lang]);
  const channelName = useCallback((kind: ChannelKind) => channelKindName(lang, kind), [lang]);
  return {
    kindName,
    channelKindName: channelName,
    kindOptions: OUTPUT_KINDS.map((value) => ({ value, label: kindName(value) })),
    channelKindOptions: CHANNEL_KINDS.map((value) => ({ value, label: channelName(value) })),
  };
}

export const sourceLabel = (t: Translate, source: OutputSource) => t(`outputs.source.${source}`);

/** An instant as dd/mm/yyyy HH:mm in Vietnam time, wherever the browser is. */
export const formatInstant = (iso: string) => formatVietnamDateTime(Date.parse(iso));

/** The Vietnam day of an instant, dd/mm/yyyy. */
export const formatInstantDay = (iso: string) => formatIsoDate(vietnamDateOf(Date.parse(iso)));

/** Where a body is with a pushed item: published (on which day), or still to publish, late or not. */
export function PushStateTag({ doneAt, late }: { doneAt: string | null; late: boolean }) {
  const t = useT();
  if (doneAt)
    return (
      <Tag color="green" data-state="done">
        {t('outputs.push.doneOn', { date: formatInstantDay(doneAt) })}
      </Tag>
    );
  return (
    <Tag color={late ? 'red' : 'orange'} data-state={late ? 'overdue' : 'waiting'}>
      {t(late ? 'outputs.push.overdue' : 'outputs.push.waiting')}
    </Tag>
  );
}
