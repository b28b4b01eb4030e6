import { vietnamToday } from '@lantoa/domain/rules';
import { Select } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { plansApi, reportsApi } from '../../api/endpoints.ts';
import type { Period, PlanListItem } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { errorText } from '../../shared/errors.ts';
import { formatDate } from '../../shared/format.ts';

/** The period to open first: the next one due (or due today), else the last one. */
export function currentPeriod(periods: Period[]): Period | undefined {
  const today = vietnamToday();
  return periods.find((p) => p.dueOn >= today) ?? periods.at(-1);
}

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
 * link or a reload opens the same view. Defaults: a provincial plan, its current period.
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
    () => planPeriods?.find((p) => p.id === params.get('periodId')) ?? currentPeriod(planPeriods ?? []),
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

/** Two selects: the plan, then one of its reporting periods. */
export function PlanPeriodPicker({ value }: { value: PlanPeriod }) {
  const t = useT();
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
      <Select
        aria-label={t('reports.period')}
        placeholder={t('reports.period')}
        loading={!value.periods}
        value={value.period?.id}
        onChange={value.setPeriodId}
        options={(value.periods ?? []).map((p) => ({
          value: p.id,
          label: `${p.label} · ${t('reports.dueOn', { date: formatDate(p.dueOn) })}`,
        }))}
        style={{ width: 300 }}
        data-testid="period-select"
      />
    </>
  );
}
