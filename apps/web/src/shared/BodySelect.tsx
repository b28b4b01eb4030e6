import { Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { bodiesApi } from '../api/endpoints.ts';
import type { BodyBrief, BodySearchHit } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { rankHits } from './searchRank.ts';
import { useDebounced } from './useDebounced.ts';

interface Option {
  value: string;
  label: string;
  path: string;
  /** The search hit behind the option (none for the initial bodies). */
  hit?: BodySearchHit;
}

interface Props {
  value?: string | null;
  /** The chosen body, with its search hit (its readable ancestors) when picked from a search. */
  onChange?: (value: string | undefined, hit?: BodySearchHit) => void;
  /** Bodies to offer before anything is typed (and to label the current value). */
  initial?: BodyBrief[];
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
  ariaLabel?: string;
  /** Search only under this body (a plan's province); the whole readable tree without it. */
  within?: string | undefined;
}

/** Names of bodies seen in this session, to label a picked value once the search has moved on. */
const knownNames = new Map<string, string>();

function toOption(hit: BodySearchHit): Option {
  knownNames.set(hit.id, hit.name);
  return {
    value: hit.id,
    label: hit.name,
    hit,
    path: hit.path
      .filter((step) => step.id !== hit.id)
      .map((step) => step.name)
      .join(' › '),
  };
}

/** Picks a body with the server's diacritics-insensitive search. */
export function BodySelect({
  value,
  onChange,
  initial = [],
  placeholder,
  allowClear,
  style,
  id,
  ariaLabel,
  within,
}: Props) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const debounced = useDebounced(query.trim(), 250);

  useEffect(() => {
    if (debounced.length < 2) {
      setHits([]);
      return;
    }
    let live = true;
    setLoading(true);
    bodiesApi
      .search(debounced, 100, within)
      .then((result) => live && setHits(rankHits(result.items, debounced).slice(0, 20).map(toOption)))
      .catch(() => live && setHits([]))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [debounced, within]);

  const options = useMemo(() => {
    const seen = new Set<string>();
    const all: Option[] = [];
    const extra = initial.map((b) => ({ value: b.id, label: b.name, path: '' }));
    if (value) extra.push({ value, label: '', path: '' });
    for (const candidate of [...hits, ...extra]) {
      if (seen.has(candidate.value)) continue;
      const option = {
        ...candidate,
        label: candidate.label || knownNames.get(candidate.value) || candidate.value,
      };
      seen.add(option.value);
      all.push(option);
    }
    return all;
  }, [hits, initial, value]);

  return (
    <Select<string, Option>
      id={id}
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
      value={value ?? undefined}
      onChange={(next, option) => {
        setQuery('');
        onChange?.(next, Array.isArray(option) ? undefined : option?.hit);
      }}
      options={options}
      loading={loading}
      allowClear={allowClear}
      placeholder={placeholder ?? t('bodies.pick')}
      notFoundContent={debounced.length >= 2 && !loading ? t('bodies.noResults') : null}
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          {option.data.path && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {option.data.path}
            </Typography.Text>
          )}
        </div>
      )}
      style={{ width: '100%', ...style }}
    />
  );
}
