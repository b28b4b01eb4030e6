import { UploadOutlined } from '@ant-design/icons';
import type { LibraryKind, LibraryLanguage, LibraryStatus, MediaKind } from '@lantoa/domain/constants';
import { Button, Card, Col, Empty, Flex, Input, Pagination, Row, Select, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { formatNumber } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useDebounced } from '../../shared/useDebounced.ts';
import { type LibraryItem, libraryApi } from './api.ts';
import {
  ItemStatusTag,
  kindLabel,
  kindOptions,
  languageLabel,
  languageOptions,
  mediaKindOptions,
  statusOptions,
} from './labels.tsx';
import { Thumbnail } from './Thumbnail.tsx';
import { UploadItemModal } from './UploadItemModal.tsx';

const PAGE_SIZE = 20;

interface Filters {
  kind?: LibraryKind | undefined;
  language?: LibraryLanguage | undefined;
  mediaKind?: MediaKind | undefined;
  status?: LibraryStatus | undefined;
}

function ItemCard({ item }: { item: LibraryItem }) {
  const t = useT();
  return (
    <Link to={`/library/${item.id}`} data-testid="library-item">
      <Card hoverable cover={<Thumbnail item={item} />} styles={{ body: { padding: 12 } }}>
        <Typography.Paragraph strong ellipsis={{ rows: 2 }} style={{ marginBottom: 4, minHeight: 44 }}>
          {item.title}
        </Typography.Paragraph>
        <Flex gap={4} wrap style={{ marginBottom: 4 }}>
          <ItemStatusTag status={item.status} t={t} />
          <Tag>{kindLabel(t, item.kind)}</Tag>
          <Tag>{languageLabel(t, item.language)}</Tag>
        </Flex>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, display: 'block' }}>
          {item.body.name}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('library.downloads', { count: formatNumber(item.downloads) })}
        </Typography.Text>
      </Card>
    </Link>
  );
}

/** The shared communication products: search (diacritics optional), filters, cards, upload. */
export default function LibraryPage() {
  const t = useT();
  const me = useMe();
  const can = { contribute: me.abilities.contributeLibrary, review: me.abilities.reviewLibrary };
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState<string | undefined>(undefined);
  // The server filters on a topic as written: offer the topics of the items seen so far.
  const [topics, setTopics] = useState<string[]>([]);
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: LibraryItem[]; total: number } | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const q = useDebounced(query.trim(), 300);

  useEffect(() => {
    let live = true;
    setLoading(true);
    libraryApi
      .list({ q, topic, ...filters, page, pageSize: PAGE_SIZE })
      .then((result) => {
        if (!live) return;
        setData(result);
        setTopics((seen) => {
          const next = new Set(seen);
          for (const item of result.items) for (const name of item.topics) next.add(name);
          return next.size === seen.length ? seen : [...next].sort((a, b) => a.localeCompare(b, 'vi'));
        });
        setError(null);
      })
      .catch((caught) => {
        if (!live) return;
        setError(errorText(caught, t));
        setData({ items: [], total: 0 });
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [q, topic, filters, page, t]);

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((current) => ({ ...current, [key]: value }));
    setPage(1);
  };

  const filterSelect = <K extends keyof Filters>(
    key: K,
    label: string,
    options: { value: NonNullable<Filters[K]>; label: string }[],
  ) => (
    <Select<NonNullable<Filters[K]>>
      allowClear
      aria-label={label}
      placeholder={label}
      value={filters[key] ?? undefined}
      onChange={(value) => setFilter(key, value ?? undefined)}
      options={options}
      style={{ width: 170 }}
    />
  );

  return (
    <>
      <PageTitle
        title={t('library.title')}
        sub={<Typography.Text type="secondary">{t('library.subtitle')}</Typography.Text>}
        extra={
          can.contribute && (
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setUploading(true)}>
              {t('library.upload')}
            </Button>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            aria-label={t('library.search')}
            placeholder={t('library.search')}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setPage(1);
            }}
            style={{ maxWidth: 420 }}
          />
          {filterSelect('kind', t('library.filter.kind'), kindOptions(t))}
          {filterSelect('language', t('library.filter.language'), languageOptions(t))}
          {filterSelect('mediaKind', t('library.filter.mediaKind'), mediaKindOptions(t))}
          {filterSelect('status', t('library.filter.status'), statusOptions(t))}
          <Select<string>
            allowClear
            showSearch
            aria-label={t('library.filter.topic')}
            placeholder={t('library.filter.topic')}
            value={topic}
            onChange={(value) => {
              setTopic(value ?? undefined);
              setPage(1);
            }}
            options={topics.map((value) => ({ value, label: value }))}
            style={{ width: 200 }}
          />
        </Flex>
      </Card>
      <ErrorAlert error={error} />
      <Spin spinning={loading}>
        {data && data.items.length === 0 ? (
          <Card>
            <Empty description={t('library.empty')} />
          </Card>
        ) : (
          <Row gutter={[16, 16]} data-testid="library-items">
            {(data?.items ?? []).map((item) => (
              <Col key={item.id} xs={24} sm={12} md={8} lg={6} xl={4}>
                <ItemCard item={item} />
              </Col>
            ))}
          </Row>
        )}
      </Spin>
      {data && data.total > PAGE_SIZE && (
        <Flex justify="flex-end" style={{ marginTop: 16 }}>
          <Pagination
            current={page}
            pageSize={PAGE_SIZE}
            total={data.total}
            showSizeChanger={false}
            onChange={setPage}
            showTotal={(count) => t('common.total', { count: formatNumber(count) })}
          />
        </Flex>
      )}
      <UploadItemModal open={uploading} onClose={() => setUploading(false)} />
    </>
  );
}
