import { MergeCellsOutlined, SaveOutlined, ScissorOutlined, SendOutlined } from '@ant-design/icons';
import { foldVietnamese } from '@lantoa/domain/rules';
import {
  App,
  AutoComplete,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Progress,
  Result,
  Row,
  Select,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { plansApi } from '../../api/endpoints.ts';
import type { Comparator, ExtractTarget, ExtractTask, PlanExtract, PlanImport } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { errorText, isStatus } from '../../shared/errors.ts';
import { formatNumber, formatPartialDate, parsePartialDate } from '../../shared/format.ts';
import { COMPARATOR_OPTIONS } from '../../shared/labels.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { useResource } from '../../shared/useResource.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { DocumentTextPane } from './DocumentTextPane.tsx';
import { DutiesPanel } from './DutiesPanel.tsx';
import { NameMappingPanel } from './NameMappingPanel.tsx';
import { withPassage } from './passage-items.ts';
import {
  confidenceColumn,
  namesColumn,
  numberColumn,
  RowsEditor,
  type SetRow,
  textColumn,
} from './RowsEditor.tsx';
import { mergeTasks, splitTask, titleParts } from './task-edits.ts';

/** What a missing (or hidden) plan import shows, and the way back. */
const NOT_FOUND: NotFound = { title: 'review.notFound', to: '/plans', back: 'plans.backToList' };

/** While the server reads the document: a progress bar, polled every second. */
function Reading({ data }: { data: PlanImport }) {
  const t = useT();
  return (
    <Card style={{ maxWidth: 640, margin: '48px auto' }} data-testid="import-progress">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('review.reading', { file: data.fileName })}
      </Typography.Title>
      <Progress percent={data.progress} status="active" />
      <Typography.Text type="secondary">
        {data.status === 'queued' ? t('review.queued') : t('review.parsing')}
      </Typography.Text>
    </Card>
  );
}

/** Mirrors the server's check (extract-schema's planYearsRange): a message key, or null when fine. */
function yearsProblem(years: {
  first: number;
  last: number;
}): 'review.yearsOrder' | 'review.yearsSpan' | null {
  if (years.first > years.last) return 'review.yearsOrder';
  if (years.last - years.first > 30) return 'review.yearsSpan';
  return null;
}

