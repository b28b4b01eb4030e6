import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { periodInFocus, vietnamToday } from '@lantoa/domain/rules';
import { Button, Select, Space } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { plansApi, reportsApi } from '../../api/endpoints.ts';
import type { PeriodList, PlanListItem } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { errorText } from '../../shared/errors.ts';
import { formatDate } from '../../shared/format.ts';

/** A plan's period as listed, with the reports still to come in from the bodies the reader follows. */
type Period = PeriodList['items'][number];

export interface PlanPeriod {
  plans: PlanListItem[] | null;
  plan: PlanListItem | undefined;
  periods: Period[] | null;
  period: Period | undefined;
  setPlanId: (id: string) => void;
  setPeriodId: (id: string) => void;
  error: string | null;
}

/**
 * The plan and period a reports screen is about, kept in the address (`?planId=&periodId=`) so a
 * link or a reload opens the same view. Defaults: a provincial plan, and the period that matters now
 * (the domain's `periodInFocus`: the one being collected, a late one while reports are chased).
 */
export function usePlanPeriod(): PlanPeriod {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const [plans, setPlans] = useState<PlanListItem[] | null>(null);
  const [periods, setPeriods] = useState<{ planId: string; items: Period[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    plansApi
      .list()
      .then((list) => setPlans(list.items))
      .catch((caught) => {
        setError(errorText(caught, t));
        setPlans([]);
      });
  }, [t]);

  // By default the provincial plan: the one every body reports on.
  const plan = useMemo(
    () =>
      plans?.find((p) => p.id === params.get('planId')) ??
      plans?.find((p) => p.level === 'province') ??
      plans?.[0],
    [plans, params],
  );

  useEffect(() => {
    if (!plan) return;
    let live = true;
    reportsApi
      .periods(plan.id)
      .then((list) => live && setPeriods({ planId: plan.id, items: list.items }))
      .catch((caught) => live && setError(errorText(caught, t)));
    return () => {
      live = false;
    };
  }, [plan, t]);

  const planPeriods = periods && plan && periods.planId === plan.id ? periods.items : null;
  const period = useMemo(
    () =>
      planPeriods?.find((p) => p.id === params.get('periodId')) ??
      periodInFocus(planPeriods ?? [], vietnamToday()),
    [planPeriods, params],
  );

  const setParam = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    plans,
    plan,
    periods: planPeriods,
    period,
    setPlanId: (id) => setParam({ planId: id, periodId: null }),
    setPeriodId: (id) => setParam({ periodId: id }),
    error,
  };
}

export function planLabel(plan: { number: string | null; title: string }): string {
  return plan.number ? `${plan.number} — ${plan.title}` : plan.title;
}

/**
 * Two selects: the plan, then one of its reporting periods (by due date), with the previous and
 * the next period a click away on either side.
 */
export function PlanPeriodPicker({ value }: { value: PlanPeriod }) {
  const t = useT();
  const periods = value.periods ?? [];
  const at = periods.findIndex((p) => p.id === value.period?.id);
  const previous = at > 0 ? periods[at - 1] : undefined;
  const next = at >= 0 ? periods[at + 1] : undefined;
  return (
    <>
      <Select
        aria-label={t('reports.plan')}
        placeholder={t('reports.plan')}
        loading={!value.plans}
        value={value.plan?.id}
        onChange={value.setPlanId}
        options={(value.plans ?? []).map((p) => ({ value: p.id, label: planLabel(p) }))}
        style={{ width: 420, maxWidth: '100%' }}
        popupMatchSelectWidth={false}
        data-testid="plan-select"
      />
      <Space.Compact style={{ maxWidth: '100%' }}>
        <Button
          icon={<LeftOutlined />}
          aria-label={t('reports.previousPeriod')}
          title={t('reports.previousPeriod')}
          disabled={!previous}
          onClick={() => previous && value.setPeriodId(previous.id)}
          data-testid="period-previous"
        />
        <Select
          aria-label={t('reports.period')}
          placeholder={t('reports.period')}
          loading={!value.periods}
          value={value.period?.id}
          onChange={value.setPeriodId}
          options={periods.map((p) => ({
            value: p.id,
            label: `${p.label} · ${t('reports.dueOn', { date: formatDate(p.dueOn) })}`,
          }))}
          style={{ width: 300, minWidth: 0 }}
          data-testid="period-select"
        />
        <Button
          icon={<RightOutlined />}
          aria-label={t('reports.nextPeriod')}
          title={t('reports.nextPeriod')}
          disabled={!next}
          onClick={() => next && value.setPeriodId(next.id)}
          data-testid="period-next"
        />
      </Space.Compact>
    </>
  );
}
