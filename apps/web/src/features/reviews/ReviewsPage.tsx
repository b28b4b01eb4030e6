import { vietnamToday } from '@lantoa/domain/rules';
import { Empty, Flex, Select, Spin, Typography } from 'antd';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { plansApi } from '../../api/endpoints.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/filters.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { planLabel } from '../reports/PlanPeriodPicker.tsx';
import { type ReviewKind, type ReviewReport, reviewsApi } from './api.ts';
import { ReviewEditor } from './ReviewEditor.tsx';
import { reviewableYears, reviewChoice, yearToReview } from './review-view.ts';

/** The draft of the review chosen, or why there is none. */
type Loaded = { key: string; draft: ReviewReport } | { key: string; error: string };

/**
 * "Sơ kết, tổng kết": pick a plan, the kind of review and (for a yearly one) its year, kept in the
 * address; the draft made from the plan's data opens in the editor, to be downloaded as .docx or .pdf.
 */
export default function ReviewsPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const plans = useFetched(plansApi.list);
  const choice = reviewChoice(params);
  const items = plans.data?.items;
  // By default the plan of the person's own body (a commune reviews its own plan, not the province's,
  // which it reads but does not review), else the provincial plan.
  const plan =
    items?.find((p) => p.id === choice.planId) ??
    items?.find((p) => p.body.id === me.user.body.id) ??
    items?.find((p) => p.level === 'province') ??
    items?.[0];
  const years = useMemo(() => (plan ? reviewableYears(plan, vietnamToday()) : []), [plan]);
  const year = choice.kind === 'yearly' ? yearToReview(years, choice.year) : undefined;
  const planId = plan?.id;
  const ready = Boolean(planId) && (choice.kind === 'final' || year !== undefined);

  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = `${planId}|${choice.kind}|${year ?? ''}|${generation}`;
  useEffect(() => {
    if (!planId || !ready) return;
    let live = true;
    const asked = `${planId}|${choice.kind}|${year ?? ''}|${generation}`;
    reviewsApi
      .draft(planId, choice.kind, year)
      .then((draft) => live && setLoaded({ key: asked, draft }))
      .catch((caught) => live && setLoaded({ key: asked, error: errorText(caught, t) }));
    return () => {
      live = false;
    };
  }, [planId, choice.kind, year, generation, ready, t]);
  const current = loaded?.key === key ? loaded : null;

  const choose = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [name, value] of Object.entries(changes)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  let body: ReactNode;
  if (plans.error) body = <ErrorAlert error={plans.error} />;
  else if (!items) body = <Spin style={{ display: 'block', margin: '48px auto' }} />;
  else if (!plan) body = <Empty description={t('reviews.noPlans')} />;
  else if (!ready) body = <Notice type="info" title={t('reviews.notStarted')} />;
  else if (!current)
    body = (
      <Flex vertical align="center" gap={8} style={{ margin: '48px 0' }}>
        <Spin />
        <Typography.Text type="secondary">{t('reviews.loading')}</Typography.Text>
      </Flex>
    );
  else if ('error' in current) body = <ErrorAlert error={current.error} testId="review-error" />;
  else
    body = (
      // A new editor (and form) for each draft loaded, so "draft again" really starts again.
      <ReviewEditor
        key={key}
        planId={plan.id}
        draft={current.draft}
        onRedraft={() => setGeneration((n) => n + 1)}
      />
    );

  return (
    <>
      <PageTitle
        title={t('reviews.title')}
        sub={
          <Typography.Text type="secondary" style={{ display: 'block', maxWidth: 760, marginTop: 4 }}>
            {t('reviews.hint')}
          </Typography.Text>
        }
      />
      <FilterBar>
        <Select
          aria-label={t('reviews.plan')}
          placeholder={t('reviews.plan')}
          loading={!items}
          value={plan?.id}
          onChange={(id: string) => choose({ planId: id, year: null })}
          options={(items ?? []).map((p) => ({ value: p.id, label: planLabel(p) }))}
          style={{ width: 420, maxWidth: '100%' }}
          popupMatchSelectWidth={false}
          data-testid="review-plan"
        />
        <Select<ReviewKind>
          aria-label={t('reviews.kind')}
          value={choice.kind}
          onChange={(kind) => choose({ kind })}
          options={[
            { value: 'yearly', label: t('reviews.kind.yearly') },
            { value: 'final', label: t('reviews.kind.final') },
          ]}
          style={{ width: 160 }}
          data-testid="review-kind"
        />
        {choice.kind === 'yearly' && (
          <Select<number>
            aria-label={t('reviews.year')}
            placeholder={t('reviews.year')}
            value={year}
            onChange={(value) => choose({ year: String(value) })}
            options={years.map((y) => ({ value: y, label: t('reviews.yearN', { year: y }) }))}
            style={{ width: 140 }}
            data-testid="review-year"
          />
        )}
      </FilterBar>
      {body}
    </>
  );
}
