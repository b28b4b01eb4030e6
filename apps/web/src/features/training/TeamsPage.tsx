import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { countColumn } from '../../shared/columns.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { BodyFilter } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { ListTable } from '../../shared/ListTable.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { rowOpens } from '../../shared/rowLinks.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { type Team, trainingApi } from './api.ts';
import { useReadableBodies } from './labels.tsx';
import { TeamDrawer } from './TeamDrawer.tsx';

/**
 * The community digital teams of the user's commune (or of the body picked: a province sees all its
 * villages' teams): each village's team with its leader and members, a warning below the minimum
 * size, how many members are trained, and the citizens it helped in the last 30 days. A team opens
 * in a drawer (`?team=`), so its link can be sent.
 */
export default function TeamsPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { bodyId = me.user.body.id } = useParams();
  const [params, setParams] = useSearchParams();
  const fetchTeams = useCallback(() => trainingApi.teams(bodyId), [bodyId]);
  const teams = useFetched(fetchTeams);
  const bodies = useReadableBodies(teams.data?.body);
  const [creating, setCreating] = useState(false);
  const openTeamId = params.get('team');
  const openTeam = teams.data?.items.find((item) => item.id === openTeamId) ?? null;
  const open = (teamId: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (teamId) next.set('team', teamId);
        else next.delete('team');
        return next;
      },
      { replace: false },
    );
  const minMembers = teams.data?.minMembers ?? 7;

  return (
    <>
      <PageTitle
        title={t('training.teams.title')}
        subtitle={teams.data?.body.name}
        extra={
          <>
            <BodyFilter
              label={t('training.people.body')}
              value={bodyId}
              initial={bodies}
              onChange={(next) => void navigate(`/training/teams/${next ?? me.user.body.id}`)}
              width={320}
            />
            {teams.data?.canEdit && teams.data.body.kind === 'commune' && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('training.teams.new')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <ListTable<Team>
          testId="teams-table"
          list={teams}
          empty={t('training.teams.empty')}
          pagination={clientPagination(50)}
          onRow={rowOpens((row) => open(row.id))}
          columns={[
            {
              title: t('training.teams.village'),
              key: 'village',
              render: (_v, row) => (
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                  onClick={(event) => {
                    event.stopPropagation();
                    open(row.id);
                  }}
                >
                  {row.village}
                </Button>
              ),
            },
            { title: t('training.teams.commune'), key: 'commune', render: (_v, row) => row.commune.name },
            {
              title: t('training.teams.leader'),
              key: 'leader',
              render: (_v, row) =>
                row.leader ? (
                  row.leader.fullName
                ) : (
                  <Typography.Text type="secondary">{t('training.teams.noLeader')}</Typography.Text>
                ),
            },
            {
              title: t('training.teams.members'),
              key: 'members',
              render: (_v, row) => (
                <Flex gap={8} align="center" wrap>
                  <span>{formatNumber(row.members)}</span>
                  {row.belowMinimum && (
                    <Tag color="red" data-testid="team-below-minimum">
                      {t('training.teams.below', { min: minMembers })}
                    </Tag>
                  )}
                </Flex>
              ),
            },
            {
              title: t('training.teams.trained'),
              key: 'trained',
              align: 'right',
              render: (_v, row) => `${formatNumber(row.trained)}/${formatNumber(row.members)}`,
            },
            countColumn(t('training.teams.helped'), 'helped', (row) => row.citizensHelpedLast30Days),
          ]}
        />
      </Card>
      {creating && teams.data && (
        <NewTeamModal
          bodyId={teams.data.body.id}
          onClose={() => setCreating(false)}
          onCreated={(teamId) => {
            setCreating(false);
            void teams.reload().then(() => open(teamId));
          }}
        />
      )}
      {openTeam && (
        <TeamDrawer
          team={openTeam}
          minMembers={minMembers}
          onClose={() => open(null)}
          onChanged={teams.reload}
        />
      )}
    </>
  );
}

/** A commune sets up the team of one of its villages (one team per village). */
function NewTeamModal({
  bodyId,
  onClose,
  onCreated,
}: {
  bodyId: string;
  onClose: () => void;
  onCreated: (teamId: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ village: string }>();
  const { saving, error, submit } = useSubmit(form);
  const save = () =>
    submit(async (values) => {
      const created = await trainingApi.createTeam(bodyId, { village: values.village.trim() });
      onCreated(created.id);
    });
  return (
    <FormModal
      open
      title={t('training.teams.new')}
      okText={t('common.create')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="team-form-error"
      width={480}
    >
      <VerticalForm form={form} name="new-team">
        <Form.Item
          name="village"
          label={t('training.teams.village')}
          extra={t('training.teams.villageHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}
