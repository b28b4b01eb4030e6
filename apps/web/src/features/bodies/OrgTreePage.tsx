import { SearchOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Flex, Input, Spin, Tree, Typography } from 'antd';
import type { DataNode, EventDataNode } from 'antd/es/tree/index.js';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { bodiesApi } from '../../api/endpoints.ts';
import type { Body, BodySearchHit } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { errorText } from '../../shared/errors.ts';
import { formatNumber } from '../../shared/format.ts';
import { KindTag } from '../../shared/labels.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { rankHits } from '../../shared/searchRank.ts';
import { useDebounced } from '../../shared/useDebounced.ts';

interface BodyNode extends DataNode {
  key: string;
  body: Body;
  children?: BodyNode[];
}

function toNode(body: Body): BodyNode {
  return { key: body.id, body, title: body.name, isLeaf: body.childCount === 0 };
}

/** Returns the tree with `children` set on the node `key` (immutably, only along the path). */
function withChildren(nodes: BodyNode[], key: string, children: BodyNode[]): BodyNode[] {
  return nodes.map((node) => {
    if (node.key === key) return { ...node, children };
    if (node.children) return { ...node, children: withChildren(node.children, key, children) };
    return node;
  });
}

function SearchResults({ query }: { query: string }) {
  const t = useT();
  const [hits, setHits] = useState<BodySearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setHits(null);
    setError(null);
    bodiesApi
      .search(query, 100)
      .then((result) => live && setHits(rankHits(result.items, query).slice(0, 20)))
      .catch((caught) => live && setError(errorText(caught, t)));
    return () => {
      live = false;
    };
  }, [query, t]);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!hits) return <Spin style={{ display: 'block', margin: '16px auto' }} />;
  return (
    <section data-testid="body-search-results">
      <Typography.Text strong>{t('bodies.searchResults')}</Typography.Text>
      {hits.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('bodies.noResults')}
          style={{ margin: 8 }}
        />
      )}
      <ul style={{ listStyle: 'none', margin: '8px 0 0', padding: 0 }}>
        {hits.map((hit) => (
          <li key={hit.id} style={{ padding: '8px 12px', borderTop: '1px solid #f0f0f0' }}>
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Flex align="center" gap={8} wrap>
                <Link to={`/bodies/${hit.id}`}>{hit.name}</Link>
                <KindTag kind={hit.kind} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {hit.path
                  .filter((step) => step.id !== hit.id)
                  .map((step) => step.name)
                  .join(' › ')}
              </Typography.Text>
            </Flex>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function OrgTreePage() {
  const t = useT();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query.trim(), 300);
  const [nodes, setNodes] = useState<BodyNode[] | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [loaded, setLoaded] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      const roots = (await bodiesApi.roots()).items.map(toNode);
      // With a single root (the usual case), open it so the first level is visible at once.
      const only = roots.length === 1 ? roots[0] : undefined;
      if (only && !only.isLeaf) {
        const children = (await bodiesApi.children(only.key)).items.map(toNode);
        if (!live) return;
        setNodes([{ ...only, children }]);
        setExpanded([only.key]);
        setLoaded([only.key]);
      } else if (live) {
        setNodes(roots);
      }
    })().catch((caught) => live && setError(errorText(caught, t)));
    return () => {
      live = false;
    };
  }, [t]);

  const loadData = useCallback(async (node: EventDataNode<BodyNode>) => {
    if (node.children) return;
    const children = (await bodiesApi.children(node.key)).items.map(toNode);
    setNodes((current) => (current ? withChildren(current, node.key, children) : current));
    setLoaded((current) => [...current, node.key]);
  }, []);

  return (
    <>
      <PageTitle title={t('bodies.title')} />
      <Card>
        <Input
          data-testid="body-search"
          size="large"
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('bodies.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          style={{ marginBottom: 16 }}
        />
        {debounced.length >= 2 && (
          <div style={{ marginBottom: 16 }}>
            <SearchResults query={debounced} />
          </div>
        )}
        <Typography.Title level={5}>{t('bodies.tree')}</Typography.Title>
        {error && <Alert type="error" showIcon title={error} />}
        {!error && !nodes && <Spin style={{ display: 'block', margin: '24px auto' }} />}
        {nodes && nodes.length === 0 && <Empty description={t('bodies.noRoots')} />}
        {nodes && nodes.length > 0 && (
          <Tree<BodyNode>
            data-testid="body-tree"
            blockNode
            showLine
            height={560}
            treeData={nodes}
            loadData={loadData}
            loadedKeys={loaded}
            expandedKeys={expanded}
            onExpand={(keys) => setExpanded(keys.map(String))}
            selectedKeys={[]}
            onSelect={(_keys, info) => navigate(`/bodies/${info.node.key}`)}
            titleRender={(node) => (
              <Flex align="center" gap={8} style={{ minWidth: 0 }}>
                <span>{node.body.name}</span>
                <KindTag kind={node.body.kind} />
                {node.body.childCount > 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('bodies.childCount', { count: formatNumber(node.body.childCount) })}
                  </Typography.Text>
                )}
              </Flex>
            )}
          />
        )}
      </Card>
    </>
  );
}
