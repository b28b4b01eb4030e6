import type { Audience } from '@lantoa/domain/constants';
import { App, Checkbox, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { useNameOf } from '../../shared/bilingualNames.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatNumber } from '../../shared/format.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { type InvitedBody, trainingApi } from './api.ts';
import { localPhone, nominees, quotaLeft } from './figures.ts';
import { audienceNames } from './labels.tsx';

/**
 * An invited body sends people from its roster: its present people of the course's audiences, as
 * many as its quota leaves. Those already sent show ticked and fixed (taking one back is "Rút" on
 * the participants' list).
 */
export function NominateModal({
  courseId,
  audiences,
  invited,
  sentPersonIds,
  onClose,
  onDone,
}: {
  courseId: string;
  audiences: readonly Audience[];
  invited: InvitedBody;
  sentPersonIds: ReadonlySet<string>;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const audienceName = useNameOf(audienceNames);
  const { saving, error, run } = useSubmit();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  // One request for the whole roster: the course's audiences are kept below, and a body's roster is
  // tens to hundreds of people.
  const fetchRoster = useCallback(() => trainingApi.roster(invited.body.id), [invited.body.id]);
  const roster = useFetched(fetchRoster);
  const offered = useMemo(
    () => nominees(roster.data?.items ?? [], audiences, sentPersonIds),
    [roster.data, audiences, sentPersonIds],
  );
  const left = quotaLeft(invited.quota, invited.nominated, picked.size);

  const toggle = (personId: string, on: boolean) =>
    setPicked((current) => {
      const next = new Set(current);
      if (on) next.add(personId);
      else next.delete(personId);
      return next;
    });

  const save = () =>
    run(async () => {
      const result = await trainingApi.nominate(courseId, {
        bodyId: invited.body.id,
        personIds: [...picked],
      });
      void message.success(
        t('training.nominate.done', { n: formatNumber(result.nominated), quota: formatNumber(result.quota) }),
      );
      onDone();
    });

  return (
    <FormModal
      open
      title={t('training.nominate.title', { body: invited.body.name })}
      okText={t('training.nominate.ok', { n: picked.size })}
      okButtonProps={{ disabled: picked.size === 0 }}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="nominate-error"
      width={600}
    >
      <Typography.Paragraph data-testid="quota-left">
        {left > 0
          ? t('training.nominate.left', { left: formatNumber(left), quota: formatNumber(invited.quota) })
          : t('training.nominate.full', { quota: formatNumber(invited.quota) })}
      </Typography.Paragraph>
      <ErrorAlert error={roster.error} />
      {roster.data === null && roster.loading ? (
        <Spin />
      ) : offered.length === 0 ? (
        <Empty description={t('training.nominate.empty')} />
      ) : (
        <Flex vertical gap={8} data-testid="nominees" style={{ maxHeight: '55vh', overflowY: 'auto' }}>
          {offered.map(({ person, sent }) => {
            const on = sent || picked.has(person.id);
            return (
              <Checkbox
                key={person.id}
                checked={on}
                disabled={sent || (!on && left === 0)}
                onChange={(event) => toggle(person.id, event.target.checked)}
              >
                <Flex vertical gap={0}>
                  <span>
                    {person.fullName}
                    {sent && (
                      <Tag color="green" style={{ marginInlineStart: 8 }}>
                        {t('training.nominate.sent')}
                      </Tag>
                    )}
                    {person.trained && (
                      <Tag style={{ marginInlineStart: 8 }}>{t('training.people.trainedTag')}</Tag>
                    )}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[
                      audiences.length > 1 ? audienceName(person.audience) : '',
                      person.roleTitle,
                      person.teamVillage ?? person.village,
                      person.phone ? localPhone(person.phone) : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                </Flex>
              </Checkbox>
            );
          })}
        </Flex>
      )}
    </FormModal>
  );
}
