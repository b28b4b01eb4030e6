import { Badge, Calendar, Card, Flex, Spin, Tag, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { tasksApi } from '../../api/endpoints.ts';
import type { CalendarData, CalendarItem } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { STATE_HEX, worstState } from '../../shared/states.tsx';

const ISO = 'YYYY-MM-DD';
const MAX_ITEMS = 3;
const PEAK_BACKGROUND = '#fff7e6';
const KEY_DAY_BACKGROUND = '#fff1f0';

const shortTitle = (title: string) => (title.length > 40 ? `${title.slice(0, 38)}…` : title);

/** Due dates of the month, key days and campaign peaks; an item opens its assignment. */
export default function CalendarPage() {
  const t = useT();
  const navigate = useNavigate();
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const [data, setData] = useState<CalendarData | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The whole visible grid: a few days of the months before and after show too.
  const from = month.startOf('month').subtract(7, 'day').format(ISO);
  const to = month.endOf('month').add(14, 'day').format(ISO);

  useEffect(() => {
    let live = true;
    setLoading(true);
    tasksApi
      .calendar(from, to)
      .then((result) => {
        if (!live) return;
        setData(result);
        setError(null);
      })
      .catch((caught) => live && setError(errorText(caught, t)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [from, to, t]);

  const byDay = useMemo(() => {
    const map = new Map<string, CalendarItem[]>();
    for (const item of data?.items ?? []) map.set(item.dueOn, [...(map.get(item.dueOn) ?? []), item]);
    return map;
  }, [data]);
  const keyDays = useMemo(() => new Map((data?.keyDays ?? []).map((k) => [k.date, k.name])), [data]);
  const peakOf = (date: string) => (data?.peaks ?? []).filter((p) => p.from <= date && date <= p.to);

  const cell = (day: Dayjs) => {
    const date = day.format(ISO);
    const items = byDay.get(date) ?? [];
    const keyDay = keyDays.get(date);
    const peaks = peakOf(date);
    const inMonth = day.month() === month.month();
    const isToday = date === data?.today;
    return (
      <div
        className="ant-picker-cell-inner ant-picker-calendar-date"
        data-testid={items.length ? 'calendar-day' : undefined}
        style={{
          background: keyDay ? KEY_DAY_BACKGROUND : peaks.length ? PEAK_BACKGROUND : undefined,
          borderTop: `2px solid ${isToday ? '#b4232a' : '#f0f0f0'}`,
          opacity: inMonth ? 1 : 0.55,
        }}
      >
        <Flex justify="space-between" align="center" className="ant-picker-calendar-date-value">
          {keyDay ? (
            <Tooltip title={keyDay}>
              <Tag
                color="volcano"
                style={{ marginInlineEnd: 0, fontSize: 11, maxWidth: 120 }}
                className="key-day"
              >
                <Typography.Text ellipsis style={{ color: 'inherit', fontSize: 11, maxWidth: 110 }}>
                  {keyDay}
                </Typography.Text>
              </Tag>
            </Tooltip>
          ) : peaks.length ? (
            <Tooltip title={peaks.map((p) => p.title).join('; ')}>
              <Typography.Text type="warning" style={{ fontSize: 11 }}>
                {t('calendar.peak')}
              </Typography.Text>
            </Tooltip>
          ) : (
            <span />
          )}
          <span style={{ fontWeight: isToday ? 700 : undefined }}>{day.date()}</span>
        </Flex>
        <div className="ant-picker-calendar-date-content" style={{ height: 86 }}>
          {items.slice(0, MAX_ITEMS).map((item) => {
            const worst = worstState(item.counts);
            return (
              <Tooltip
                key={`${item.task.id}`}
                title={`${item.plan.number ?? ''} · ${item.task.ref} ${item.task.title} — ${item.label}`}
              >
                <Flex
                  gap={4}
                  align="center"
                  data-testid="calendar-item"
                  role="link"
                  tabIndex={0}
                  onClick={(event) => {
                    event.stopPropagation();
                    void navigate(`/assignments/${item.assignmentId}`);
                  }}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') void navigate(`/assignments/${item.assignmentId}`);
                  }}
                  style={{
                    borderInlineStart: `3px solid ${STATE_HEX[worst]}`,
                    paddingInlineStart: 4,
                    marginBottom: 2,
                    fontSize: 12,
                    cursor: 'pointer',
                    lineHeight: '18px',
                  }}
                >
                  <Typography.Text ellipsis style={{ fontSize: 12, flex: 1 }}>
                    <strong>{item.task.ref}</strong> {shortTitle(item.task.title)}
                  </Typography.Text>
                  <Badge
                    count={item.bodies}
                    overflowCount={999}
                    size="small"
                    color={STATE_HEX[worst]}
                    title={t('calendar.bodies', { n: item.bodies })}
                  />
                </Flex>
              </Tooltip>
            );
          })}
          {items.length > MAX_ITEMS && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('calendar.more', { n: items.length - MAX_ITEMS })}
            </Typography.Text>
          )}
        </div>
      </div>
    );
  };

  return (
    <>
      <PageTitle title={t('calendar.title')} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 8 }}>
          <Tag color="volcano">{t('calendar.keyDay')}</Tag>
          <Tag style={{ background: PEAK_BACKGROUND }}>{t('calendar.peakLegend')}</Tag>
          {(['overdue', 'done_late', 'in_progress', 'done_on_time'] as const).map((state) => (
            <Flex key={state} gap={4} align="center">
              <span
                style={{ width: 10, height: 10, background: STATE_HEX[state], display: 'inline-block' }}
              />
              <Typography.Text style={{ fontSize: 12 }}>{t(`state.${state}`)}</Typography.Text>
            </Flex>
          ))}
        </Flex>
        <ErrorAlert error={error} />
        <Spin spinning={loading}>
          <Calendar
            value={month}
            onPanelChange={(value) => setMonth(value)}
            onSelect={(value) => setMonth(value)}
            fullCellRender={(current, info) => (info.type === 'date' ? cell(current) : info.originNode)}
          />
        </Spin>
      </Card>
    </>
  );
}
