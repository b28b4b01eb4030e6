import {
  HONOUR_FORMS,
  type HonourForm,
  NOMINATION_STATUSES,
  NOMINEE_KINDS,
  type NominationStatus,
  type NomineeKind,
} from '@lantoa/domain/constants';
import { Tag } from 'antd';
import { type Translate, useT } from '../../i18n/i18n.tsx';

// The honours' closed lists by name, in the current language.

export const formLabel = (t: Translate, form: HonourForm) => t(`honours.form.${form}`);
export const statusLabel = (t: Translate, status: NominationStatus) => t(`honours.status.${status}`);
export const kindLabel = (t: Translate, kind: NomineeKind) => t(`honours.kind.${kind}`);

export const formOptions = (t: Translate) =>
  HONOUR_FORMS.map((value) => ({ value, label: formLabel(t, value) }));
export const statusOptions = (t: Translate) =>
  NOMINATION_STATUSES.map((value) => ({ value, label: statusLabel(t, value) }));
export const kindOptions = (t: Translate) =>
  NOMINEE_KINDS.map((value) => ({ value, label: kindLabel(t, value) }));

const STATUS_COLORS: Record<NominationStatus, string> = {
  submitted: 'processing',
  approved: 'success',
  rejected: 'error',
};

export function StatusTag({ status }: { status: NominationStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="nomination-status">
      {statusLabel(t, status)}
    </Tag>
  );
}

/** Who is nominated, as a line: the person and their body, or the body. */
export const nomineeLine = (row: {
  personName: string | null;
  personTitle: string;
  nominee: { name: string };
}) =>
  row.personName
    ? [row.personName, row.personTitle, row.nominee.name].filter(Boolean).join(', ')
    : row.nominee.name;
