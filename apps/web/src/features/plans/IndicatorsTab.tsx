import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  type Audience,
  type BodyKind,
  INDICATOR_MEASURES,
  type IndicatorMeasure,
  OUTPUT_INDICATOR_KINDS,
  SCIENCE_INDICATOR_KINDS,
} from '@lantoa/domain/constants';
import {
  App,
  Button,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import { reportsApi } from '../../api/endpoints.ts';
import type { Indicator, IndicatorInput } from '../../api/types.ts';
import { type MessageKey, useT } from '../../i18n/i18n.tsx';
import { useNameOf, useOptionsOf } from '../../shared/bilingualNames.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText, isStatus } from '../../shared/errors.ts';
import { FormListRows } from '../../shared/FormListRows.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { COMPARATOR_OPTIONS } from '../../shared/labels.tsx';
import { useFetched } from '../../shared/useFetched.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { formatTargetFigure } from '../reports/measure.ts';
import { audienceNames } from '../training/labels.tsx';

type Editing = { indicator: Indicator | null } | null;

/** The kinds of body a plan asks for figures: those that report, not villages or teams. */
const REPORTING_KINDS = [
  'department',
  'press_agency',
  'pc_office',
  'commune',
  'school',
  'association',
  'business',
  'other',
] as const satisfies readonly BodyKind[];

function IndicatorModal({
  planId,
  editing,
  onClose,
  onSaved,
}: {
  planId: string;
  editing: Editing;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<IndicatorInput>();
  const { saving, error, run } = useSubmit(form);
  const indicator = editing?.indicator ?? null;
  const computed = indicator?.source === 'computed';
  // A ratio divides a numerator by a denominator (a percentage); a count is one figure in its unit.
  const measure: IndicatorMeasure = Form.useWatch('measure', form) ?? indicator?.measure ?? 'ratio';
  const count = measure === 'count';

  const save = async () => {
    let values: IndicatorInput;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const input: IndicatorInput = {
      ...values,
      denominatorLabel: count ? '' : values.denominatorLabel,
      unit: values.unit?.trim() || '%',
      targets: (values.targets ?? []).filter((target) => target.year !== null && target.value !== null),
    };
    await run(
      async () => {
        if (indicator)
          await reportsApi.updateIndicator(indicator.id, { ...input, version: indicator.version });
        else await reportsApi.createIndicator(planId, input);
        void message.success(t('indicators.saved'));
        onSaved();
        onClose();
      },
      (caught, otherwise) => {
        if (!isStatus(caught, 409)) return otherwise();
        void message.error(errorText(caught, t));
        onSaved();
        onClose();
        return null;
      },
    );
  };

  return (
    <FormModal
      open
      title={indicator ? t('indicators.edit') : t('indicators.add')}
      okText={t('common.save')}
      saving={saving}
      error={error}
      onOk={() => void save()}
      onCancel={onClose}
      width={760}
    >
      <Form<IndicatorInput>
        form={form}
        layout="vertical"
        initialValues={
          indicator
            ? {
                name: indicator.name,
                numeratorLabel: indicator.numeratorLabel,
                denominatorLabel: indicator.denominatorLabel,
                unit: indicator.unit,
                measure: indicator.measure,
                reportedBy: indicator.reportedBy,
                targets: indicator.targets,
              }
            : {
                unit: '%',
                measure: 'ratio',
                reportedBy: [],
                targets: [{ year: new Date().getFullYear(), comparator: '>=', value: 100 }],
              }
        }
      >
        {indicator?.targetText && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t('indicators.targetText', { text: indicator.targetText })}
          </Typography.Paragraph>
        )}
        <Form.Item
          name="name"
          label={t('indicators.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="measure"
          label={t('indicators.measure')}
          extra={indicator ? t('indicators.measureHint') : undefined}
        >
          <Radio.Group
            disabled={computed}
            optionType="button"
            options={INDICATOR_MEASURES.map((m) => ({ value: m, label: t(`indicators.measure.${m}`) }))}
            onChange={(event) => {
              // A percentage's unit is '%'; a count needs the thing it counts.
              const unit = form.getFieldValue('unit')?.trim();
              if (event.target.value === 'count' && unit === '%') form.setFieldValue('unit', '');
              if (event.target.value === 'ratio' && !unit) form.setFieldValue('unit', '%');
            }}
          />
        </Form.Item>
        <Form.Item
          name="numeratorLabel"
          label={count ? t('indicators.countLabel') : t('indicators.numeratorLabel')}
          extra={computed ? t('indicators.computedLabels') : undefined}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} disabled={computed} />
        </Form.Item>
        {!count && (
          <Form.Item
            name="denominatorLabel"
            label={t('indicators.denominatorLabel')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} disabled={computed} />
          </Form.Item>
        )}
        <Form.Item
          name="unit"
          label={count ? t('indicators.countUnit') : t('indicators.unit')}
          extra={count ? t('indicators.countUnitHint') : undefined}
          rules={
            count
              ? [
                  { required: true, whitespace: true, message: t('common.required') },
                  { pattern: /^(?!\s*%\s*$)/, message: t('indicators.countUnitNotPercent') },
                ]
              : []
          }
          style={{ width: count ? 360 : 160 }}
        >
          <Input maxLength={20} />
        </Form.Item>
        {!computed && (
          <Form.Item
            name="reportedBy"
            label={t('indicators.reportedBy')}
            extra={t('indicators.reportedByHint')}
          >
            <Select
              mode="multiple"
              allowClear
              placeholder={t('indicators.reportedByAll')}
              options={REPORTING_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
              data-testid="reported-by"
            />
          </Form.Item>
        )}
        <Typography.Text strong>{t('indicators.targets')}</Typography.Text>
        <FormListRows
          name="targets"
          addLabel={t('indicators.addYear')}
          blank={() => ({ year: null, comparator: '>=', value: null })}
          rowTestId="target-row"
          style={{ marginTop: 8 }}
        >
          {(field) => (
            <>
              <Form.Item
                name={[field.name, 'year']}
                rules={[{ required: true, message: t('common.required') }]}
                style={{ marginBottom: 0 }}
              >
                <InputNumber<number>
                  min={2000}
                  max={2100}
                  placeholder={t('review.year')}
                  aria-label={t('review.year')}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'comparator']} style={{ marginBottom: 0 }}>
                <Select
                  options={COMPARATOR_OPTIONS}
                  style={{ width: 72 }}
                  aria-label={t('review.comparator')}
                />
              </Form.Item>
              {/* A year whose value is cleared has no target: the row is dropped on save. */}
              <Form.Item name={[field.name, 'value']} style={{ marginBottom: 0 }}>
                <InputNumber<number> min={0} decimalSeparator="," aria-label={t('review.value')} />
              </Form.Item>
            </>
          )}
        </FormListRows>
      </Form>
    </FormModal>
  );
}

