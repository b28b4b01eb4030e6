import {
  CheckOutlined,
  HomeOutlined,
  RollbackOutlined,
  SaveOutlined,
  SendOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import {
  type IndicatorMeasure,
  measuredValue,
  VALUE_PROBLEM_FIELD,
  VALUE_PROBLEM_MESSAGES,
  valueProblem,
} from '@lantoa/domain/rules';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { reportsApi } from '../../api/endpoints.ts';
import type { ReportForm, ReportSaveInput } from '../../api/types.ts';
import { type Lang, type Translate, useI18n, useT } from '../../i18n/i18n.tsx';
import { occurrenceColumns, roleColumn } from '../../shared/columns.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText, isStatus } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format.ts';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { clientPagination } from '../../shared/pagination.ts';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { StateCountTags } from '../../shared/states.tsx';
import { useResource } from '../../shared/useResource.ts';
import { figuresBehind, formatIndicatorValue, formatTarget } from './measure.ts';
import { ReportStatusTag } from './tags.tsx';

/** What a missing (or hidden) report shows, and the way back. */
const NOT_FOUND: NotFound = { title: 'report.notFound', to: '/reports', back: 'reports.backToList' };

type IndicatorRow = ReportForm['indicators'][number];
type TaskRow = ReportForm['tasks']['items'][number];

/** A row's figures as typed: a ratio's numerator and denominator, a count's figure in `numerator`. */
interface Amount {
  numerator: number | null;
  denominator: number | null;
}

interface Narrative {
  results: string;
  difficulties: string;
  proposals: string;
}

/** The value the server will compute (the domain's rounding), while the row is being typed. */
const typedValue = ({ numerator, denominator }: Amount, measure: IndicatorMeasure): number | null =>
  numerator === null || (measure === 'ratio' && denominator === null)
    ? null
    : measuredValue(measure, { numerator, denominator });

/**
 * What is wrong with a row before it goes to the server, or null: the domain's check, said in the
 * words the server would use to refuse it. A count has only its figure; left empty, it is not reported.
 */
function amountError(
  a: Amount,
  measure: IndicatorMeasure,
  t: Translate,
  lang: Lang,
): { field: 'numerator' | 'denominator'; text: string } | null {
  if (a.numerator === null && (measure === 'count' || a.denominator === null)) return null;
  if (measure === 'ratio') {
    if (a.denominator === null)
      return { field: 'denominator', text: VALUE_PROBLEM_MESSAGES.denominator[lang] };
    if (a.numerator === null) return { field: 'numerator', text: t('report.numeratorRequired') };
  }
  const problem = valueProblem({ numerator: a.numerator ?? 0, denominator: a.denominator }, measure);
  return problem
    ? { field: VALUE_PROBLEM_FIELD[problem], text: VALUE_PROBLEM_MESSAGES[problem][lang] }
    : null;
}

function CommentModal({
  open,
  title,
  label,
  okText,
  onCancel,
  onOk,
}: {
  open: boolean;
  title: string;
  label: string;
  okText: string;
  onCancel: () => void;
  onOk: (comment: string) => Promise<void>;
}) {
  const t = useT();
  const [form] = Form.useForm<{ comment: string }>();
  const [saving, setSaving] = useState(false);
  return (
    <FormModal
      open={open}
      title={title}
      okText={okText}
      saving={saving}
      onCancel={onCancel}
      onOk={async () => {
        let comment: string;
        try {
          comment = (await form.validateFields()).comment;
        } catch {
          return; // the form shows what is missing
        }
        setSaving(true);
        try {
          await onOk(comment.trim());
        } finally {
          setSaving(false);
        }
      }}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="comment"
          label={label}
          rules={[{ required: true, whitespace: true, message: t('report.commentRequired') }]}
        >
          <Input.TextArea rows={4} autoFocus maxLength={5000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** One body's periodic report: task progress, indicator values, narrative, and its workflow. */
export default function ReportFormPage() {
  const t = useT();
  const { lang } = useI18n();
  const { message } = App.useApp();
  const { periodId = '', bodyId = '' } = useParams();
  const [amounts, setAmounts] = useState<Record<string, Amount>>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [narrative] = Form.useForm<Narrative>();
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<'return' | 'unlock' | null>(null);

  const fetchForm = useCallback(
    async (accept: (form: ReportForm) => void) => {
      const form = await reportsApi.form(periodId, bodyId);
      accept(form);
      setAmounts(
        Object.fromEntries(
          form.indicators.map((i) => [
            i.id,
            {
              numerator: i.value?.numerator ?? null,
              denominator: i.measure === 'count' ? null : (i.value?.denominator ?? null),
            },
          ]),
        ),
      );
      setServerErrors({});
      setDirty(false);
    },
    [periodId, bodyId],
  );
  const { resource, reload } = useResource(fetchForm, { spinner: 'once' });

  const loaded = resource.state === 'ok' ? resource.data : null;
  const editable = Boolean(loaded?.abilities.edit);
  const reported = useMemo(() => loaded?.indicators.filter((i) => i.source === 'reported') ?? [], [loaded]);

  const clientErrors = useMemo(() => {
    const errors: Record<string, string> = {};
    for (const i of reported) {
      const found = amountError(amounts[i.id] ?? { numerator: null, denominator: null }, i.measure, t, lang);
      if (found) errors[`${i.id}.${found.field}`] = found.text;
    }
    return errors;
  }, [reported, amounts, t, lang]);

  if (resource.state !== 'ok') return <ResourcePending resource={resource} notFound={NOT_FOUND} />;

  const form = resource.data;
  const { report, abilities } = form;

  /** Saves what is on screen; returns the new version, or null when it could not. */
  const save = async (): Promise<number | null> => {
    if (Object.keys(clientErrors).length) {
      setError(t('report.fixValues'));
      return null;
    }
    const values: NonNullable<ReportSaveInput['values']> = [];
    for (const i of reported) {
      const a = amounts[i.id];
      if (a?.numerator == null) continue;
      if (i.measure === 'count') values.push({ indicatorId: i.id, numerator: a.numerator });
      else if (a.denominator !== null)
        values.push({ indicatorId: i.id, numerator: a.numerator, denominator: a.denominator });
    }
    const text = narrative.getFieldsValue();
    try {
      const saved = await reportsApi.save(periodId, bodyId, {
        results: text.results ?? '',
        difficulties: text.difficulties ?? '',
        proposals: text.proposals ?? '',
        values,
        version: report.version,
      });
      setError(null);
      setServerErrors({});
      return saved.version;
    } catch (caught) {
      if (isStatus(caught, 409)) {
        void message.error(errorText(caught, t));
        await reload();
        return null;
      }
      const field = caught instanceof ApiError ? caught.field : undefined;
      const match = field ? /^values\.(\d+)\.(numerator|denominator|indicatorId)$/.exec(field) : null;
      const row = match ? values[Number(match[1])] : undefined;
      if (match && row) {
        setServerErrors({
          [`${row.indicatorId}.${match[2] === 'denominator' ? 'denominator' : 'numerator'}`]: errorText(
            caught,
            t,
          ),
        });
      } else if (field && ['results', 'difficulties', 'proposals'].includes(field)) {
        narrative.setFields([{ name: field as keyof Narrative, errors: [errorText(caught, t)] }]);
      }
      setError(errorText(caught, t));
      return null;
    }
  };

  const act = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    try {
      await work();
    } finally {
      setBusy(null);
    }
  };

  const transition = async (
    name: 'submit' | 'return' | 'accept' | 'unlock',
    version: number,
    comment?: string,
  ): Promise<boolean> => {
    try {
      await reportsApi.transition(periodId, bodyId, name, { version, ...(comment ? { comment } : {}) });
      void message.success(t(`report.done.${name}`));
      await reload();
      return true;
    } catch (caught) {
      void message.error(errorText(caught, t));
      if (isStatus(caught, 409)) await reload();
      return false;
    }
  };

  const onSaveDraft = () =>
    act('save', async () => {
      const version = await save();
      if (version !== null) {
        void message.success(t('report.savedDraft'));
        await reload();
      }
    });

  const onSubmit = () =>
    act('submit', async () => {
      const version = dirty || report.version === 0 ? await save() : report.version;
      if (version !== null) await transition('submit', version);
    });

  const fieldError = (id: string, field: 'numerator' | 'denominator') =>
    serverErrors[`${id}.${field}`] ?? clientErrors[`${id}.${field}`];

  const setAmount = (id: string, field: 'numerator' | 'denominator', value: number | null) => {
    setAmounts((previous) => ({
      ...previous,
      [id]: { ...(previous[id] ?? { numerator: null, denominator: null }), [field]: value },
    }));
    setServerErrors((previous) => {
      const { [`${id}.${field}`]: _gone, ...rest } = previous;
      return rest;
    });
    setDirty(true);
  };

  const amountInput = (row: IndicatorRow, field: 'numerator' | 'denominator') => {
    // A count is one figure, entered where a ratio's numerator goes; it has no denominator.
    const count = row.measure === 'count';
    if (count && field === 'denominator') return <span data-testid="denominator-none">—</span>;
    if (row.source === 'computed' || !editable) {
      const value = row.value?.[field];
      return (
        <span data-testid={`${field}-value`}>
          {value === undefined || value === null
            ? '—'
            : count
              ? formatIndicatorValue(value, row.unit)
              : formatNumber(value)}
        </span>
      );
    }
    const errorTextHere = fieldError(row.id, field);
    const label = field === 'numerator' ? row.numeratorLabel : row.denominatorLabel;
    return (
      <Flex vertical gap={2} data-testid={`${field}-input`}>
        <InputNumber<number>
          aria-label={`${t(count ? 'report.count' : `report.${field}`)}: ${row.name}`}
          min={0}
          max={1e12}
          value={amounts[row.id]?.[field] ?? null}
          onChange={(value) => setAmount(row.id, field, value)}
          status={errorTextHere ? 'error' : undefined}
          decimalSeparator=","
          suffix={count ? row.unit : undefined}
          style={{ width: '100%' }}
        />
        <Typography.Paragraph
          type="secondary"
          style={{ fontSize: 12, lineHeight: 1.3, margin: 0 }}
          ellipsis={{ rows: 2, tooltip: label }}
        >
          {label}
        </Typography.Paragraph>
        {errorTextHere && (
          <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="value-error">
            {errorTextHere}
          </Typography.Text>
        )}
      </Flex>
    );
  };

  const statusAlert = () => {
    if (report.status === 'returned' && report.reviewComment)
      return (
        <Notice
          type="warning"
          data-testid="review-comment"
          title={t('report.returnedTitle')}
          description={
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 15 }}>
              {report.reviewComment}
            </Typography.Paragraph>
          }
        />
      );
    if (report.status === 'submitted')
      return (
        <Notice
          type="info"
          title={t('report.submittedTitle', { date: formatDateTime(report.submittedAt) })}
        />
      );
    if (report.status === 'accepted')
      return (
        <Notice
          type="success"
          title={t('report.acceptedTitle')}
          description={report.reviewComment ?? undefined}
        />
      );
    return null;
  };

  const actions = (
    <>
      {abilities.edit && (
        <Button
          icon={<SaveOutlined />}
          loading={busy === 'save'}
          disabled={Boolean(busy)}
          onClick={onSaveDraft}
        >
          {t('report.saveDraft')}
        </Button>
      )}
      {abilities.submit && (
        <Popconfirm
          title={t('report.submitConfirm')}
          description={t('report.submitHint')}
          okText={t('report.submit')}
          cancelText={t('common.cancel')}
          onConfirm={onSubmit}
        >
          <Button type="primary" icon={<SendOutlined />} loading={busy === 'submit'} disabled={Boolean(busy)}>
            {t('report.submit')}
          </Button>
        </Popconfirm>
      )}
      {abilities.review && (
        <>
          <Button
            danger
            icon={<RollbackOutlined />}
            disabled={Boolean(busy)}
            onClick={() => setAsking('return')}
          >
            {t('report.return')}
          </Button>
          <Popconfirm
            title={t('report.acceptConfirm')}
            okText={t('report.accept')}
            cancelText={t('common.cancel')}
            onConfirm={() => act('accept', async () => void (await transition('accept', report.version)))}
          >
            <Button
              type="primary"
              icon={<CheckOutlined />}
              loading={busy === 'accept'}
              disabled={Boolean(busy)}
            >
              {t('report.accept')}
            </Button>
          </Popconfirm>
        </>
      )}
      {abilities.unlock && (
        <Button icon={<UnlockOutlined />} disabled={Boolean(busy)} onClick={() => setAsking('unlock')}>
          {t('report.unlock')}
        </Button>
      )}
    </>
  );

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          {
            title: (
              <Link to={`/reports?planId=${form.plan.id}&periodId=${form.period.id}`}>
                <HomeOutlined /> {t('nav.reports')}
              </Link>
            ),
          },
          { title: form.plan.number || t('plans.noNumber') },
          { title: form.period.label },
        ]}
      />
      <PageTitle
        title={t('report.title', { period: form.period.label })}
        sub={
          <Flex gap={8} align="center" wrap style={{ marginTop: 4 }}>
            <Typography.Text strong data-testid="report-body">
              {form.body.name}
            </Typography.Text>
            <ReportStatusTag status={report.version === 0 ? null : report.status} />
          </Flex>
        }
        extra={actions}
      />
      {statusAlert()}
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label={t('assignment.plan')}>
            <Link to={`/plans/${form.plan.id}`}>{form.plan.number || form.plan.title}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('report.window')}>
            <span data-testid="data-window">
              {formatDate(form.period.dataFrom)} – {formatDate(form.period.dataTo)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('report.dueOn')}>{formatDate(form.period.dueOn)}</Descriptions.Item>
          <Descriptions.Item label={t('report.submittedAt')}>
            {report.submittedAt ? formatDateTime(report.submittedAt) : t('common.none')}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card
        size="small"
        style={{ marginBottom: 16 }}
        title={t('report.tasks')}
        extra={<StateCountTags counts={form.tasks.counts} showZero />}
      >
        <Table<TaskRow>
          size="small"
          // On a phone the table scrolls inside its card instead of widening the page.
          scroll={{ x: 'max-content' }}
          rowKey="occurrenceId"
          dataSource={form.tasks.items}
          pagination={clientPagination(10)}
          locale={{ emptyText: t('report.noTasks') }}
          columns={[
            {
              title: t('review.ref'),
              dataIndex: 'ref',
              width: 70,
            },
            {
              title: t('myTasks.task'),
              key: 'title',
              render: (_v, row) => <Link to={`/assignments/${row.assignmentId}`}>{row.title}</Link>,
            },
            roleColumn(t),
            ...occurrenceColumns<TaskRow>(t, { period: 140, state: 200 }),
          ]}
        />
      </Card>

      <Card size="small" style={{ marginBottom: 16 }} title={t('report.indicators')}>
        <Table<IndicatorRow>
          size="small"
          scroll={{ x: 800 }}
          rowKey="id"
          dataSource={form.indicators}
          pagination={false}
          tableLayout="fixed"
          data-testid="indicator-table"
          onRow={(row) => ({ 'data-indicator': row.id }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('indicators.name'),
              key: 'name',
              render: (_v, row) => (
                <Flex vertical gap={4}>
                  <Typography.Text>{row.name}</Typography.Text>
                  {row.source === 'computed' && (
                    <Tooltip title={t('indicators.computedHint')}>
                      <Tag color="purple" style={{ width: 'fit-content' }}>
                        {t('indicators.computed')}
                      </Tag>
                    </Tooltip>
                  )}
                  {row.value?.asOf && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="as-of">
                      {t('indicators.asOf', { time: formatDateTime(row.value.asOf) })}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: reported.some((i) => i.measure === 'count')
                ? t('report.numeratorOrCount')
                : t('report.numerator'),
              key: 'numerator',
              width: 210,
              render: (_v, row) => amountInput(row, 'numerator'),
            },
            {
              title: t('report.denominator'),
              key: 'denominator',
              width: 210,
              render: (_v, row) => amountInput(row, 'denominator'),
            },
            {
              title: reported.some((i) => i.measure === 'count') ? t('report.result') : t('report.share'),
              key: 'share',
              width: 100,
              align: 'right',
              render: (_v, row) => (
                <Typography.Text strong data-testid="share">
                  {formatIndicatorValue(
                    row.source === 'computed' || !editable
                      ? row.value?.value
                      : typedValue(amounts[row.id] ?? { numerator: null, denominator: null }, row.measure),
                    row.unit,
                  )}
                </Typography.Text>
              ),
            },
            {
              title: t('report.previous'),
              key: 'previous',
              width: 120,
              align: 'right',
              render: (_v, row) =>
                row.previous ? (
                  <Tooltip title={figuresBehind(row.previous).trim() || undefined}>
                    <span>{formatIndicatorValue(row.previous.value, row.unit)}</span>
                  </Tooltip>
                ) : (
                  t('common.none')
                ),
            },
            {
              title: t('report.target'),
              key: 'target',
              width: 150,
              render: (_v, row) => formatTarget(row.target, row.unit, t),
            },
          ]}
        />
      </Card>

      <Card size="small" title={t('report.narrative')}>
        {editable ? (
          <Form<Narrative>
            key={`${report.id ?? 'new'}:${report.version}`}
            initialValues={{
              results: report.results,
              difficulties: report.difficulties,
              proposals: report.proposals,
            }}
            form={narrative}
            layout="vertical"
            onValuesChange={() => setDirty(true)}
          >
            <Form.Item name="results" label={t('report.results')}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={20000} />
            </Form.Item>
            <Form.Item name="difficulties" label={t('report.difficulties')}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20000} />
            </Form.Item>
            <Form.Item name="proposals" label={t('report.proposals')} style={{ marginBottom: 0 }}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20000} />
            </Form.Item>
          </Form>
        ) : (
          <Descriptions size="small" column={1} layout="vertical" data-testid="narrative">
            {(['results', 'difficulties', 'proposals'] as const).map((key) => (
              <Descriptions.Item key={key} label={t(`report.${key}`)}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {report[key].trim() || t('common.none')}
                </Typography.Paragraph>
              </Descriptions.Item>
            ))}
          </Descriptions>
        )}
      </Card>
      {(abilities.edit || abilities.review || abilities.unlock) && (
        <Flex gap={8} justify="flex-end" wrap style={{ marginTop: 16 }}>
          {actions}
        </Flex>
      )}
      <CommentModal
        open={asking === 'return'}
        title={t('report.returnTitle', { body: form.body.name })}
        label={t('report.returnComment')}
        okText={t('report.return')}
        onCancel={() => setAsking(null)}
        onOk={async (comment) => {
          if (await transition('return', report.version, comment)) setAsking(null);
        }}
      />
      <CommentModal
        open={asking === 'unlock'}
        title={t('report.unlockTitle')}
        label={t('report.unlockReason')}
        okText={t('report.unlock')}
        onCancel={() => setAsking(null)}
        onOk={async (comment) => {
          if (await transition('unlock', report.version, comment)) setAsking(null);
        }}
      />
    </>
  );
}
