import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { formatIsoDate } from '@lantoa/domain/rules';
import { App, Button, Drawer, Empty, Flex, Grid, Select, Spin, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { fileUrl } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { formatNumber } from '../../shared/format.ts';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { ActivityFormModal } from './ActivityFormModal.tsx';
import { type RosterItem, type Team, type TeamActivity, trainingApi } from './api.ts';
import { localPhone } from './figures.ts';

import { PersonFormModal } from './PersonFormModal.tsx';

/**
 * One village's digital team: its members (the commune's roster, this team), its leader chosen among
 * them, members added with the team preset, and its activity log with photos, written from a phone.
 */
export function TeamDrawer({
  team,
  minMembers,
  onClose,
  onChanged,
}: {
  team: Team;
  minMembers: number;
  onClose: () => void;
  onChanged: () => Promise<void>;
}) {
  const t = useT();
  const narrow = Grid.useBreakpoint().md === false;
  const bodyId = team.commune.id;
  const fetchMembers = useCallback(() => trainingApi.roster(bodyId, { teamId: team.id }), [bodyId, team.id]);
  const members = useFetched(fetchMembers);
  const fetchActivities = useCallback(() => trainingApi.activities(team.id), [team.id]);
  const activities = useFetched(fetchActivities);
  const [editing, setEditing] = useState<{ personId: string | null } | null>(null);
  const [recording, setRecording] = useState(false);
  const present = (members.data?.items ?? []).filter((p) => p.leftOn === null);
  const person = editing?.personId
    ? (members.data?.items.find((p) => p.id === editing.personId) ?? null)
    : null;
  const changed = () => {
    void members.reload();
    void onChanged();
  };

  return (
    <Drawer
      open
      onClose={onClose}
      size={narrow ? '100%' : 760}
      title={t('training.team.title', { village: team.village })}
      data-testid="team-drawer"
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{team.commune.name}</Typography.Text>
        <Tag>{t('training.team.memberCount', { n: formatNumber(team.members) })}</Tag>
        {team.belowMinimum && <Tag color="red">{t('training.teams.below', { min: minMembers })}</Tag>}
        <Tag color="green">
          {t('training.team.trainedCount', { n: formatNumber(team.trained), of: formatNumber(team.members) })}
        </Tag>
      </Flex>

      <LeaderPicker team={team} members={present} onSaved={onChanged} />

      <Flex justify="space-between" align="center" style={{ margin: '16px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('training.team.members')}
        </Typography.Title>
        {team.canEdit && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ personId: null })}>
            {t('training.team.addMember')}
          </Button>
        )}
      </Flex>
      <ErrorAlert error={members.error} />
      <Table<RosterItem>
        size="small"
        rowKey="id"
        data-testid="team-members"
        loading={members.loading}
        dataSource={members.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('training.team.noMembers') }}
        columns={[
          {
            title: t('training.person.fullName'),
            key: 'name',
            render: (_v, row) => (
              <Flex gap={4} wrap align="center">
                <span>{row.fullName}</span>
                {team.leader?.id === row.id && <Tag color="blue">{t('training.teams.leader')}</Tag>}
                {row.trained && <Tag color="green">{t('training.people.trainedTag')}</Tag>}
                {row.leftOn && <Tag>{t('training.people.left', { date: formatIsoDate(row.leftOn) })}</Tag>}
              </Flex>
            ),
          },
          { title: t('training.person.roleTitle'), dataIndex: 'roleTitle' },
          {
            title: t('training.person.phone'),
            key: 'phone',
            render: (_v, row) => (row.phone ? localPhone(row.phone) : t('common.none')),
          },
          ...(team.canEdit
            ? [
                {
                  key: 'edit',
                  width: 48,
                  render: (_v: unknown, row: RosterItem) => (
                    <Button
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('training.people.editOf', { name: row.fullName })}
                      onClick={() => setEditing({ personId: row.id })}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />

      <Flex justify="space-between" align="center" style={{ margin: '24px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('training.team.activities')}
        </Typography.Title>
        {team.canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t('training.team.record')}
          </Button>
        )}
      </Flex>
      <ErrorAlert error={activities.error} />
      {activities.data === null && activities.loading ? (
        <Spin />
      ) : (activities.data?.items.length ?? 0) === 0 ? (
        <Empty description={t('training.team.noActivities')} />
      ) : (
        <Flex vertical data-testid="team-activities">
          {(activities.data?.items ?? []).map((item) => (
            <ActivityItem key={item.id} item={item} />
          ))}
        </Flex>
      )}

      {editing && (editing.personId === null || person) && (
        <PersonFormModal
          bodyId={bodyId}
          person={person}
          team={{ teamId: team.id, village: team.village }}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            changed();
          }}
          onStale={() => void members.reload()}
        />
      )}
      {recording && (
        <ActivityFormModal
          teamId={team.id}
          onClose={() => setRecording(false)}
          onSaved={() => {
            setRecording(false);
            void activities.reload();
            void onChanged();
          }}
        />
      )}
    </Drawer>
  );
}

/** The team's leader, one of its present members; the commune that keeps the team names them. */
function LeaderPicker({
  team,
  members,
  onSaved,
}: {
  team: Team;
  members: RosterItem[];
  onSaved: () => Promise<void>;
}) {
  const t = useT();
  const { message } = App.useApp();
  const { saving, error, setError, run } = useSubmit();
  const choose = (leaderId: string | null) =>
    run(async () => {
      await trainingApi.updateTeam(team.id, { leaderId, version: team.version });
      void message.success(t('training.team.leaderSaved'));
      await onSaved();
    });
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{t('training.teams.leader')}:</Typography.Text>
        {team.canEdit ? (
          <Select<string>
            aria-label={t('training.team.setLeader')}
            placeholder={t('training.team.setLeader')}
            value={team.leader?.id}
            loading={saving}
            allowClear
            onChange={(value) => void choose(value ?? null)}
            options={members.map((m) => ({ value: m.id, label: m.fullName }))}
            style={{ minWidth: 240 }}
          />
        ) : (
          <span>{team.leader?.fullName ?? t('training.teams.noLeader')}</span>
        )}
      </Flex>
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Flex>
  );
}

function ActivityItem({ item }: { item: TeamActivity }) {
  const t = useT();
  const date = formatIsoDate(item.happenedOn);
  return (
    <article style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex vertical gap={4}>
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>{date}</Typography.Text>
          <Tag color="blue">{t('training.team.helpedN', { n: formatNumber(item.citizensHelped) })}</Tag>
          {item.recordedBy && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('training.team.recordedBy', { name: item.recordedBy })}
            </Typography.Text>
          )}
        </Flex>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{item.what}</Typography.Paragraph>
        {item.photoFileId && (
          <img
            src={fileUrl(item.photoFileId)}
            alt={t('training.team.photoAlt', { date })}
            loading="lazy"
            style={{ maxWidth: '100%', maxHeight: 320, objectFit: 'contain', alignSelf: 'flex-start' }}
          />
        )}
      </Flex>
    </article>
  );
}
