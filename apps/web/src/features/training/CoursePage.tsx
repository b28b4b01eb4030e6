import {
  CheckOutlined,
  CloudUploadOutlined,
  QrcodeOutlined,
  SafetyCertificateOutlined,
  UploadOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import type { Audience } from '@lantoa/domain/constants';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  InputNumber,
  Popconfirm,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Translate } from '../../i18n/i18n.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useNameOf } from '../../shared/bilingualNames.ts';
import { countColumn } from '../../shared/columns.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { FullPageSpin } from '../../shared/FullPageSpin.tsx';
import { formatNumber } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { NotFoundResult } from '../../shared/ResourcePending.tsx';
import { useResource } from '../../shared/useResource.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { AttendanceImportModal } from './AttendanceImportModal.tsx';
import { AttendanceQrModal } from './AttendanceQrModal.tsx';
import { type Course, type InvitedBody, type Participant, trainingApi } from './api.ts';
import { CompletionsImportModal } from './CompletionsImportModal.tsx';
import { localPhone } from './figures.ts';
import { audienceNames, formatDays, formatInstant, KindTag, methodLabel } from './labels.tsx';
import { NominateModal } from './NominateModal.tsx';

/** Only a web address is made a link (the server accepts nothing else; this keeps `javascript:` out). */
const isWebLink = (link: string) => /^https?:\/\//i.test(link);

/**
 * A course or briefing: what and when; each invited body with its quota, the people it sent and
 * those who came (a briefing: people counted per audience); the participants with their attendance
 * and certificates. The organiser takes attendance (QR code or ticks) and issues certificates; an
 * invited body sends its people and takes back one who has not come.
 */
export default function CoursePage() {
  const { id = '' } = useParams();
  const fetchCourse = useCallback(
    async (accept: (course: Course) => void) => accept(await trainingApi.course(id)),
    [id],
  );
  const t = useT();
  const { resource, reload } = useResource(fetchCourse);
  if (resource.state === 'loading') return <FullPageSpin />;
  if (resource.state === 'notFound')
    return (
      <NotFoundResult
        title={t('training.course.notFound')}
        to="/training/courses"
        back={t('training.course.back')}
        testId="course-not-found"
      />
    );
  if (resource.state === 'error') return <Alert type="error" showIcon title={resource.message} />;
  return <CourseView course={resource.data} reload={reload} />;
}

