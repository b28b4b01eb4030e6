import { withUnit } from '@lantoa/domain/rules';
import { Flex, Tag } from 'antd';
import type { BodyKind, Comparator, Role, RoleGrant } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { formatNumber } from './format.ts';

/** How a target's comparator reads: "≥" for "ít nhất", "tối thiểu"; "≤" where lower is better. */
export const COMPARATOR_SYMBOLS: Readonly<Record<Comparator, string>> = { '>=': '≥', '=': '=', '<=': '≤' };

/** The comparator choices of a target's field, "≥" first (the most common in plans). */
export const COMPARATOR_OPTIONS = Object.entries(COMPARATOR_SYMBOLS).map(([value, label]) => ({
  value: value as Comparator,
  label,
}));

/** A target's value as plans write it: "≥ 80%", "≤ 5%", "100%" ('=' goes without a sign), "≥ 2 dự án". */
export function formatTargetValue(target: { comparator: Comparator; value: number }, unit: string): string {
  const sign = target.comparator === '=' ? '' : `${COMPARATOR_SYMBOLS[target.comparator]} `;
  return `${sign}${withUnit(formatNumber(target.value), unit)}`;
}

const KIND_COLORS: Partial<Record<BodyKind, string>> = {
  country: 'red',
  province: 'volcano',
  department: 'blue',
  press_agency: 'purple',
  pc_office: 'geekblue',
  commune: 'green',
  village: 'cyan',
  digital_team: 'gold',
};

export function KindTag({ kind }: { kind: BodyKind }) {
  const t = useT();
  return (
    <Tag color={KIND_COLORS[kind]} variant="filled">
      {t(`kind.${kind}`)}
    </Tag>
  );
}

const ROLE_COLORS: Record<Role, string> = {
  admin: 'red',
  coordinator: 'blue',
  focal_point: 'green',
  viewer: 'default',
  broadcaster: 'orange',
};

export function RoleTags({ roles }: { roles: RoleGrant[] }) {
  const t = useT();
  return (
    <Flex gap={4} wrap>
      {roles.map((grant) => (
        <Tag
          key={`${grant.role}:${grant.scopeBodyId}`}
          color={ROLE_COLORS[grant.role]}
          style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
        >
          {t(`role.${grant.role}`)}
          {grant.scopeBodyName ? ` · ${grant.scopeBodyName}` : ''}
        </Tag>
      ))}
    </Flex>
  );
}