type Binding = NonNullable<Indicator['proposedBinding']>;

/** What a binding measures, in words: "Cán bộ thông tin cơ sở: đã được đào tạo, bồi dưỡng". */
function BindingText({ binding }: { binding: Binding }) {
  const t = useT();
  const audienceName = useNameOf(audienceNames);
  if (!('audience' in binding)) return <>{t(`indicators.binding.${binding.kind}`)}</>;
  return (
    <>
      {audienceName(binding.audience)}: {t(`indicators.binding.${binding.kind}`)}
    </>
  );
}

/** The records a binding is measured from, as its tag and its confirmation say it. */
const BINDING_TEXTS = {
  audience: {
    proposed: 'indicators.binding.proposed',
    from: 'indicators.binding.from',
    bound: 'indicators.binding.bound',
  },
  outputs: {
    proposed: 'outputs.binding.proposed',
    from: 'outputs.binding.from',
    bound: 'outputs.binding.bound',
  },
  science: {
    proposed: 'science.binding.proposed',
    from: 'science.binding.from',
    bound: 'science.binding.bound',
  },
} as const satisfies Record<string, Record<string, MessageKey>>;
const isScienceKind = (kind: string): kind is (typeof SCIENCE_INDICATOR_KINDS)[number] =>
  SCIENCE_INDICATOR_KINDS.some((known) => known === kind);
const textsOf = (binding: Binding) =>
  BINDING_TEXTS['audience' in binding ? 'audience' : isScienceKind(binding.kind) ? 'science' : 'outputs'];

/**
 * Where the training and briefing records, the outputs register or the S&T tasks registry can
 * measure an indicator: the proposal read from its target (a coordinator confirms it), the binding in
 * force (which can be undone), and a measure chosen by hand when the wording proposed none or the
 * wrong one. An indicator computed from other data (tasks on time, broadcast reach, plans issued) is
 * not offered.
 */
