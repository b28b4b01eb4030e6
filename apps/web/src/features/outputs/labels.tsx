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
import { type Translate, useT } from '../../i18n/i18n.tsx';
import { type BilingualNames, useNameOf, useOptionsOf } from '../../shared/bilingualNames.ts';

// The register's closed lists by name. The Vietnamese names are the domain's, as the plans and the
// Excel template write them; the English ones are here.

const outputKindNames: BilingualNames<OutputKind> = {
  keys: OUTPUT_KINDS,
  vi: OUTPUT_KIND_NAMES,
  en: {
    article: 'News item or article',
    reportage: 'Reportage',
    tv_radio: 'Radio or television programme',
    portal_post: 'Post on an e-portal',
    social_post: 'Social media post',
    rebroadcast: 'Rebroadcast on loudspeakers',
    visual: 'Billboard, poster or banner',
    publication: 'Publication',
  },
};

export const channelKindNames: BilingualNames<ChannelKind> = {
  keys: CHANNEL_KINDS,
  vi: CHANNEL_KIND_NAMES,
  en: {
    press: 'Newspaper, magazine or station (dedicated page or programme)',
    portal: 'E-portal or information website',
    fanpage: 'Social media page (fanpage)',
    zalo_oa: 'Zalo Official Account',
    loudspeaker: 'Loudspeakers',
    visual: 'Visual communication',
  },
};

/** The names of the register's lists in the current language, and their options in the domain's order. */
export function useOutputLabels() {
  return {
    kindName: useNameOf(outputKindNames),
    channelKindName: useNameOf(channelKindNames),
    kindOptions: useOptionsOf(outputKindNames),
    channelKindOptions: useOptionsOf(channelKindNames),
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
