import { UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Popover, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { bodiesApi } from '../../api/endpoints.ts';
import type { BodyBrief, BodySearchHit, NameMatch, PlanImport } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BodySelect } from '../../shared/BodySelect.tsx';
import { formatNumber, formatPercent } from '../../shared/format.ts';

/** Below this confidence a suggestion is shown as needing a look. */
export const CONFIDENT = 0.8;

interface Props {
  names: PlanImport['names'];
  mapping: Record<string, string[]>;
  /** Names used as a lead somewhere in the draft (a lead mapped to nothing stops publication). */
  leads: Set<string>;
  /** Is this body outside the issuer's subtree (it coordinates from above, publishing gives it no work)? */
  isUpper: (bodyId: string) => boolean;
  /** The issuing body, named in the "from above" mark. */
  issuer: BodyBrief;
  /** Where the picker searches unless "search everywhere" is on: the plan's province. */
  pickWithin: BodyBrief;
  /** A new choice for a name; `hit` is the picked body's search hit when it came from the picker. */
  onChange: (name: string, bodyIds: string[], hit?: BodySearchHit) => void;
}

function suggestion(match: NameMatch): string[] {
  if (match.type === 'body') return [match.body.id];
  if (match.type === 'group') return match.bodies.map((b) => b.id);
  return [];
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

function confidenceColor(match: NameMatch): string {
  if (match.type === 'none') return 'red';
  return match.confidence < CONFIDENT ? 'orange' : 'green';
}

/** The names of bodies the page knows from the matches, plus those fetched for picked ids. */
function useBodyNames(names: PlanImport['names'], mapping: Record<string, string[]>) {
  const [fetched, setFetched] = useState<Map<string, BodyBrief>>(new Map());
  const known = useMemo(() => {
    const map = new Map<string, BodyBrief>(fetched);
    for (const { match } of names) {
      if (match.type === 'body') map.set(match.body.id, match.body);
      if (match.type === 'group') for (const b of match.bodies) map.set(b.id, b);
      if (match.type === 'none') for (const c of match.candidates) map.set(c.body.id, c.body);
    }
    return map;
  }, [names, fetched]);
  const missing = useMemo(
    () => [...new Set(Object.values(mapping).flat())].filter((id) => !known.has(id)),
    [mapping, known],
  );
  useEffect(() => {
    if (missing.length === 0) return;
    let live = true;
    // Cannot reject: each body's failure is caught as null (its name just stays unknown).
    void Promise.all(
      missing.slice(0, 50).map((id) =>
        bodiesApi
          .get(id)
          .then((d) => d.body)
          .catch(() => null),
      ),
    ).then((bodies) => {
      if (!live) return;
      setFetched((previous) => {
        const next = new Map(previous);
        for (const b of bodies) if (b) next.set(b.id, { id: b.id, name: b.name, kind: b.kind });
        return next;
      });
    });
    return () => {
      live = false;
    };
  }, [missing]);
  return known;
}

function BodyList({ bodies }: { bodies: BodyBrief[] }) {
  return (
    <div style={{ maxHeight: 320, overflow: 'auto', minWidth: 280 }}>
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {bodies.map((b) => (
          <li key={b.id}>{b.name}</li>
        ))}
      </ol>
    </div>
  );
}

/**
 * How each lead and partner name of the draft maps to bodies: the matcher's suggestion with its
 * confidence (orange or red when uncertain), the current choice (marked when it lies outside the
 * issuer: those bodies coordinate from above and get no work), and a picker to replace it that
 * searches the plan's province unless "search everywhere" is on.
 */
export function NameMappingPanel({ names, mapping, leads, isUpper, issuer, pickWithin, onChange }: Props) {
  const t = useT();
  const known = useBodyNames(names, mapping);
  const [onlyDoubtful, setOnlyDoubtful] = useState(false);
  const [everywhere, setEverywhere] = useState(false);
  const rows = useMemo(
    () =>
      names.filter(
        ({ text, match }) =>
          !onlyDoubtful ||
          match.type === 'none' ||
          match.confidence < CONFIDENT ||
          (mapping[text] ?? []).length === 0,
      ),
    [names, mapping, onlyDoubtful],
  );

  return (
    <>
      <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
        <Switch size="small" checked={onlyDoubtful} onChange={setOnlyDoubtful} id="only-doubtful" />
        <label htmlFor="only-doubtful">{t('review.onlyDoubtful')}</label>
        {pickWithin.id !== issuer.id && (
          <>
            <Switch size="small" checked={everywhere} onChange={setEverywhere} id="pick-everywhere" />
            <Tooltip title={t('review.pickWithinHint', { place: pickWithin.name })}>
              <label htmlFor="pick-everywhere">{t('review.pickEverywhere')}</label>
            </Tooltip>
          </>
        )}
      </Flex>
      <Table
        data-testid="name-mapping"
        size="small"
        rowKey="text"
        dataSource={rows}
        pagination={false}
        onRow={(row) =>
          ({ 'data-testid': 'name-row', 'data-name': row.text }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('review.name'),
            key: 'text',
            render: (_v, { text, match }) => (
              <Flex vertical gap={4}>
                <Typography.Text strong>{text}</Typography.Text>
                <Flex gap={4} wrap>
                  {leads.has(text) && <Tag color="magenta">{t('plans.role.lead')}</Tag>}
                  <Tooltip title={t(`review.match.${match.type}`)}>
                    <Tag color={confidenceColor(match)} data-testid="confidence">
                      {match.type === 'none' ? t('review.match.none') : formatPercent(match.confidence)}
                    </Tag>
                  </Tooltip>
                </Flex>
              </Flex>
            ),
          },
          {
            title: t('review.mappedTo'),
            key: 'mapped',
            render: (_v, { text, match }) => {
              const ids = mapping[text] ?? [];
              const bodies = ids.map((id) => known.get(id) ?? { id, name: '…', kind: 'other' as const });
              const upper = ids.filter(isUpper).length;
              const mark = upper > 0 && (
                <Tooltip title={t('review.upperHint', { issuer: issuer.name })}>
                  <Tag color="gold" style={{ whiteSpace: 'normal' }} data-testid="upper-mark">
                    {upper === ids.length
                      ? t('review.upper')
                      : t('review.upperSome', {
                          count: formatNumber(upper),
                          total: formatNumber(ids.length),
                        })}
                  </Tag>
                </Tooltip>
              );
              if (ids.length === 0) {
                return (
                  <Flex vertical gap={4}>
                    <Typography.Text type={leads.has(text) ? 'danger' : 'secondary'}>
                      {leads.has(text) ? t('review.leadUnmapped') : t('review.unmapped')}
                    </Typography.Text>
                    {match.type === 'none' && match.candidates.length > 0 && (
                      <Flex gap={4} wrap align="center">
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('review.candidates')}
                        </Typography.Text>
                        {match.candidates.slice(0, 3).map((c) => (
                          <Tag
                            key={c.body.id}
                            style={{ cursor: 'pointer' }}
                            onClick={() => onChange(text, [c.body.id])}
                          >
                            {c.body.name} · {formatPercent(c.confidence)}
                          </Tag>
                        ))}
                      </Flex>
                    )}
                  </Flex>
                );
              }
              if (match.type === 'group' && sameSet(ids, suggestion(match))) {
                return (
                  <Flex gap={4} wrap>
                    <Popover title={match.label} content={<BodyList bodies={bodies} />} trigger="click">
                      <Tag
                        color="purple"
                        style={{ cursor: 'pointer', whiteSpace: 'normal' }}
                        data-testid="group-tag"
                      >
                        {t('review.group', { label: match.label, count: formatNumber(ids.length) })}
                      </Tag>
                    </Popover>
                    {mark}
                  </Flex>
                );
              }
              const first = bodies.slice(0, 4);
              return (
                <Flex gap={4} wrap>
                  {first.map((b) => (
                    <Tag
                      key={b.id}
                      color="geekblue"
                      style={{ whiteSpace: 'normal' }}
                      data-testid="mapped-body"
                    >
                      {b.name}
                    </Tag>
                  ))}
                  {bodies.length > first.length && (
                    <Popover content={<BodyList bodies={bodies} />} trigger="click">
                      <Tag style={{ cursor: 'pointer' }}>+{formatNumber(bodies.length - first.length)}</Tag>
                    </Popover>
                  )}
                  {mark}
                </Flex>
              );
            },
          },
          {
            title: t('review.change'),
            key: 'pick',
            width: 260,
            render: (_v, { text, match }) => (
              <Flex gap={4}>
                <BodySelect
                  // Remounted when the mapping changes, so the picker empties after each choice.
                  key={(mapping[text] ?? []).join(',')}
                  ariaLabel={t('review.pickFor', { name: text })}
                  placeholder={everywhere ? t('review.pick') : t('review.pickIn', { place: pickWithin.name })}
                  within={everywhere ? undefined : pickWithin.id}
                  onChange={(id, hit) => id && onChange(text, [id], hit)}
                />
                {!sameSet(mapping[text] ?? [], suggestion(match)) && (
                  <Tooltip title={t('review.restore')}>
                    <Button
                      icon={<UndoOutlined />}
                      aria-label={t('review.restore')}
                      onClick={() => onChange(text, suggestion(match))}
                    />
                  </Tooltip>
                )}
              </Flex>
            ),
          },
        ]}
      />
    </>
  );
}