function CourseView({ course, reload }: { course: Course; reload: () => Promise<void> }) {
  const t = useT();
  const { message } = App.useApp();
  const { saving, error, setError, run } = useSubmit();
  const [nominating, setNominating] = useState<InvitedBody | null>(null);
  const [showingQr, setShowingQr] = useState(false);
  const [importing, setImporting] = useState<'attendance' | 'completions' | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const training = course.kind === 'training';
  const present = course.participants.filter((p) => p.attendedAt).length;
  const keptBodies = useMemo(
    () => new Set(course.invited.filter((row) => row.canNominate).map((row) => row.body.id)),
    [course.invited],
  );
  const tickReload = useCallback(() => void reload(), [reload]);

  const tick = (presentNow: boolean) =>
    run(async () => {
      const { changed } = await trainingApi.tick(course.id, {
        participantIds: selected,
        present: presentNow,
      });
      void message.success(t('training.course.ticked', { n: formatNumber(changed) }));
      setSelected([]);
      await reload();
    });
  const certify = () =>
    run(async () => {
      const { issued } = await trainingApi.certify(course.id);
      void message.success(t('training.course.certified', { n: formatNumber(issued) }));
      await reload();
    });
  const withdraw = (participant: Participant) =>
    run(async () => {
      await trainingApi.withdraw(course.id, participant.id);
      void message.success(t('training.course.withdrawn', { name: participant.person.fullName }));
      setSelected((ids) => ids.filter((selectedId) => selectedId !== participant.id));
      await reload();
    });

  return (
    <>
      <PageTitle
        title={course.topic}
        sub={
          <Link to="/training/courses">
            <Typography.Text type="secondary">← {t('training.course.back')}</Typography.Text>
          </Link>
        }
        extra={
          course.canOrganise && (
            <>
              <Button icon={<QrcodeOutlined />} onClick={() => setShowingQr(true)}>
                {t('training.course.qr')}
              </Button>
              <Button
                icon={<UploadOutlined />}
                onClick={() => setImporting('attendance')}
                data-testid="attendance-import-open"
              >
                {t('training.course.importAttendance')}
              </Button>
              {training && (
                <Button
                  icon={<CloudUploadOutlined />}
                  onClick={() => setImporting('completions')}
                  data-testid="completions-import-open"
                >
                  {t('training.course.importCompletions')}
                </Button>
              )}
              {training && (
                <Button icon={<SafetyCertificateOutlined />} loading={saving} onClick={() => void certify()}>
                  {t('training.course.certify')}
                </Button>
              )}
            </>
          )
        }
      />
      <ErrorAlert error={error} onClose={() => setError(null)} testId="course-error" />
      <CourseHeader course={course} />
      <Card title={t('training.course.invitedTitle')} style={{ marginTop: 16 }}>
        <InvitedTable course={course} onNominate={setNominating} onCounted={reload} />
      </Card>
      <Card
        title={t('training.course.participants')}
        style={{ marginTop: 16 }}
        extra={
          <Typography.Text type="secondary" data-testid="course-present">
            {t('training.course.presentCount', {
              present: formatNumber(present),
              total: formatNumber(course.participants.length),
            })}
          </Typography.Text>
        }
      >
        {course.canOrganise && (
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
            <Button
              icon={<CheckOutlined />}
              disabled={selected.length === 0}
              loading={saving}
              onClick={() => void tick(true)}
            >
              {t('training.course.markPresent')}
            </Button>
            <Button disabled={selected.length === 0} loading={saving} onClick={() => void tick(false)}>
              {t('training.course.markAbsent')}
            </Button>
            {selected.length > 0 && (
              <Typography.Text type="secondary">
                {t('training.course.selected', { n: formatNumber(selected.length) })}
              </Typography.Text>
            )}
          </Flex>
        )}
        <ParticipantsTable
          course={course}
          selection={course.canOrganise ? { keys: selected, onChange: setSelected } : null}
          mayWithdraw={(p) => !p.attendedAt && (course.canOrganise || keptBodies.has(p.body.id))}
          onWithdraw={(p) => void withdraw(p)}
        />
      </Card>
      {nominating && (
        <NominateModal
          courseId={course.id}
          audiences={course.audiences}
          invited={nominating}
          sentPersonIds={
            new Set(
              course.participants.filter((p) => p.body.id === nominating.body.id).map((p) => p.person.id),
            )
          }
          onClose={() => setNominating(null)}
          onDone={() => {
            setNominating(null);
            void reload();
          }}
        />
      )}
      {course.canOrganise && (
        <>
          <AttendanceImportModal
            open={importing === 'attendance'}
            courseId={course.id}
            onClose={() => setImporting(null)}
            onImported={tickReload}
          />
          {training && (
            <CompletionsImportModal
              open={importing === 'completions'}
              courseId={course.id}
              audiences={course.audiences}
              onClose={() => setImporting(null)}
              onImported={tickReload}
            />
          )}
        </>
      )}
      {showingQr && (
        <AttendanceQrModal
          courseId={course.id}
          topic={course.topic}
          present={present}
          total={course.participants.length}
          onTick={tickReload}
          onClose={() => {
            setShowingQr(false);
            void reload();
          }}
        />
      )}
    </>
  );
}

