import {
  MISINFORMATION_AGE_NAMES,
  MISINFORMATION_AGES,
  MISINFORMATION_PLACE_NAMES,
  MISINFORMATION_PLACES,
  MISINFORMATION_STATUS_NAMES,
  MISINFORMATION_STATUSES,
  MISINFORMATION_VERDICT_NAMES,
  MISINFORMATION_VERDICTS,
  type MisinformationAge,
  type MisinformationPlace,
  type MisinformationStatus,
  type MisinformationVerdict,
} from '@lantoa/domain/constants';
import { Tag } from 'antd';
import { type BilingualNames, useNameOf, useOptionsOf } from '../../shared/bilingualNames.ts';

// The closed lists of reports of false information by name: the Vietnamese names are the domain's
// (the public page says them too); the English ones are here.

const statusNames: BilingualNames<MisinformationStatus> = {
  keys: MISINFORMATION_STATUSES,
  vi: MISINFORMATION_STATUS_NAMES,
  en: { new: 'New', verifying: 'Being verified', responded: 'Responded', closed: 'Closed' },
};

const verdictNames: BilingualNames<MisinformationVerdict> = {
  keys: MISINFORMATION_VERDICTS,
  vi: MISINFORMATION_VERDICT_NAMES,
  en: {
    false: 'False information',
    misleading: 'Misleading information',
    hostile: 'Hostile, malicious information',
    not_false: 'Not false',
  },
};

const placeNames: BilingualNames<MisinformationPlace> = {
  keys: MISINFORMATION_PLACES,
  vi: MISINFORMATION_PLACE_NAMES,
  en: {
    facebook: 'Facebook',
    tiktok: 'TikTok',
    youtube: 'YouTube',
    zalo: 'Zalo',
    website: 'Website, blog or forum',
    press: 'Online newspaper or magazine',
    other: 'Elsewhere',
  },
};

const ageNames: BilingualNames<MisinformationAge> = {
  keys: MISINFORMATION_AGES,
  vi: MISINFORMATION_AGE_NAMES,
  en: { day: 'Under 24 hours', days: '1 to 3 days', older: 'Over 3 days' },
};

/** The names of the lists in the current language, and their options in the domain's order. */
export function useMisinformationLabels() {
  return {
    statusName: useNameOf(statusNames),
    verdictName: useNameOf(verdictNames),
    placeName: useNameOf(placeNames),
    ageName: useNameOf(ageNames),
    statusOptions: useOptionsOf(statusNames),
    verdictOptions: useOptionsOf(verdictNames),
    placeOptions: useOptionsOf(placeNames),
    ageOptions: useOptionsOf(ageNames),
  };
}

const STATUS_COLOURS: Record<MisinformationStatus, string> = {
  new: 'red',
  verifying: 'orange',
  responded: 'green',
  closed: 'default',
};

export function StatusTag({ status }: { status: MisinformationStatus }) {
  const { statusName } = useMisinformationLabels();
  return <Tag color={STATUS_COLOURS[status]}>{statusName(status)}</Tag>;
}

const VERDICT_COLOURS: Record<MisinformationVerdict, string> = {
  false: 'volcano',
  misleading: 'gold',
  hostile: 'magenta',
  not_false: 'blue',
};

export function VerdictTag({ verdict }: { verdict: MisinformationVerdict | null }) {
  const { verdictName } = useMisinformationLabels();
  return verdict ? <Tag color={VERDICT_COLOURS[verdict]}>{verdictName(verdict)}</Tag> : null;
}

const AGE_COLOURS: Record<MisinformationAge, string> = { day: 'green', days: 'orange', older: 'red' };

/** How old a case is; an open case over three days old stands out. */
export function AgeTag({ age, status }: { age: MisinformationAge; status: MisinformationStatus }) {
  const { ageName } = useMisinformationLabels();
  const open = status === 'new' || status === 'verifying';
  return <Tag color={open ? AGE_COLOURS[age] : 'default'}>{ageName(age)}</Tag>;
}
