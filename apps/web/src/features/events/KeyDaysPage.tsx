import { CalendarOutlined, SendOutlined } from '@ant-design/icons';
import type { BodyKind } from '@lantoa/domain/constants';
import { formatIsoDate, vietnamToday } from '@lantoa/domain/rules';
import { App, Button, Card, Checkbox, Col, Empty, Flex, Form, Row, Select, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { useNameOf } from '../../shared/bilingualNames.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { FullPageSpin } from '../../shared/FullPageSpin.tsx';
import { BodyFilter, FilterBar } from '../../shared/filters.tsx';
import { formatNumber } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { useReadableBodies } from '../training/labels.tsx';
import { eventsApi, type KeyDayCalendar, type KeyDayRow } from './api.ts';
import { CompletenessSummary } from './CompletenessCard.tsx';
import { keyDayNames, StatusTag } from './labels.tsx';

/** The kinds a province usually asks first, ticked when the day asks none yet. */
const USUAL_KINDS: readonly BodyKind[] = ['commune'];
/** The order the kinds are offered in: the bodies that usually hold their own event first. */
const KIND_ORDER: readonly BodyKind[] = [
  'commune',
  'department',
  'press_agency',
  'association',
  'school',
  'business',
  'pc_office',
  'village',
  'other',
];

/**
 * "Lịch ngày trọng điểm": a body's key days of a year, its event for each with where the bodies it
 * asked stand; its organisers ask the bodies of some kinds below to hold their own (one shell each,
 * under the body's event, which is created on the day when there is none).
 */
export default function KeyDaysPage() {
  const t = useT();
  const me = useMe();
  const bodies = useReadableBodies();
  const thisYear = Number(vietnamToday().slice(0, 4));
  const [bodyId, setBodyId] = useState<string>(me.user.roles[0]?.scopeBodyId ?? me.user.body.id);
  const [year, setYear] = useState(thisYear);
  const [asking, setAsking] = useState<KeyDayRow | null>(null);
  const fetchCalendar = useCallback(() => eventsApi.keyDays(bodyId, year), [bodyId, year]);
  const calendar = useFetched(fetchCalendar);

  return (
    <>
      <PageTitle
        title={t('events.keyDays.title')}
        subtitle={t('events.keyDays.subtitle')}
        extra={
          <Link to="/events">
            <Button icon={<CalendarOutlined />}>{t('events.keyDays.toList')}</Button>
          </Link>
        }
      />
      <FilterBar>
        <BodyFilter
          label={t('events.keyDays.body')}
          value={bodyId}
          initial={bodies}
          onChange={(value) => value && setBodyId(value)}
          width={280}
        />
        <Select<number>
          aria-label={t('events.filter.year')}
          value={year}
          onChange={setYear}
          options={Array.from({ length: 6 }, (_v, i) => thisYear + 1 - i).map((y) => ({
            value: y,
            label: String(y),
          }))}
          style={{ width: 110 }}
        />
      </FilterBar>
      <ErrorAlert error={calendar.error} />
      {!calendar.data && calendar.loading ? (
        <FullPageSpin />
      ) : (
        calendar.data && (
          <Row gutter={[16, 16]} data-testid="key-days">
            {calendar.data.days.map((day) => (
              <Col key={day.keyDay} xs={24} lg={8}>
                <KeyDayCard
                  calendar={calendar.data as KeyDayCalendar}
                  day={day}
                  onAsk={() => setAsking(day)}
                />
              </Col>
            ))}
          </Row>
        )
      )}
      {asking && calendar.data && (
        <ScheduleModal
          calendar={calendar.data}
          day={asking}
          onClose={() => setAsking(null)}
          onScheduled={() => void calendar.reload()}
        />
      )}
    </>
  );
}

function KeyDayCard({
  calendar,
  day,
  onAsk,
}: {
  calendar: KeyDayCalendar;
  day: KeyDayRow;
  onAsk: () => void;
}) {
  const t = useT();
  const keyDayName = useNameOf(keyDayNames);
  return (
    <Card
      title={
        <Flex vertical>
          <span>{keyDayName(day.keyDay)}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {formatIsoDate(day.date)}
          </Typography.Text>
        </Flex>
      }
      data-testid={`key-day-${day.keyDay}`}
      actions={
        calendar.canSchedule
          ? [
              <Button key="ask" type="link" icon={<SendOutlined />} onClick={onAsk} data-testid="key-day-ask">
                {t(day.event ? 'events.keyDays.ask' : 'events.keyDays.create')}
              </Button>,
            ]
          : undefined
      }
    >
      {day.event ? (
        <Flex vertical gap={8}>
          <Link to={`/events/${day.event.id}`} data-testid="key-day-event">
            {day.event.title}
          </Link>
          <Flex gap={8} wrap align="center">
            <StatusTag status={day.event.status} />
            <Typography.Text type="secondary">{day.event.organiser.name}</Typography.Text>
          </Flex>
          {day.summary ? (
            <>
              <Typography.Text type="secondary">
                {t('events.keyDays.asked', {
                  kinds: day.requiresKinds.map((kind) => t(`kind.${kind}`)).join(', '),
                })}
              </Typography.Text>
              <CompletenessSummary summary={day.summary} />
            </>
          ) : (
            <Typography.Text type="secondary">{t('events.keyDays.askedNone')}</Typography.Text>
          )}
        </Flex>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.keyDays.noEvent')} />
      )}
    </Card>
  );
}

/** The kinds of bodies below asked to hold their own event for the day; one shell each is created. */
function ScheduleModal({
  calendar,
  day,
  onClose,
  onScheduled,
}: {
  calendar: KeyDayCalendar;
  day: KeyDayRow;
  onClose: () => void;
  onScheduled: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const keyDayName = useNameOf(keyDayNames);
  const [form] = Form.useForm<{ kinds: BodyKind[] }>();
  const { saving, error, submit } = useSubmit(form);
  const offered = calendar.kinds
    .filter((k) => KIND_ORDER.includes(k.kind))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const initial = day.requiresKinds.length
    ? day.requiresKinds
    : USUAL_KINDS.filter((kind) => offered.some((k) => k.kind === kind));
  const save = () =>
    submit(async ({ kinds }) => {
      const done = await eventsApi.schedule(calendar.body.id, {
        year: calendar.year,
        keyDay: day.keyDay,
        kinds,
      });
      void message.success(t('events.keyDays.scheduled', { created: done.created, linked: done.linked }));
      onScheduled();
      onClose();
    });
  return (
    <FormModal
      open
      title={t('events.keyDays.askTitle', { day: keyDayName(day.keyDay), year: calendar.year })}
      okText={t('events.keyDays.askOk')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="schedule-error"
    >
      <Typography.Paragraph type="secondary">
        {t(day.event ? 'events.keyDays.askHint' : 'events.keyDays.createHint', { body: calendar.body.name })}
      </Typography.Paragraph>
      <VerticalForm<{ kinds: BodyKind[] }>
        form={form}
        name="key-day-schedule"
        initialValues={{ kinds: initial }}
      >
        <Form.Item
          name="kinds"
          label={t('events.keyDays.kinds')}
          rules={[{ required: true, type: 'array', min: 1, message: t('events.keyDays.pickKind') }]}
        >
          <Checkbox.Group data-testid="key-day-kinds">
            <Flex vertical gap={4}>
              {offered.map(({ kind, count }) => (
                <Checkbox key={kind} value={kind}>
                  {t(`kind.${kind}`)} ({formatNumber(count)})
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
      </VerticalForm>
    </FormModal>
  );
}
