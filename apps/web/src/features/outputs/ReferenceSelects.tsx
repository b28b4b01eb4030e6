import { Select, type SelectProps } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { fold } from '../../shared/searchRank.ts';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { libraryApi } from '../library/api.ts';
import { pressApi } from '../press/api.ts';

interface Option {
  value: string;
  label: string;
}

/** A form's field naming one thing an output refers to, or none (null). */
interface ReferenceFieldProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** What the output refers to now: offered even when not among those found, so its title shows. */
  current: { id: string; title: string } | null;
}

/** What can be referred to, as found so far, and how the select searches and speaks of it. */
interface ReferenceSearch {
  found: readonly Option[];
  loading: boolean;
  showSearch: SelectProps<string, Option>['showSearch'];
  /** After a choice (a search typed on the server is cleared). */
  onPicked?: () => void;
  placeholder: string;
  notFound: string;
}

/** One of the things found, or none; the current one stays offered. */
function ReferenceSelect({
  value,
  onChange,
  current,
  search,
}: ReferenceFieldProps & { search: ReferenceSearch }) {
  const { found } = search;
  const options = useMemo(
    () =>
      current && !found.some((option) => option.value === current.id)
        ? [{ value: current.id, label: current.title }, ...found]
        : [...found],
    [found, current],
  );
  return (
    <Select<string, Option>
      allowClear
      showSearch={search.showSearch}
      placeholder={search.placeholder}
      value={value ?? undefined}
      onChange={(next) => {
        search.onPicked?.();
        onChange?.(next ?? null);
      }}
      options={options}
      loading={search.loading}
      notFoundContent={search.loading ? null : search.notFound}
    />
  );
}

/** Approved library items, searched on the server by their title. */
function useLibraryItemSearch(): ReferenceSearch {
  const t = useT();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 300);
  const fetchItems = useCallback(
    () => libraryApi.list({ q, status: 'approved', page: 1, pageSize: 20 }),
    [q],
  );
  const { data, loading } = useFetched(fetchItems);
  const found = useMemo(
    () => (data?.items ?? []).map((item) => ({ value: item.id, label: item.title })),
    [data],
  );
  return {
    found,
    loading,
    showSearch: { filterOption: false, onSearch: setQuery, searchValue: query },
    onPicked: () => setQuery(''),
    placeholder: t('outputs.form.libraryItemPlaceholder'),
    notFound: t('outputs.form.noLibraryItem'),
  };
}

/** The sent press releases the reader sees, searched by title whatever the diacritics typed. */
function useSentReleaseSearch(): ReferenceSearch {
  const t = useT();
  const { data, loading } = useFetched(pressApi.sentReleases);
  const found = useMemo(
    () => (data ?? []).map((release) => ({ value: release.id, label: release.title })),
    [data],
  );
  return {
    found,
    loading,
    showSearch: { filterOption: (input, option) => fold(option?.label ?? '').includes(fold(input)) },
    placeholder: t('outputs.form.pressReleasePlaceholder'),
    notFound: t('outputs.form.noPressRelease'),
  };
}

/** An approved library item the output reuses. */
export function LibraryItemSelect(field: ReferenceFieldProps) {
  const search = useLibraryItemSearch();
  return <ReferenceSelect {...field} search={search} />;
}

/**
 * The press release an article follows, linked by hand (an article a channel's feed brings is linked
 * by the server when it cites the release).
 */
export function PressReleaseSelect(field: ReferenceFieldProps) {
  const search = useSentReleaseSearch();
  return <ReferenceSelect {...field} search={search} />;
}
