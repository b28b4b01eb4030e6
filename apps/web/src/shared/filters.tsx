import { Flex, Input, Select } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import type { BodyBrief } from '../api/types.ts';
import { BodySelect } from './BodySelect.tsx';

// The filters above a list. Each is named by its label, which it also shows while empty (a screen
// reader reads the name, a sighted person the placeholder); cleared, a filter lets everything through.

/** The row of a list's filters, above its table. */
export function FilterBar({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16, ...style }}>
      {children}
    </Flex>
  );
}

/** Free text to look for in the list. */
export function SearchFilter({
  label,
  value,
  onChange,
  width = 420,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  width?: number;
}) {
  return (
    <Input.Search
      allowClear
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      style={{ maxWidth: width }}
    />
  );
}

/** One of a closed list of values; `placeholder` where "all" reads better than the label. */
export function SelectFilter<T extends string | number>({
  label,
  placeholder = label,
  value,
  onChange,
  options,
  width,
  showSearch,
}: {
  label: string;
  placeholder?: string;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  options: { value: T; label: ReactNode }[];
  width: number;
  showSearch?: boolean;
}) {
  return (
    <Select<T>
      allowClear
      showSearch={showSearch}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      options={options}
      style={{ width }}
    />
  );
}

/** A body, searched by name; `initial` are offered before anything is typed. */
export function BodyFilter({
  label,
  width,
  ...picked
}: {
  label: string;
  value: string | undefined;
  onChange: (bodyId: string | undefined) => void;
  initial?: BodyBrief[];
  width: number;
}) {
  return (
    <BodySelect
      {...picked}
      ariaLabel={label}
      placeholder={label}
      allowClear
      style={{ width, maxWidth: '100%' }}
    />
  );
}
