import { Alert, App, Button, Card, Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { plansApi } from '../../api/endpoints.ts';
import type { PlanListItem, Target } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { FullPageSpin } from '../../shared/FullPageSpin.tsx';
import { formatTargetValue } from '../../shared/labels.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';

type Status = 'missing' | 'lower' | 'equal' | 'higher';
const STATUS_COLORS: Record<Status, string> = {
  missing: 'red',
  lower: 'orange',
  equal: 'green',
  higher: 'blue',
};

function TargetCell({ target }: { target: Target | null }) {
  const t = useT();
  if (!target) return <Typography.Text type="secondary">{t('conformance.noCounterpart')}</Typography.Text>;
  return (
    <div>
      <Typography.Text strong>
        {target.year ?? ''} · {formatTargetValue(target, target.unit)}
      </Typography.Text>
      <div style={{ fontSize: 12 }}>{target.text}</div>
    </div>
  );
}

/** The plan beside the plan it is based on; coordinators may link that plan by hand. */
export default function ConformanceTab({
  planId,
  bodyId,
  onLinked,
}: {
  planId: string;
  bodyId: string;
  onLinked: () => void;
}) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [plans, setPlans] = useState<PlanListItem[]>([]);
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const linking = useSubmit();

  const fetchConformance = useCallback(async () => {
    const result = await plansApi.conformance(planId);
    setChoice(result.parent?.id);
    return result;
  }, [planId]);
  const { data, setData, error } = useFetched(fetchConformance);

  useEffect(() => {
    if (me.abilities.managePlans)
      plansApi
        .list()
        .then((r) => setPlans(r.items.filter((p) => p.id !== planId && p.body.id !== bodyId)))
        .catch(() => setPlans([]));
  }, [me.abilities.managePlans, planId, bodyId]);

  const link = () =>
    linking.run(async () => {
      setData(await plansApi.linkParent(planId, choice ?? null));
      void message.success(t('common.saved'));
      onLinked();
    });

  if (!data && !error) return <FullPageSpin />;
  const comparison = data?.comparison;
  return (
    <Flex vertical gap={16}>
      {(linking.error ?? error) && <Alert type="error" showIcon title={linking.error ?? error} />}
      {me.abilities.managePlans && (
        <Flex gap={8} wrap align="center">
          <Typography.Text>{t('conformance.parent')}</Typography.Text>
          <Select
            aria-label={t('conformance.parent')}
            allowClear
            placeholder={t('conformance.pickParent')}
            value={choice}
            onChange={setChoice}
            style={{ width: 480 }}
            options={plans.map((p) => ({
              value: p.id,
              label: `${p.number ?? t('plans.noNumber')} — ${p.body.name}`,
            }))}
          />
          <Button
            onClick={() => void link()}
            loading={linking.saving}
            disabled={choice === (data?.parent?.id ?? undefined)}
          >
            {t('conformance.link')}
          </Button>
        </Flex>
      )}
      {data && !data.parent && <Empty description={t('conformance.noParent')} />}
      {data?.parent && (
        <Typography.Text>
          {t('conformance.basedOn')}{' '}
          <Link to={`/plans/${data.parent.id}`}>
            {data.parent.number ?? t('plans.noNumber')} — {data.parent.body.name}
          </Link>
        </Typography.Text>
      )}
      {comparison && (
        <>
          <Flex gap={8} wrap>
            <Tag color="red">
              {t('conformance.summary.missing', { n: comparison.summary.missingTargets })}
            </Tag>
            <Tag color="orange">{t('conformance.summary.lower', { n: comparison.summary.lowerTargets })}</Tag>
            <Tag color="blue">{t('conformance.summary.higher', { n: comparison.summary.higherTargets })}</Tag>
            <Tag>{t('conformance.summary.tasks', { n: comparison.summary.tasksWithoutCounterpart })}</Tag>
          </Flex>
          <Card size="small" title={t('conformance.targets')} styles={{ body: { padding: 0 } }}>
            <Table
              size="small"
              rowKey={(row) => row.parent.id}
              dataSource={comparison.targets}
              pagination={false}
              columns={[
                {
                  title: t('conformance.parentTarget'),
                  key: 'parent',
                  render: (_v, row) => <TargetCell target={row.parent} />,
                },
                {
                  title: t('conformance.childTarget'),
                  key: 'child',
                  render: (_v, row) => <TargetCell target={row.child} />,
                },
                {
                  title: t('conformance.status'),
                  key: 'status',
                  width: 130,
                  render: (_v, row) => (
                    <Tag color={STATUS_COLORS[row.status]}>{t(`conformance.status.${row.status}`)}</Tag>
                  ),
                },
              ]}
            />
          </Card>
          {comparison.extraChildTargets.length > 0 && (
            <Card size="small" title={t('conformance.extraTargets')}>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {comparison.extraChildTargets.map((target) => (
                  <li key={target.id}>
                    <TargetCell target={target} />
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <Card size="small" title={t('conformance.tasks')} styles={{ body: { padding: 0 } }}>
            <Table
              size="small"
              rowKey={(row) => row.parent.id}
              dataSource={comparison.tasks}
              pagination={false}
              columns={[
                {
                  title: t('conformance.parentTask'),
                  key: 'parent',
                  render: (_v, row) => `${row.parent.ref} ${row.parent.title}`,
                },
                {
                  title: t('conformance.childTask'),
                  key: 'child',
                  render: (_v, row) =>
                    row.child ? (
                      `${row.child.ref} ${row.child.title}`
                    ) : (
                      <Tag color="red">{t('conformance.noCounterpart')}</Tag>
                    ),
                },
              ]}
            />
          </Card>
        </>
      )}
    </Flex>
  );
}