function HeaderFields({
  document,
  readYears,
  onChange,
}: {
  document: PlanExtract['document'];
  /** The years the plan covers as the server reads them (the reviewer's once set). */
  readYears: { first: number; last: number } | null;
  onChange: (next: PlanExtract['document']) => void;
}) {
  const t = useT();
  const years = document.years ?? readYears;
  const problem = years ? yearsProblem(years) : null;
  const setYear = (which: 'first' | 'last', value: number | null) => {
    if (value === null || !years) return;
    onChange({ ...document, years: { ...years, [which]: value } });
  };
  const [dateText, setDateText] = useState(formatPartialDate(document.date));
  const [dateError, setDateError] = useState(false);
  useEffect(() => setDateText(formatPartialDate(document.date)), [document.date]);
  const set = (patch: Partial<PlanExtract['document']>) => onChange({ ...document, ...patch });
  /** One of the document's one-line fields; emptied, it is null (not read). */
  const textField = (field: 'number' | 'kind' | 'issuer', label: string, placeholder?: string) => (
    <Form.Item label={label} htmlFor={`doc-${field}`} style={{ marginBottom: 12 }}>
      <Input
        id={`doc-${field}`}
        value={document[field] ?? ''}
        placeholder={placeholder}
        onChange={(e) => onChange({ ...document, [field]: e.target.value || null })}
      />
    </Form.Item>
  );
  /** The first or last year the plan covers; a problem of the two marks both, said under the first. */
  const yearField = (which: 'first' | 'last', label: string, value: number) => (
    <Form.Item
      label={label}
      htmlFor={`doc-${which}-year`}
      style={{ marginBottom: 12 }}
      validateStatus={problem ? 'error' : undefined}
      help={problem && which === 'first' ? t(problem) : undefined}
    >
      <InputNumber
        id={`doc-${which}-year`}
        min={1900}
        max={2100}
        precision={0}
        controls={false}
        value={value}
        onChange={(next) => setYear(which, next)}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
  return (
    <VerticalForm name="plan-header">
      <Row gutter={12}>
        <Col xs={24} md={8}>
          {textField('number', t('review.number'), t('review.numberPlaceholder'))}
        </Col>
        <Col xs={12} md={4}>
          {textField('kind', t('review.kind'))}
        </Col>
        <Col xs={12} md={4}>
          <Form.Item
            label={t('review.date')}
            htmlFor="doc-date"
            style={{ marginBottom: 12 }}
            validateStatus={dateError ? 'error' : undefined}
            help={dateError ? t('review.dateInvalid') : undefined}
          >
            <Input
              id="doc-date"
              value={dateText}
              placeholder="dd/mm/yyyy"
              onChange={(e) => setDateText(e.target.value)}
              onBlur={() => {
                const parsed = parsePartialDate(dateText);
                setDateError(parsed === undefined);
                if (parsed !== undefined) set({ date: parsed });
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          {textField('issuer', t('review.issuer'))}
        </Col>
      </Row>
      {years && (
        <Row gutter={12}>
          <Col xs={12} md={4}>
            {yearField('first', t('review.firstYear'), years.first)}
          </Col>
          <Col xs={12} md={4}>
            {yearField('last', t('review.lastYear'), years.last)}
          </Col>
        </Row>
      )}
      <Form.Item label={t('review.planTitle')} htmlFor="doc-title" style={{ marginBottom: 12 }}>
        <Input.TextArea
          id="doc-title"
          autoSize={{ minRows: 2, maxRows: 5 }}
          value={document.title ?? ''}
          status={document.title ? undefined : 'error'}
          onChange={(e) => set({ title: e.target.value || null })}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item label={t('review.signer')} htmlFor="doc-signer" style={{ marginBottom: 0 }}>
            <Input
              id="doc-signer"
              value={document.signer?.name ?? ''}
              onChange={(e) =>
                set({
                  signer: e.target.value
                    ? { name: e.target.value, title: document.signer?.title ?? null }
                    : null,
                })
              }
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('review.signerTitle')} htmlFor="doc-signer-title" style={{ marginBottom: 0 }}>
            <Input
              id="doc-signer-title"
              value={document.signer?.title ?? ''}
              disabled={!document.signer}
              onChange={(e) =>
                document.signer && set({ signer: { ...document.signer, title: e.target.value || null } })
              }
            />
          </Form.Item>
        </Col>
      </Row>
    </VerticalForm>
  );
}

function TargetsEditor({
  targets,
  onChange,
}: {
  targets: ExtractTarget[];
  onChange: (next: ExtractTarget[]) => void;
}) {
  const t = useT();
  return (
    <RowsEditor
      rows={targets}
      onChange={onChange}
      scrollX={720}
      emptyText={t('review.noTargets')}
      addLabel={t('review.addTarget')}
      blank={(): ExtractTarget => ({ year: null, comparator: '=', value: 100, unit: '%', text: '' })}
      columns={(set) => [
        confidenceColumn(),
        numberColumn(set, t('review.year'), 'year', 90, { min: 1900, max: 2200, empty: null }),
        {
          title: t('review.comparator'),
          key: 'comparator',
          width: 70,
          render: (_v, row) => (
            <Select<Comparator>
              aria-label={t('review.comparator')}
              value={row.comparator}
              options={COMPARATOR_OPTIONS}
              onChange={(v) => set(row.index, { comparator: v })}
              style={{ width: '100%' }}
            />
          ),
        },
        numberColumn(set, t('review.value'), 'value', 90, { decimalSeparator: ',', empty: 0 }),
        textColumn(set, t('review.unit'), 'unit', { width: 80 }),
        textColumn(set, t('review.targetText'), 'text', { multiline: true }),
      ]}
    />
  );
}

/**
 * Which task of the plan above a task carries (linked work: its progress then counts there), when the
 * draft is based on a plan above; proposed by the server, the reviewer's to change or clear.
 */
function parentTaskColumn(
  set: SetRow<ExtractTask>,
  parentPlan: NonNullable<PlanImport['parentPlan']>,
  t: ReturnType<typeof useT>,
) {
  const options = parentPlan.tasks.map((task) => ({
    value: task.ref,
    label: `${task.ref}. ${task.title}`,
  }));
  return {
    title: t('review.parentTask', { plan: parentPlan.number || parentPlan.title }),
    key: 'parentRef',
    width: 220,
    render: (_v: unknown, row: ExtractTask & { index: number }) => (
      <Select
        aria-label={t('review.parentTaskOf', { ref: row.ref })}
        style={{ width: '100%' }}
        allowClear
        showSearch
        placeholder={t('review.parentTaskNone')}
        value={row.parentRef ?? undefined}
        options={options}
        optionFilterProp="label"
        filterOption={(typed, option) => foldVietnamese(option?.label ?? '').includes(foldVietnamese(typed))}
        popupMatchSelectWidth={480}
        onChange={(value?: string) => set(row.index, { parentRef: value ?? null })}
      />
    ),
  };
}

function TasksEditor({
  tasks,
  names,
  parentPlan,
  onChange,
}: {
  tasks: ExtractTask[];
  /** The names of bodies the draft already holds, offered as the lead of the tasks checked. */
  names: string[];
  /** The plan above the draft is based on, whose tasks the draft's tasks may carry. */
  parentPlan: PlanImport['parentPlan'];
  onChange: (next: ExtractTask[]) => void;
}) {
  const t = useT();
  const [checked, setChecked] = useState<number[]>([]);
  const [lead, setLead] = useState('');
  // Indexes move when a row is added or removed: the choice starts again (set while rendering, as
  // React advises for state that follows a prop).
  const [rowCount, setRowCount] = useState(tasks.length);
  if (rowCount !== tasks.length) {
    setRowCount(tasks.length);
    setChecked([]);
  }
  const setLeadOfChecked = () => {
    const name = lead.trim();
    onChange(tasks.map((task, i) => (checked.includes(i) ? { ...task, lead: [name] } : task)));
    setChecked([]);
  };
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('review.namesHint')}
      </Typography.Paragraph>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }} data-testid="bulk-lead">
        <Typography.Text>{t('review.bulkLead', { count: formatNumber(checked.length) })}</Typography.Text>
        <AutoComplete
          aria-label={t('review.lead')}
          style={{ minWidth: 280 }}
          placeholder={t('review.bulkLeadPlaceholder')}
          value={lead}
          onChange={setLead}
          options={names.map((name) => ({ value: name }))}
          filterOption={(typed, option) =>
            foldVietnamese(option?.value ?? '').includes(foldVietnamese(typed))
          }
        />
        <Button disabled={checked.length === 0 || !lead.trim()} onClick={setLeadOfChecked}>
          {t('review.bulkLeadApply')}
        </Button>
        <Button
          icon={<MergeCellsOutlined />}
          disabled={checked.length < 2}
          onClick={() => {
            onChange(mergeTasks(tasks, checked));
            setChecked([]);
          }}
        >
          {t('review.mergeTasks', { count: formatNumber(checked.length) })}
        </Button>
      </Flex>
      <RowsEditor
        rows={tasks}
        onChange={onChange}
        selection={{ indexes: checked, onChange: setChecked }}
        scrollX={parentPlan ? 1460 : 1240}
        emptyText={t('review.noTasks')}
        addLabel={t('review.addTask')}
        blank={() => ({ ref: String(tasks.length + 1), title: '', lead: [], partners: [], timeframe: null })}
        columns={(set) => [
          confidenceColumn(),
          textColumn(set, t('review.ref'), 'ref', { width: 80 }),
          textColumn(set, t('review.taskTitle'), 'title', { multiline: true, required: true }),
          {
            key: 'split',
            width: 44,
            render: (_v, row) => (
              <Tooltip title={t('review.splitTask')}>
                <Button
                  type="text"
                  icon={<ScissorOutlined />}
                  aria-label={t('review.splitTask')}
                  disabled={titleParts(row.title).length < 2}
                  onClick={() => onChange(splitTask(tasks, row.index))}
                />
              </Tooltip>
            ),
          },
          namesColumn(set, t('review.lead'), 'lead', 200),
          namesColumn(set, t('review.partners'), 'partners', 220),
          {
            title: t('review.timeframe'),
            key: 'timeframe',
            width: 180,
            render: (_v, row) => (
              <Input.TextArea
                aria-label={t('review.timeframe')}
                autoSize={{ minRows: 1, maxRows: 4 }}
                value={row.timeframe?.text ?? ''}
                onChange={(e) =>
                  set(row.index, {
                    // The text alone: the server reads it again (quarters, years) when the draft is saved.
                    timeframe: e.target.value ? { text: e.target.value } : null,
                  })
                }
              />
            ),
          },
          ...(parentPlan ? [parentTaskColumn(set, parentPlan, t)] : []),
        ]}
      />
    </>
  );
}