function BindingControl({
  row,
  canEdit,
  onChanged,
}: {
  row: Indicator;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const bound = bindingInForce(row);
  const bindable = row.source === 'reported' || bound !== null;
  const shown = bound ?? row.proposedBinding;
  if (!shown && !(canEdit && bindable)) return null;
  const change = async (binding: Binding | null) => {
    setBusy(true);
    try {
      await reportsApi.bindIndicator(row.id, { binding, version: row.version });
      void message.success(binding ? t(textsOf(binding).bound) : t('indicators.binding.unbound'));
    } catch (caught) {
      void message.error(errorText(caught, t));
    } finally {
      setBusy(false);
      onChanged();
    }
  };
  return (
    <Flex gap={6} align="center" wrap>
      {shown && (
        <Tag
          color={bound ? 'purple' : 'gold'}
          style={{ whiteSpace: 'normal' }}
          data-testid="indicator-binding"
        >
          {t(bound ? textsOf(shown).from : textsOf(shown).proposed)}: <BindingText binding={shown} />
        </Tag>
      )}
      {canEdit && shown && (
        <Button size="small" loading={busy} onClick={() => void change(bound ? null : shown)}>
          {bound ? t('indicators.binding.undo') : t('indicators.binding.confirm')}
        </Button>
      )}
      {canEdit && bindable && (
        <Button
          size="small"
          type="link"
          disabled={busy}
          onClick={() => setChoosing(true)}
          data-testid="binding-choose"
        >
          {shown ? t('outputs.binding.change') : t('outputs.binding.choose')}
        </Button>
      )}
      {choosing && (
        <BindingModal
          initial={shown}
          onClose={() => setChoosing(false)}
          onChosen={(binding) => {
            setChoosing(false);
            void change(binding);
          }}
        />
      )}
    </Flex>
  );
}

/** The binding an indicator is measured by now, or null (reported, or computed from other data). */
function bindingInForce(row: Indicator): Binding | null {
  const kind = row.computedKind;
  if ((kind === 'audience_trained' || kind === 'audience_informed') && row.computedAudience) {
    return { kind, audience: row.computedAudience };
  }
  const records = [...OUTPUT_INDICATOR_KINDS, ...SCIENCE_INDICATOR_KINDS].find((known) => known === kind);
  return records ? { kind: records } : null;
}

/**
 * The measures a coordinator may bind an indicator to: an audience's people, the register's, or the
 * S&T tasks registry's.
 */
const BINDING_KINDS = [
  'audience_trained',
  'audience_informed',
  ...OUTPUT_INDICATOR_KINDS,
  ...SCIENCE_INDICATOR_KINDS,
] as const;
type BindingKind = (typeof BINDING_KINDS)[number];
const isAudienceKind = (kind: BindingKind | undefined): kind is 'audience_trained' | 'audience_informed' =>
  kind === 'audience_trained' || kind === 'audience_informed';

/** Choosing what an indicator is measured from: one of the measures, and for people, whose. */
function BindingModal({
  initial,
  onClose,
  onChosen,
}: {
  initial: Binding | null;
  onClose: () => void;
  onChosen: (binding: Binding) => void;
}) {
  const t = useT();
  const audienceOptions = useOptionsOf(audienceNames);
  const [form] = Form.useForm<{ kind: BindingKind; audience?: Audience }>();
  const kind = Form.useWatch('kind', form) ?? initial?.kind;
  const choose = async () => {
    const values = await form.validateFields().then(
      (valid) => valid,
      () => null,
    );
    if (!values) return;
    if (isAudienceKind(values.kind)) {
      if (values.audience) onChosen({ kind: values.kind, audience: values.audience });
    } else onChosen({ kind: values.kind });
  };
  return (
    <FormModal
      open
      title={t('outputs.binding.title')}
      okText={t('indicators.binding.confirm')}
      saving={false}
      onOk={() => void choose()}
      onCancel={onClose}
      width={560}
      data-testid="binding-form"
    >
      <Typography.Paragraph type="secondary">{t('outputs.binding.hint')}</Typography.Paragraph>
      <VerticalForm
        form={form}
        name="binding"
        initialValues={
          initial
            ? { kind: initial.kind, audience: 'audience' in initial ? initial.audience : undefined }
            : undefined
        }
      >
        <Form.Item
          name="kind"
          label={t('outputs.binding.measure')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {BINDING_KINDS.map((value) => (
              <Radio key={value} value={value}>
                {isAudienceKind(value)
                  ? t('outputs.binding.audienceKind', { what: t(`indicators.binding.${value}`) })
                  : t(`indicators.binding.${value}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {isAudienceKind(kind) && (
          <Form.Item
            name="audience"
            label={t('outputs.binding.audience')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select options={audienceOptions} />
          </Form.Item>
        )}
      </VerticalForm>
    </FormModal>
  );
}

/** A plan's indicators: how each is measured and its targets by year; coordinators edit them. */
export default function IndicatorsTab({ planId }: { planId: string }) {
  const t = useT();
  const [editing, setEditing] = useState<Editing>(null);
  const fetchIndicators = useCallback(() => reportsApi.indicators(planId), [planId]);
  const { data, error, reload } = useFetched(fetchIndicators);

  return (
    <>
      <ErrorAlert error={error} />
      {data?.canEdit && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ indicator: null })}>
            {t('indicators.add')}
          </Button>
        </Flex>
      )}
      <Table<Indicator>
        size="small"
        rowKey="id"
        loading={!data && !error}
        dataSource={data?.items ?? []}
        pagination={false}
        data-testid="indicators-table"
        locale={{ emptyText: t('indicators.empty') }}
        columns={[
          {
            title: t('indicators.name'),
            key: 'name',
            render: (_v, row) => (
              <Flex vertical gap={4}>
                <Typography.Text strong>{row.name}</Typography.Text>
                <BindingControl row={row} canEdit={data?.canEdit ?? false} onChanged={() => void reload()} />
                {row.source === 'computed' ? (
                  <Tooltip title={t('indicators.computedHint')}>
                    <Tag color="purple" style={{ width: 'fit-content' }}>
                      {t('indicators.computed')}
                    </Tag>
                  </Tooltip>
                ) : (
                  row.targetText && (
                    <Typography.Paragraph
                      type="secondary"
                      style={{ fontSize: 12, margin: 0 }}
                      ellipsis={{ rows: 2, tooltip: row.targetText }}
                    >
                      {t('indicators.targetText', { text: row.targetText })}
                    </Typography.Paragraph>
                  )
                )}
              </Flex>
            ),
          },
          {
            title: t('indicators.definition'),
            key: 'definition',
            width: '34%',
            render: (_v, row) => (
              <Flex vertical gap={2} style={{ fontSize: 13 }}>
                <span>
                  <Typography.Text type="secondary">
                    {row.measure === 'count' ? t('indicators.countLabel') : t('indicators.numeratorLabel')}:{' '}
                  </Typography.Text>
                  {row.numeratorLabel}
                </span>
                {row.measure === 'ratio' && (
                  <span>
                    <Typography.Text type="secondary">{t('indicators.denominatorLabel')}: </Typography.Text>
                    {row.denominatorLabel}
                  </span>
                )}
              </Flex>
            ),
          },
          {
            title: t('indicators.unit'),
            key: 'unit',
            width: 110,
            render: (_v, row) => (
              <Flex vertical gap={2}>
                <span>{row.unit}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`indicators.measure.${row.measure}`)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('indicators.targets'),
            key: 'targets',
            width: 170,
            render: (_v, row) =>
              row.targets.length ? (
                <Flex vertical gap={2}>
                  {[...row.targets]
                    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
                    .map((target) => (
                      <span key={`${target.year}:${target.comparator}`}>
                        {target.year ? `${target.year}: ` : ''}
                        <Typography.Text strong>{formatTargetFigure(target, row.unit)}</Typography.Text>
                      </span>
                    ))}
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('indicators.noTargets')}</Typography.Text>
              ),
          },
          ...(data?.canEdit
            ? [
                {
                  title: '',
                  key: 'edit',
                  width: 60,
                  render: (_v: unknown, row: Indicator) => (
                    <Tooltip title={t('indicators.edit')}>
                      <Button
                        type="text"
                        icon={<EditOutlined />}
                        aria-label={`${t('indicators.edit')}: ${row.name}`}
                        onClick={() => setEditing({ indicator: row })}
                      />
                    </Tooltip>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        // A new form for each indicator opened, initialised from it.
        <IndicatorModal
          key={editing.indicator?.id ?? 'new'}
          planId={planId}
          editing={editing}
          onClose={() => setEditing(null)}
          onSaved={() => void reload()}
        />
      )}
    </>
  );
}
