import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { libraryApi } from '../library/api.ts';
import { broadcastApi } from './api.ts';

interface Option {
  value: string;
  label: string;
}

/** Picks an approved library item or a bulletin (searched on the server) to start a bulletin from. */
export function SourcePicker({
  kind,
  onPick,
  excludeBulletinId,
}: {
  kind: 'item' | 'bulletin';
  onPick: (id: string) => void;
  excludeBulletinId?: string | undefined;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const q = useDebounced(query.trim(), 250);

  useEffect(() => {
    let live = true;
    setLoading(true);
    const search =
      kind === 'item'
        ? libraryApi
            .list({ q, status: 'approved', pageSize: 20 })
            .then((r) =>
              r.items.map((item) => ({ value: item.id, label: `${item.title} · ${item.body.name}` })),
            )
        : broadcastApi
            .bulletins({ q, pageSize: 20 })
            .then((r) =>
              r.items
                .filter((b) => b.id !== excludeBulletinId)
                .map((b) => ({ value: b.id, label: `${b.title} · ${b.body.name}` })),
            );
    search
      .then((found) => live && setOptions(found))
      .catch(() => live && setOptions([]))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [kind, q, excludeBulletinId]);

  return (
    <Select<string, Option>
      aria-label={t(kind === 'item' ? 'broadcast.bulletin.pickItem' : 'broadcast.bulletin.pickBulletin')}
      placeholder={t(kind === 'item' ? 'broadcast.bulletin.pickItem' : 'broadcast.bulletin.pickBulletin')}
      showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
      value={null}
      onChange={(value) => {
        setQuery('');
        onPick(value);
      }}
      options={options}
      loading={loading}
      style={{ width: '100%' }}
    />
  );
}