/**
 * The review of an imported plan: the document's text on the left, the draft on the right (header,
 * name mapping, tasks, targets, warnings); save, then publish.
 */
export default function PlanImportPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [extract, setExtract] = useState<PlanExtract | null>(null);
  const [mapping, setMapping] = useState<Record<string, string[]>>({});
  const [dirty, setDirty] = useState<{ extract: boolean; mapping: boolean }>({
    extract: false,
    mapping: false,
  });
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  /** Bodies picked in this review → outside the issuer's subtree? (the server says so once saved) */
  const [pickedOutside, setPickedOutside] = useState<ReadonlyMap<string, boolean>>(new Map());

  /** The page's copy of what the server holds, with nothing changed. */
  const adopt = useCallback((data: PlanImport) => {
    setExtract(data.extract);
    setMapping(data.mapping);
    setDirty({ extract: false, mapping: false });
  }, []);
  const fetchImport = useCallback(
    async (accept: (data: PlanImport) => void) => {
      const data = await plansApi.getImport(id);
      accept(data);
      adopt(data);
    },
    [id, adopt],
  );
  const { resource, accept, reload } = useResource(fetchImport);

  // While the server reads the document, each answer is followed by another question a second later.
  useEffect(() => {
    if (resource.state !== 'ok') return;
    if (resource.data.status !== 'queued' && resource.data.status !== 'parsing') return;
    const timer = setTimeout(() => void reload(), 1000);
    return () => clearTimeout(timer);
  }, [resource, reload]);

  const leads = useMemo(() => new Set(extract?.tasks.flatMap((task) => task.lead) ?? []), [extract]);
  const unmappedLeads = useMemo(
    () => [...leads].filter((name) => (mapping[name] ?? []).length === 0),
    [leads, mapping],
  );

  if (resource.state !== 'ok') return <ResourcePending resource={resource} notFound={NOT_FOUND} />;

  const data = resource.data;
  const savedUpper = new Set(data.upperBodyIds);
  const isUpper = (bodyId: string) => pickedOutside.get(bodyId) ?? savedUpper.has(bodyId);
  if (data.status === 'queued' || data.status === 'parsing') return <Reading data={data} />;
  if (data.status === 'failed')
    return (
      <Result
        status="error"
        title={t('review.failed')}
        subTitle={<span data-testid="import-error">{data.error}</span>}
        extra={
          <Link to="/plans">
            <Button type="primary">{t('plans.backToList')}</Button>
          </Link>
        }
      />
    );
  if (data.status === 'published' || !extract)
    return (
      <Result
        status="success"
        title={t('review.alreadyPublished')}
        extra={
          data.planId && (
            <Link to={`/plans/${data.planId}`}>
              <Button type="primary">{t('review.openPlan')}</Button>
            </Link>
          )
        }
      />
    );

  const editExtract = (next: PlanExtract) => {
    setExtract(next);
    setDirty((d) => ({ ...d, extract: true }));
  };

  /** Saves what changed; answers the new version, or null when nothing could be saved. */
  const save = async (): Promise<number | null> => {
    if (!dirty.extract && !dirty.mapping) return data.version;
    setActionError(null);
    try {
      const saved = await plansApi.saveImport(id, {
        ...(dirty.extract ? { extract } : {}),
        ...(dirty.mapping ? { mapping } : {}),
        version: data.version,
      });
      accept(saved);
      adopt(saved);
      return saved.version;
    } catch (caught) {
      if (isStatus(caught, 409)) {
        modal.warning({ title: t('review.stale'), content: errorText(caught, t) });
        await reload();
      } else setActionError(errorText(caught, t));
      return null;
    }
  };

  const onSave = async () => {
    setBusy('save');
    const version = await save();
    setBusy(null);
    if (version !== null) void message.success(t('common.saved'));
  };

  const onPublish = async () => {
    setBusy('publish');
    try {
      const version = await save();
      if (version === null) return;
      const summary = await plansApi.publishImport(id, version);
      void message.success(
        t('review.published', {
          tasks: formatNumber(summary.tasks),
          assignments: formatNumber(summary.assignments),
        }),
      );
      void navigate(`/plans/${summary.planId}`);
    } catch (caught) {
      if (isStatus(caught, 409)) {
        modal.warning({ title: t('review.stale'), content: errorText(caught, t) });
        await reload();
      } else setActionError(errorText(caught, t));
    } finally {
      setBusy(null);
    }
  };

  const isDirty = dirty.extract || dirty.mapping;
  // A task whose leads all lie above or beside the issuer has nobody to give it to: publishing refuses it.
  const ledFromAbove = extract.tasks.filter((task) => {
    const leadIds = task.lead.flatMap((name) => mapping[name] ?? []);
    return leadIds.length > 0 && leadIds.every(isUpper);
  });
  return (
    <>
      <PageTitle
        title={t('review.title')}
        sub={
          <Typography.Text type="secondary">
            {data.fileName} · {data.body.name}
            {data.amendsPlanId && (
              <>
                {' · '}
                <Link to={`/plans/${data.amendsPlanId}`}>{t('review.amends')}</Link>
              </>
            )}
          </Typography.Text>
        }
        extra={
          <>
            <Button
              icon={<SaveOutlined />}
              disabled={!isDirty}
              loading={busy === 'save'}
              onClick={() => void onSave()}
            >
              {t('common.save')}
            </Button>
            <Popconfirm
              title={t('review.publishConfirm')}
              description={t('review.publishHint', { tasks: formatNumber(extract.tasks.length) })}
              okText={t('review.publish')}
              cancelText={t('common.cancel')}
              onConfirm={() => onPublish()}
            >
              <Button type="primary" icon={<SendOutlined />} loading={busy === 'publish'}>
                {t('review.publish')}
              </Button>
            </Popconfirm>
          </>
        }
      />
      {actionError && (
        <Notice
          type="error"
          title={actionError}
          closable={{ onClose: () => setActionError(null) }}
          data-testid="review-error"
        />
      )}
      {unmappedLeads.length > 0 && (
        <Notice type="warning" title={t('review.unmappedLeads', { names: unmappedLeads.join('; ') })} />
      )}
      {ledFromAbove.length > 0 && (
        <Notice
          type="warning"
          data-testid="led-from-above"
          title={t('review.ledFromAbove', {
            refs: ledFromAbove.map((task) => task.ref).join(', '),
            issuer: data.body.name,
          })}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={8}>
          <DocumentTextPane
            text={data.text ?? ''}
            extract={extract}
            onMake={(kind, passage) => {
              editExtract(withPassage(extract, kind, passage));
              // One notice at a time: each passage made replaces the last one's.
              void message.success({ content: t(`review.passage.made.${kind}`), key: 'passage-made' });
            }}
          />
        </Col>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Card title={t('review.header')} size="small">
              <HeaderFields
                document={extract.document}
                readYears={data.years}
                onChange={(document) => editExtract({ ...extract, document })}
              />
            </Card>
            <Card
              title={`${t('review.mapping')} (${formatNumber(data.names.length)})`}
              size="small"
              extra={dirty.mapping && <Tag color="orange">{t('review.unsaved')}</Tag>}
            >
              {data.names.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
              ) : (
                <NameMappingPanel
                  names={data.names}
                  mapping={mapping}
                  leads={leads}
                  isUpper={isUpper}
                  issuer={data.body}
                  pickWithin={data.pickWithin}
                  onChange={(name, ids, hit) => {
                    if (hit) {
                      const within = hit.id === data.body.id || hit.path.some((b) => b.id === data.body.id);
                      setPickedOutside((known) => new Map(known).set(hit.id, !within));
                    }
                    setMapping((m) => ({ ...m, [name]: ids }));
                    setDirty((d) => ({ ...d, mapping: true }));
                  }}
                />
              )}
            </Card>
            <Card
              title={`${t('review.tasks')} (${formatNumber(extract.tasks.length)})`}
              size="small"
              data-testid="tasks"
            >
              <TasksEditor
                tasks={extract.tasks}
                names={data.names.map((n) => n.text)}
                parentPlan={data.parentPlan}
                onChange={(tasks) => editExtract({ ...extract, tasks })}
              />
            </Card>
            <Card
              title={`${t('review.duties')} (${formatNumber(extract.responsibilities.length)})`}
              size="small"
              data-testid="duties"
            >
              <DutiesPanel extract={extract} onTasks={(tasks) => editExtract({ ...extract, tasks })} />
            </Card>
            <Card title={`${t('review.targets')} (${formatNumber(extract.targets.length)})`} size="small">
              <TargetsEditor
                targets={extract.targets}
                onChange={(targets) => editExtract({ ...extract, targets })}
              />
            </Card>
            <Card title={`${t('review.warnings')} (${formatNumber(extract.warnings.length)})`} size="small">
              {extract.warnings.length === 0 ? (
                <Typography.Text type="secondary">{t('review.noWarnings')}</Typography.Text>
              ) : (
                <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="warnings">
                  {extract.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              )}
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}
