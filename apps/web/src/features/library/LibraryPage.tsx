import { UploadOutlined } from '@ant-design/icons';
import type { LibraryKind, LibraryLanguage, LibraryStatus, MediaKind } from '@lantoa/domain/constants';
import { Button, Card, Col, Empty, Flex, Pagination, Row, Spin, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { showTotal } from '../../shared/pagination.ts';
import { useDebounced } from '../../shared/useDebounced.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { usePagedFilters } from '../../shared/usePagedFilters.ts';
import { type LibraryItem, libraryApi } from './api.ts';
import {
  ItemStatusTag,
  kindLabel,
  kindOptions,
  languageLabel,
  languageOptions,
  mediaKindOptions,
  PublicTag,
  statusOptions,
} from './labels.tsx';
import { Thumbnail } from './Thumbnail.tsx';
import { UploadItemModal } from './UploadItemModal.tsx';

const PAGE_SIZE = 20;

interface Filters {
  query: string;
  topic?: string | undefined;
  kind?: LibraryKind | undefined;
  language?: LibraryLanguage | undefined;
  mediaKind?: MediaKind | undefined;
  status?: LibraryStatus | undefined;
}

/** The filters that pick a value of a closed list. */
type ClosedListFilter = 'kind' | 'language' | 'mediaKind' | 'status';

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
          <PublicTag item={item} t={t} />
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
  // The server filters on a topic as written: offer the topics of the items seen so far.
  const [topics, setTopics] = useState<string[]>([]);
  const { filters, setFilter, page, setPage } = usePagedFilters<Filters>({ query: '' });
  const [uploading, setUploading] = useState(false);
  const { query, topic, kind, language, mediaKind, status } = filters;
  const q = useDebounced(query.trim(), 300);

  const fetchItems = useCallback(async () => {
    const result = await libraryApi.list({
      q,
      topic,
      kind,
      language,
      mediaKind,
      status,
      page,
      pageSize: PAGE_SIZE,
    });
    setTopics((seen) => {
      const next = new Set(seen);
      for (const item of result.items) for (const name of item.topics) next.add(name);
      return next.size === seen.length ? seen : [...next].sort((a, b) => a.localeCompare(b, 'vi'));
    });
    return result;
  }, [q, topic, kind, language, mediaKind, status, page]);
  const { data, loading, error } = useFetched(fetchItems);

  const filterSelect = <K extends ClosedListFilter>(
    key: K,
    label: string,
    options: { value: NonNullable<Filters[K]>; label: string }[],
  ) => (
    <SelectFilter<NonNullable<Filters[K]>>
      label={label}
      value={filters[key] ?? undefined}
      onChange={(value) => setFilter(key, value)}
      options={options}
      width={170}
    />
  );

  return (
    <>
      <PageTitle
        title={t('library.title')}
        subtitle={t('library.subtitle')}
        extra={
          can.contribute && (
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setUploading(true)}>
              {t('library.upload')}
            </Button>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <FilterBar style={{ marginBottom: 0 }}>
          <SearchFilter
            label={t('library.search')}
            value={query}
            onChange={(text) => setFilter('query', text)}
          />
          {filterSelect('kind', t('library.filter.kind'), kindOptions(t))}
          {filterSelect('language', t('library.filter.language'), languageOptions(t))}
          {filterSelect('mediaKind', t('library.filter.mediaKind'), mediaKindOptions(t))}
          {filterSelect('status', t('library.filter.status'), statusOptions(t))}
          <SelectFilter
            label={t('library.filter.topic')}
            showSearch
            value={topic}
            onChange={(value) => setFilter('topic', value)}
            options={topics.map((value) => ({ value, label: value }))}
            width={200}
          />
        </FilterBar>
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
            showTotal={showTotal(t)}
          />
        </Flex>
      )}
      <UploadItemModal open={uploading} onClose={() => setUploading(false)} />
    </>
  );
}