function CourseHeader({ course }: { course: Course }) {
  const t = useT();
  const audienceName = useNameOf(audienceNames);
  return (
    <Card>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          { key: 'kind', label: t('training.form.kind'), children: <KindTag kind={course.kind} /> },
          { key: 'organiser', label: t('training.form.organiser'), children: course.organiser.name },
          {
            key: 'dates',
            label: t('training.courses.dates'),
            children: formatDays(course.startsOn, course.endsOn),
          },
          {
            key: 'audiences',
            label: t('training.form.audiences'),
            children: (
              <Flex gap={4} wrap>
                {course.audiences.map((a) => (
                  <Tag key={a}>{audienceName(a)}</Tag>
                ))}
              </Flex>
            ),
          },
          ...(course.place
            ? [{ key: 'place', label: t('training.form.place'), children: course.place }]
            : []),
          ...(course.onlineLink
            ? [
                {
                  key: 'link',
                  label: t('training.form.onlineLink'),
                  children: isWebLink(course.onlineLink) ? (
                    <a href={course.onlineLink} target="_blank" rel="noopener noreferrer">
                      {course.onlineLink}
                    </a>
                  ) : (
                    course.onlineLink
                  ),
                },
              ]
            : []),
          ...(course.task
            ? [
                {
                  key: 'task',
                  label: t('training.course.task'),
                  children: <Link to={`/plans/${course.task.planId}`}>{course.task.title}</Link>,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

/** The invited bodies: quotas, people sent and present; a briefing's counts per audience. */
function InvitedTable({
  course,
  onNominate,
  onCounted,
}: {
  course: Course;
  onNominate: (row: InvitedBody) => void;
  onCounted: () => Promise<void>;
}) {
  const t = useT();
  const briefing = course.kind === 'briefing';
  return (
    <Table<InvitedBody>
      size="middle"
      rowKey={(row) => row.body.id}
      data-testid="course-invited"
      dataSource={course.invited}
      pagination={course.invited.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('training.course.noInvited') }}
      columns={[
        { title: t('training.course.body'), key: 'body', render: (_v, row) => row.body.name },
        countColumn(t('training.courses.quota'), 'quota', (row) => row.quota, 100),
        {
          title: t('training.courses.nominated'),
          key: 'nominated',
          width: 100,
          align: 'right',
          render: (_v, row) =>
            row.nominated < row.quota ? (
              <Typography.Text type="warning">{formatNumber(row.nominated)}</Typography.Text>
            ) : (
              formatNumber(row.nominated)
            ),
        },
        countColumn(t('training.courses.attended'), 'attended', (row) => row.attended, 100),
        ...(briefing
          ? [
              {
                title: t('training.course.counted'),
                key: 'counted',
                render: (_v: unknown, row: InvitedBody) => (
                  <CountsEditor course={course} row={row} onSaved={onCounted} />
                ),
              },
            ]
          : []),
        {
          key: 'actions',
          width: 130,
          render: (_v, row) =>
            row.canNominate && (
              <Button
                size="small"
                icon={<UserAddOutlined />}
                aria-label={t('training.course.nominateBody', { body: row.body.name })}
                onClick={() => onNominate(row)}
              >
                {t('training.course.nominate')}
              </Button>
            ),
        },
      ]}
    />
  );
}

/** A briefing's people counted for one invited body, one number per audience of the briefing. */
function CountsEditor({
  course,
  row,
  onSaved,
}: {
  course: Course;
  row: InvitedBody;
  onSaved: () => Promise<void>;
}) {
  const t = useT();
  const audienceName = useNameOf(audienceNames);
  const { message } = App.useApp();
  const { error, setError, run } = useSubmit();
  const editable = course.canOrganise || row.canNominate;
  const countOf = (audience: Audience) => row.counted.find((c) => c.audience === audience)?.attended ?? null;
  // What was last sent per audience: Enter and then leaving the field would send it twice.
  const sent = useRef(new Map<Audience, number>());
  const save = (audience: Audience, attended: number | null) => {
    if (attended === null || attended === (sent.current.get(audience) ?? countOf(audience))) return;
    sent.current.set(audience, attended);
    void run(async () => {
      await trainingApi.count(course.id, { bodyId: row.body.id, audience, attended });
      void message.success(t('training.course.countSaved'));
      await onSaved();
    });
  };
  return (
    <Flex vertical gap={4}>
      {course.audiences.map((audience) => {
        const label = t('training.course.countOf', { audience: audienceName(audience), body: row.body.name });
        return (
          <Flex key={audience} gap={8} align="center" wrap>
            <Typography.Text type="secondary" style={{ minWidth: 160 }}>
              {audienceName(audience)}
            </Typography.Text>
            {editable ? (
              <InputNumber<number>
                key={`${audience}-${countOf(audience) ?? ''}`}
                size="small"
                min={0}
                max={1_000_000}
                precision={0}
                defaultValue={countOf(audience) ?? undefined}
                aria-label={label}
                onBlur={(event) => save(audience, parseCount(event.target.value))}
                onPressEnter={(event) => save(audience, parseCount(event.currentTarget.value))}
              />
            ) : (
              <span>{formatNumber(countOf(audience) ?? 0)}</span>
            )}
          </Flex>
        );
      })}
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Flex>
  );
}

/** A typed count ('1.200' with Vietnamese separators too); null when empty or not a whole number. */
function parseCount(text: string): number | null {
  const digits = text.replace(/[.\s]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

function ParticipantsTable({
  course,
  selection,
  mayWithdraw,
  onWithdraw,
}: {
  course: Course;
  selection: { keys: string[]; onChange: (keys: string[]) => void } | null;
  mayWithdraw: (p: Participant) => boolean;
  onWithdraw: (p: Participant) => void;
}) {
  const t = useT();
  const audienceName = useNameOf(audienceNames);
  return (
    <Table<Participant>
      size="middle"
      rowKey="id"
      data-testid="course-participants"
      dataSource={course.participants}
      pagination={course.participants.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('training.course.noParticipants') }}
      rowSelection={
        selection
          ? {
              selectedRowKeys: selection.keys,
              onChange: (keys) => selection.onChange(keys.map(String)),
              getCheckboxProps: (row) => ({
                'aria-label': t('training.course.select', { name: row.person.fullName }),
              }),
            }
          : undefined
      }
      columns={[
        {
          title: t('training.course.name'),
          key: 'name',
          render: (_v, row) => (
            <Flex vertical gap={0}>
              <span>{row.person.fullName}</span>
              {row.person.roleTitle && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.person.roleTitle}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        { title: t('training.course.body'), key: 'body', render: (_v, row) => row.body.name },
        {
          title: t('training.course.audience'),
          key: 'audience',
          render: (_v, row) => audienceName(row.person.audience),
        },
        {
          title: t('training.course.phone'),
          key: 'phone',
          render: (_v, row) => (row.person.phone ? localPhone(row.person.phone) : t('common.none')),
        },
        {
          title: t('training.course.attendance'),
          key: 'attendance',
          render: (_v, row) => <AttendanceTag t={t} participant={row} />,
        },
        {
          title: t('training.course.certificate'),
          key: 'certificate',
          render: (_v, row) =>
            row.certificateNo ? (
              <Flex vertical gap={0}>
                <span>{row.certificateNo}</span>
                <a
                  href={trainingApi.certificateUrl(row.id)}
                  download
                  aria-label={t('training.course.downloadOf', { name: row.person.fullName })}
                >
                  {t('training.course.download')}
                </a>
              </Flex>
            ) : (
              t('common.none')
            ),
        },
        {
          key: 'actions',
          width: 80,
          render: (_v, row) =>
            mayWithdraw(row) && (
              <Popconfirm
                title={t('training.course.withdrawConfirm', { name: row.person.fullName })}
                okText={t('training.course.withdraw')}
                cancelText={t('common.cancel')}
                onConfirm={() => onWithdraw(row)}
              >
                <Button
                  size="small"
                  danger
                  aria-label={t('training.course.withdrawOf', { name: row.person.fullName })}
                >
                  {t('training.course.withdraw')}
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}

function AttendanceTag({ t, participant }: { t: Translate; participant: Participant }) {
  if (!participant.attendedAt) return <Tag>{t('training.course.absent')}</Tag>;
  return (
    <Flex vertical gap={0} align="flex-start">
      <Tag color="green">
        {participant.attendanceMethod
          ? methodLabel(t, participant.attendanceMethod)
          : t('training.course.presentTag')}
      </Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatInstant(participant.attendedAt)}
      </Typography.Text>
    </Flex>
  );
}
