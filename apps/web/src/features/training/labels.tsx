import {
  type AttendanceMethod,
  AUDIENCE_NAMES,
  AUDIENCES,
  type Audience,
  COURSE_KINDS,
  type CourseKind,
} from '@lantoa/domain/constants';
import { formatIsoDate, formatVietnamDateTime } from '@lantoa/domain/rules';
import { Tag } from 'antd';
import { useMemo } from 'react';
import type { BodyBrief } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { type Translate, useT } from '../../i18n/i18n.tsx';
import type { BilingualNames } from '../../shared/bilingualNames.ts';

/** The audiences by name: the domain's Vietnamese (`AUDIENCE_NAMES`, as plans write them), English here. */
export const audienceNames: BilingualNames<Audience> = {
  keys: AUDIENCES,
  vi: AUDIENCE_NAMES,
  en: {
    communication_staff: 'Communication staff',
    grassroots_info_staff: 'Grassroots information staff',
    officials: 'Officials and public employees',
    party_members: 'Party members',
    digital_team: 'Community digital team members',
    students: 'Pupils and students',
    citizens: 'Citizens',
  },
};

export const kindLabel = (t: Translate, kind: CourseKind) => t(`training.kind.${kind}`);

export const kindOptions = (t: Translate) =>
  COURSE_KINDS.map((value) => ({ value, label: kindLabel(t, value) }));

export function KindTag({ kind }: { kind: CourseKind }) {
  const t = useT();
  return <Tag color={kind === 'training' ? 'blue' : 'purple'}>{kindLabel(t, kind)}</Tag>;
}

export const methodLabel = (t: Translate, method: AttendanceMethod) => t(`training.method.${method}`);

/** A course's days, dd/mm/yyyy, one date when it lasts one day. */
export function formatDays(startsOn: string, endsOn: string): string {
  return startsOn === endsOn
    ? formatIsoDate(startsOn)
    : `${formatIsoDate(startsOn)} – ${formatIsoDate(endsOn)}`;
}

/** An instant as dd/mm/yyyy HH:mm in Vietnam time, wherever the browser is. */
export const formatInstant = (iso: string) => formatVietnamDateTime(Date.parse(iso));

/**
 * The bodies a body picker offers before anything is typed: the person's own, their grants' scopes,
 * and the body shown (which also names the picked value when the page was opened from a link).
 */
export function useReadableBodies(shown?: BodyBrief): BodyBrief[] {
  const me = useMe();
  return useMemo(() => {
    const bodies: BodyBrief[] = [me.user.body];
    const add = (body: BodyBrief) => {
      if (!bodies.some((known) => known.id === body.id)) bodies.push(body);
    };
    for (const grant of me.user.roles) {
      add({ id: grant.scopeBodyId, name: grant.scopeBodyName ?? '', kind: 'other' });
    }
    if (shown) add(shown);
    return bodies;
  }, [me, shown]);
}
