import {
  BarChartOutlined,
  BellOutlined,
  DownloadOutlined,
  FileTextOutlined,
  FileWordOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { percent, submissionStatus } from '@lantoa/domain/rules';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Popconfirm,
  Row,
  Statistic,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { saveFile } from '../../api/client.ts';
import { reportsApi } from '../../api/endpoints.ts';
import type { Completeness, ReportForm, SubmissionStatus, TemplateImportResult } from '../../api/types.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { bodyColumn } from '../../shared/columns.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../shared/filters.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format.ts';
import { KindTag } from '../../shared/labels.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { fold } from '../../shared/searchRank.ts';
import { PlanPeriodPicker, usePlanPeriod } from './PlanPeriodPicker.tsx';
import { ReportStatusTag, TIMELINESS_HEX, TimelinessTag, timelinessOptions } from './tags.tsx';

type BodyRow = Completeness['bodies'][number];

function Summary({ summary }: { summary: Completeness['summary'] }) {
  const t = useT();
  // The share of expected bodies that reported, rounded as every share is (null: nobody expected).
  const submittedShare = percent(summary.submitted, summary.expected);
  const cells: { key: string; title: string; value: number; color?: string; suffix?: string }[] = [
    { key: 'expected', title: t('completeness.expected'), value: summary.expected },
    { key: 'submitted', title: t('completeness.submitted'), value: summary.submitted },
    { key: 'on_time', title: t('timeliness.on_time'), value: summary.onTime, color: TIMELINESS_HEX.on_time },
    { key: 'late', title: t('timeliness.late'), value: summary.late, color: TIMELINESS_HEX.late },
    { key: 'missing', title: t('timeliness.missing'), value: summary.missing, color: TIMELINESS_HEX.missing },
    { key: 'not_due', title: t('timeliness.not_due'), value: summary.notDue, color: TIMELINESS_HEX.not_due },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {cells.map((cell) => (
        <Col xs={12} md={8} xl={4} key={cell.key}>
          <Card
            size="small"
            style={cell.color ? { borderTop: `3px solid ${cell.color}` } : undefined}
            data-testid={`summary-${cell.key}`}
          >
            <Statistic
              title={cell.title}
              value={cell.value}
              formatter={(value) => formatNumber(Number(value))}
              styles={cell.color ? { content: { color: cell.color } } : undefined}
              suffix={
                cell.key === 'submitted' && submittedShare !== null ? (
                  <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                    ({formatNumber(submittedShare)}%)
                  </Typography.Text>
                ) : undefined
              }
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/**
 * What an upload of the template did: rows saved and left as they were, rows refused with the cell,
 * the column and the body in words, and bodies whose report could no longer change (once each).
 */
function ExcelImportResult({ result }: { result: TemplateImportResult }) {
  const t = useT();
  return (
    <Flex vertical gap={8} style={{ marginTop: 12 }} data-testid="import-result">
      <Alert
        type={result.errors.length || result.skippedBodies.length ? 'warning' : 'success'}
        showIcon
        title={
          t('excel.saved', { n: formatNumber(result.saved) }) +
          (result.unchanged ? t('excel.unchanged', { n: formatNumber(result.unchanged) }) : '')
        }
        description={
          result.errors.length ? t('excel.errors', { n: formatNumber(result.errors.length) }) : undefined
        }
      />
      {result.skippedBodies.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('excel.skipped', { n: formatNumber(result.skippedBodies.length) })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="import-skipped">
              {/* Bodies whose rows were changed first: those are what the upload did not take. */}
              {[...result.skippedBodies]
                .sort((a, b) => b.changedRows.length - a.changedRows.length)
                .map((b) => (
                  <li key={b.bodyId}>
                    <Typography.Text strong>{b.bodyName}</Typography.Text>: {b.message}
                  </li>
                ))}
            </ul>
          }
        />
      )}
      {result.errors.length > 0 && (
        <Table
          size="small"
          rowKey={(row) => `${row.row}:${row.cell}`}
          dataSource={result.errors}
          pagination={clientPagination(10)}
          columns={[
            { title: t('excel.row'), dataIndex: 'row', width: 70 },
            { title: t('excel.cell'), dataIndex: 'cell', width: 70 },
            { title: t('excel.field'), dataIndex: 'column', width: 160 },
            {
              title: t('excel.body'),
              dataIndex: 'bodyName',
              width: 200,
              render: (name: string | null) => name ?? '—',
            },
            { title: t('excel.message'), dataIndex: 'message' },
          ]}
        />
      )}
    </Flex>
  );
}

/** Coordinator's view of a period: who has reported and who has not, reminders, Excel in and out. */
function CompletenessPanel({ periodId, planId }: { periodId: string; planId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [data, setData] = useState<Completeness | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<SubmissionStatus | undefined>();
  const [busy, setBusy] = useState<string | null>(null);
  const [imported, setImported] = useState<TemplateImportResult | null>(null);

  const load = useCallback(async () => {
    try {
      setData(await reportsApi.completeness(periodId));
      setError(null);
    } catch (caught) {
      setError(errorText(caught, t));
    }
  }, [periodId, t]);

  useEffect(() => {
    setData(null);
    setImported(null);
    void load();
  }, [load]);

  const rows = useMemo(() => {
    const q = fold(query);
    return (data?.bodies ?? []).filter(
      (row) => (!status || row.timeliness === status) && (!q || fold(row.body.name).includes(q)),
    );
  }, [data, query, status]);

  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    try {
      await work();
    } catch (caught) {
      void message.error(errorText(caught, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <ErrorAlert error={error} />
      <Card
        size="small"
        style={{ marginBottom: 16 }}
        title={t('completeness.tools')}
        styles={{ body: { paddingBlock: 12 } }}
      >
        <Flex gap={8} wrap>
          <Link to={`/reports/${periodId}/consolidated`}>
            <Button type="primary" icon={<FileWordOutlined />}>
              {t('consolidated.open')}
            </Button>
          </Link>
          <Popconfirm
            title={t('completeness.remindConfirm')}
            onConfirm={() =>
              run('remind', async () => {
                const { notified } = await reportsApi.remind(periodId);
                void message.success(t('completeness.reminded', { n: formatNumber(notified) }));
              })
            }
          >
            <Button icon={<BellOutlined />} loading={busy === 'remind'}>
              {t('completeness.remind')}
            </Button>
          </Popconfirm>
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'values'}
            onClick={() =>
              run('values', async () => saveFile(await reportsApi.valuesXlsx(periodId), 'so-lieu.xlsx'))
            }
          >
            {t('consolidated.xlsx')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'template'}
            onClick={() =>
              run('template', async () => saveFile(await reportsApi.templateXlsx(periodId), 'mau-nhap.xlsx'))
            }
          >
            {t('excel.template')}
          </Button>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              void run('import', async () => {
                const result = await reportsApi.importTemplate(periodId, file);
                setImported(result);
                await load();
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy === 'import'}>
              {t('excel.import')}
            </Button>
          </Upload>
          <Link to={`/dashboard?planId=${planId}&periodId=${periodId}`}>
            <Button icon={<BarChartOutlined />}>{t('nav.dashboard')}</Button>
          </Link>
        </Flex>
        {imported && <ExcelImportResult result={imported} />}
      </Card>
      {data && <Summary summary={data.summary} />}
      <Card size="small" title={t('completeness.title')}>
        <FilterBar>
          <SearchFilter label={t('completeness.filter')} value={query} onChange={setQuery} width={320} />
          <SelectFilter
            label={t('completeness.filterStatus')}
            value={status}
            onChange={setStatus}
            options={timelinessOptions(t)}
            width={220}
          />
        </FilterBar>
        <Table<BodyRow>
          size="small"
          rowKey={(row) => row.body.id}
          loading={!data && !error}
          dataSource={rows}
          data-testid="completeness-table"
          pagination={clientPagination(20)}
          columns={[
            bodyColumn(t, (row) => (
              <Link to={`/reports/${periodId}/${row.body.id}`} data-testid="report-link">
                {row.body.name}
              </Link>
            )),
            {
              title: t('bodies.kind'),
              key: 'kind',
              width: 170,
              render: (_v, row) => <KindTag kind={row.body.kind} />,
            },
            {
              title: t('report.status'),
              key: 'status',
              width: 140,
              render: (_v, row) => <ReportStatusTag status={row.reportStatus} />,
            },
            {
              title: t('report.submittedAt'),
              key: 'submittedAt',
              width: 160,
              sorter: (a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
              render: (_v, row) => (row.submittedAt ? formatDateTime(row.submittedAt) : t('common.none')),
            },
            {
              title: t('report.timeliness'),
              key: 'timeliness',
              width: 170,
              render: (_v, row) => <TimelinessTag value={row.timeliness} />,
            },
          ]}
        />
      </Card>
    </>
  );
}

/** The signed-in person's body's report for the period, with its state; nothing if not expected. */
function MyReport({ periodId, label }: { periodId: string; label: string }) {
  const t = useT();
  const me = useMe();
  const [form, setForm] = useState<ReportForm | null | 'none'>(null);

  useEffect(() => {
    let live = true;
    setForm(null);
    reportsApi
      .form(periodId, me.user.body.id)
      .then((loaded) => live && setForm(loaded))
      .catch(() => live && setForm('none'));
    return () => {
      live = false;
    };
  }, [periodId, me.user.body.id]);

  if (form === 'none') return null;
  const report = form?.report;
  // Where the report stands against its deadline: a returned report counts as not sent again yet.
  const timeliness =
    form &&
    submissionStatus(
      {
        dueOn: form.period.dueOn,
        submittedAt: report?.status === 'returned' ? null : (report?.submittedAt ?? null),
      },
      new Date().toISOString(),
    );
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="my-report" loading={!form}>
      <Flex gap={12} align="center" justify="space-between" wrap>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{me.user.body.name}</Typography.Text>
          <Typography.Text type="secondary">· {label}</Typography.Text>
          {report && <ReportStatusTag status={report.version === 0 ? null : report.status} />}
          {form && timeliness && (
            <>
              <TimelinessTag value={timeliness} />
              <Typography.Text type={timeliness === 'missing' ? 'danger' : 'secondary'}>
                {t('report.dueOn')} {formatDate(form.period.dueOn)}
              </Typography.Text>
            </>
          )}
          {report?.status === 'returned' && report.reviewComment && (
            <Typography.Text type="warning" ellipsis style={{ maxWidth: 520 }}>
              {report.reviewComment}
            </Typography.Text>
          )}
        </Flex>
        <Link to={`/reports/${periodId}/${me.user.body.id}`}>
          <Button type={form?.abilities.edit ? 'primary' : 'default'} icon={<FileTextOutlined />}>
            {t('reports.myReport')}
          </Button>
        </Link>
      </Flex>
    </Card>
  );
}

/** Reports of a plan's period: the focal point's own form, and for coordinators who has reported. */
export default function ReportsHubPage() {
  const t = useT();
  const me = useMe();
  const picked = usePlanPeriod();
  const { plan, period } = picked;
  const [canEdit, setCanEdit] = useState<boolean | null>(null);

  useEffect(() => {
    if (!plan) return;
    let live = true;
    setCanEdit(null);
    reportsApi
      .indicators(plan.id)
      .then((list) => live && setCanEdit(list.canEdit))
      .catch(() => live && setCanEdit(false));
    return () => {
      live = false;
    };
  }, [plan]);

  return (
    <>
      <PageTitle title={t('reports.title')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center">
          <PlanPeriodPicker value={picked} />
          {period && (
            <Typography.Text type="secondary" data-testid="period-window">
              {t('reports.window', { from: formatDate(period.dataFrom), to: formatDate(period.dataTo) })}
            </Typography.Text>
          )}
        </Flex>
      </Card>
      <ErrorAlert error={picked.error} />
      {picked.plans?.length === 0 && <Alert type="info" showIcon title={t('plans.empty')} />}
      {period && me.abilities.updateTasks && <MyReport periodId={period.id} label={period.label} />}
      {plan && period && canEdit && <CompletenessPanel periodId={period.id} planId={plan.id} />}
    </>
  );
}
