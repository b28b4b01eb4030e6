import { QUIZ_DIFFICULTIES } from '@lantoa/domain/constants';
import { formatIsoDate, formatVietnamDateTime, vietnamDateOf } from '@lantoa/domain/rules';
import { Alert, Select, Tag } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useMe } from '../../app/auth.tsx';
import { type Translate, useT } from '../../i18n/i18n.tsx';
import { errorText } from '../../shared/errors.ts';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import type { PendingResource } from '../../shared/useResource.ts';
import { type ContestStatus, type OrganiserBody, quizApi } from './api.ts';

/** What a missing (or hidden) contest shows, and the way back. */
const NOT_FOUND: NotFound = {
  title: 'quiz.contest.notFound',
  to: '/quiz/contests',
  back: 'quiz.contest.back',
};

/** A question's difficulty as the organiser reads it: 1 easy, 2 medium, 3 hard. */
export const difficultyLabel = (t: Translate, difficulty: number) =>
  t(`quiz.difficulty.${difficulty}` as 'quiz.difficulty.1');

/** The difficulties to choose from, easiest first. */
export const difficultyOptions = (t: Translate): { value: number; label: string }[] =>
  QUIZ_DIFFICULTIES.map((value) => ({ value, label: difficultyLabel(t, value) }));

// Rounds run on Vietnam days: their times are shown in Vietnam time wherever the browser is.

/** An instant as dd/mm/yyyy in Vietnam time; nothing for none. */
export function formatVnDate(iso: string | null | undefined): string {
  return iso ? formatIsoDate(vietnamDateOf(Date.parse(iso))) : '';
}

/** An instant as dd/mm/yyyy HH:mm in Vietnam time; nothing for none. */
export function formatVnDateTime(iso: string | null | undefined): string {
  return iso ? formatVietnamDateTime(Date.parse(iso)) : '';
}

/** The bodies whose bank and contests the person manages; the first one is picked. */
export function useOrganisers() {
  const t = useT();
  const [items, setItems] = useState<OrganiserBody[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [bodyId, setBodyId] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    quizApi
      .organisers()
      .then((result) => {
        if (!live) return;
        setItems(result.items);
        setBodyId((current) => current ?? result.items[0]?.id);
      })
      .catch((caught) => {
        if (!live) return;
        setItems([]);
        setError(errorText(caught, t));
      });
    return () => {
      live = false;
    };
  }, [t]);
  return { organisers: items, error, bodyId, setBodyId };
}

/** Picks the organiser body when the person manages more than one. */
export function OrganiserSelect({
  organisers,
  value,
  onChange,
  id,
}: {
  organisers: OrganiserBody[];
  value?: string | undefined;
  onChange?: (value: string) => void;
  id?: string;
}) {
  const t = useT();
  return (
    <Select
      id={id}
      aria-label={t('quiz.organiser')}
      value={value}
      onChange={onChange}
      options={organisers.map((b) => ({ value: b.id, label: b.name }))}
      style={{ minWidth: 240 }}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}

/** Shows the page only to those who may organise contests. */
export function QuizGuard({ children }: { children: ReactNode }) {
  const t = useT();
  const me = useMe();
  if (!me.abilities.manageContests) return <Alert type="warning" showIcon title={t('quiz.noAccess')} />;
  return children;
}

export function ContestStatusTag({ status }: { status: ContestStatus }) {
  const t = useT();
  return status === 'published' ? (
    <Tag color="green">{t('quiz.status.published')}</Tag>
  ) : (
    <Tag>{t('quiz.status.draft')}</Tag>
  );
}

/** A contest (or its round) still loading, failed, or not found, with the way back to the list. */
export function ContestPending({ resource }: { resource: PendingResource }) {
  return <ResourcePending resource={resource} notFound={NOT_FOUND} />;
}
