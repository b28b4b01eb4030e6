import type { Audience } from '@lantoa/domain/constants';
import { App, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { useOptionsOf } from '../../shared/bilingualNames.ts';
import { DayPicker } from '../../shared/DayPicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { reloadWhenStale } from '../../shared/staleVersion.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { type RosterItem, type RosterPersonInput, trainingApi } from './api.ts';
import { localPhone } from './figures.ts';
import { audienceNames } from './labels.tsx';

interface Values {
  audience: Audience;
  fullName: string;
  roleTitle?: string;
  phone?: string;
  village?: string;
  teamId?: string | null;
  joinedOn?: Dayjs | null;
  leftOn?: Dayjs | null;
}

/** A digital team's member added from the team: the audience and team fixed, the village offered. */
export interface TeamPreset {
  teamId: string;
  village: string;
}

const isoOf = (day: Dayjs | null | undefined) => (day ? day.format('YYYY-MM-DD') : null);

/** What the form sends: texts trimmed, dates as 'YYYY-MM-DD', a team only for a digital team's member. */
function inputOf(values: Values): RosterPersonInput {
  return {
    audience: values.audience,
    fullName: values.fullName.trim(),
    roleTitle: values.roleTitle?.trim() ?? '',
    phone: values.phone?.trim() ?? '',
    village: values.village?.trim() ?? '',
    teamId: values.audience === 'digital_team' ? (values.teamId ?? null) : null,
    joinedOn: isoOf(values.joinedOn),
    leftOn: isoOf(values.leftOn),
  };
}

/** A person as the roster keeps them, sent back with a change (the phone as stored is accepted again). */
export function rosterInputOf(person: RosterItem): RosterPersonInput {
  return {
    audience: person.audience,
    fullName: person.fullName,
    roleTitle: person.roleTitle,
    phone: person.phone ?? '',
    village: person.village,
    teamId: person.teamId,
    joinedOn: person.joinedOn,
    leftOn: person.leftOn,
  };
}

/**
 * Adds a person to a body's roster, or corrects one (optimistic on its version: someone else's save
 * in between answers 409, shown as the server says, and the list is read again). A digital team's
 * member belongs to one of the body's teams; "Ngày thôi tham gia" records that someone left.
 */
export function PersonFormModal({
  bodyId,
  person,
  team,
  onClose,
  onSaved,
  onStale,
}: {
  bodyId: string;
  /** The person to correct; none to add one. */
  person: RosterItem | null;
  team?: TeamPreset;
  onClose: () => void;
  onSaved: () => void;
  onStale: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);
  const audienceOptions = useOptionsOf(audienceNames);
  const audience = Form.useWatch('audience', form);
  const fetchTeams = useCallback(() => trainingApi.teams(bodyId), [bodyId]);
  const teams = useFetched(fetchTeams);
  const teamOptions = (teams.data?.items ?? [])
    .filter((item) => item.commune.id === bodyId)
    .map((item) => ({ value: item.id, label: item.village }));

  const save = () =>
    submit(async (values) => {
      const input = inputOf(values);
      if (person) await trainingApi.updatePerson(person.id, { ...input, version: person.version });
      else await trainingApi.addPerson(bodyId, input);
      void message.success(person ? t('common.saved') : t('training.people.added', { name: input.fullName }));
      onSaved();
    }, reloadWhenStale(onStale));

  return (
    <FormModal
      open
      title={
        person ? t('training.person.editTitle', { name: person.fullName }) : t('training.person.addTitle')
      }
      okText={person ? t('common.save') : t('training.people.add')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="person-form-error"
      width={560}
    >
      <VerticalForm<Values>
        form={form}
        name="roster-person"
        initialValues={
          person
            ? {
                ...rosterInputOf(person),
                phone: person.phone ? localPhone(person.phone) : '',
                joinedOn: person.joinedOn ? dayjs(person.joinedOn) : null,
                leftOn: person.leftOn ? dayjs(person.leftOn) : null,
              }
            : team
              ? { audience: 'digital_team', teamId: team.teamId, village: team.village, joinedOn: null }
              : { audience: undefined, joinedOn: null }
        }
      >
        <Form.Item name="audience" label={t('training.person.audience')} rules={[{ required: true }]}>
          <Select options={audienceOptions} disabled={Boolean(team)} />
        </Form.Item>
        <Form.Item
          name="fullName"
          label={t('training.person.fullName')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="roleTitle" label={t('training.person.roleTitle')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="phone" label={t('training.person.phone')} extra={t('training.person.phoneHint')}>
          <Input maxLength={20} inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="village" label={t('training.person.village')}>
          <Input maxLength={200} />
        </Form.Item>
        {audience === 'digital_team' && (
          <Form.Item name="teamId" label={t('training.person.team')}>
            <Select
              allowClear
              disabled={Boolean(team)}
              loading={teams.loading}
              placeholder={t('training.person.noTeam')}
              options={
                team && !teamOptions.some((o) => o.value === team.teamId)
                  ? [...teamOptions, { value: team.teamId, label: team.village }]
                  : teamOptions
              }
            />
          </Form.Item>
        )}
        <Flex gap={16} wrap>
          <Form.Item name="joinedOn" label={t('training.person.joinedOn')}>
            <DayPicker />
          </Form.Item>
          {person && (
            <Form.Item
              name="leftOn"
              label={t('training.person.leftOn')}
              extra={t('training.person.leftOnHint')}
            >
              <DayPicker />
            </Form.Item>
          )}
        </Flex>
      </VerticalForm>
    </FormModal>
  );
}
