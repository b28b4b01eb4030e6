import {
  DeleteOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  HomeOutlined,
  PlusOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { formatDong } from '@lantoa/domain/constants';
import { measureOfUnit } from '@lantoa/domain/rules';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Table,
  Typography,
} from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { saveFile } from '../../api/client.ts';
import { reportsApi } from '../../api/endpoints.ts';
import type { ConsolidatedReport } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { FormListRows } from '../../shared/FormListRows.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { type NotFound, ResourcePending } from '../../shared/ResourcePending.tsx';
import { useResource } from '../../shared/useResource.ts';
import { DocumentDateInput } from './DocumentDateInput.tsx';

/** What a missing (or hidden) consolidated report shows, and the way back. */
const NOT_FOUND: NotFound = { title: 'consolidated.notFound', to: '/reports', back: 'reports.backToList' };

type ReportTable = NonNullable<ConsolidatedReport['sections'][number]['table']>;

/** A list of texts (difficulties, proposals, recipients): one field each, add and remove. */
function TextList({
  name,
  label,
  addLabel,
  rows = 2,
}: {
  name: 'recipients';
  label: string;
  addLabel: string;
  rows?: number;
}) {
  return (
    <Card size="small" title={label} style={{ marginBottom: 16 }} data-testid={`list-${name}`}>
      <FormListRows name={name} addLabel={addLabel} blank={() => ''}>
        {(field, index) => (
          <Form.Item name={field.name} style={{ flex: 1, marginBottom: 0 }}>
            {rows > 1 ? (
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 8 }} aria-label={`${label} ${index + 1}`} />
            ) : (
              <Input aria-label={`${label} ${index + 1}`} />
            )}
          </Form.Item>
        )}
      </FormListRows>
    </Card>
  );
}

/** The paragraphs of a section or of one of its parts (`path` within the sections list), each a text area. */
function Paragraphs({ path }: { path: (string | number)[] }) {
  const t = useT();
  return (
    <FormListRows name={[...path, 'paragraphs']} addLabel={t('consolidated.addParagraph')} blank={() => ''}>
      {(field, index) => (
        <Form.Item name={field.name} style={{ flex: 1, marginBottom: 0 }}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 14 }}
            aria-label={t('consolidated.paragraphN', { n: index + 1 })}
            data-testid="section-paragraph"
          />
        </Form.Item>
      )}
    </FormListRows>
  );
}

/** A numbered section (I., II., …) or part (1., 2., …) of the report: its heading editable, removable. */
function NumberedCard({
  number,
  name,
  headingLabel,
  removeLabel,
  onRemove,
  inner = false,
  testId,
  children,
}: {
  number: string;
  name: number;
  headingLabel: string;
  removeLabel: string;
  onRemove: () => void;
  inner?: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      type={inner ? 'inner' : undefined}
      style={inner ? undefined : { marginBottom: 16 }}
      data-testid={testId}
      title={
        <Flex gap={8} align="center">
          <Typography.Text strong>{number}</Typography.Text>
          <Form.Item name={[name, 'heading']} style={{ flex: 1, marginBottom: 0 }}>
            <Input variant="borderless" style={{ fontWeight: 600 }} aria-label={headingLabel} />
          </Form.Item>
        </Flex>
      }
      extra={<Button type="text" icon={<DeleteOutlined />} aria-label={removeLabel} onClick={onRemove} />}
    >
      {children}
    </Card>
  );
}

/** The task-progress table as drafted from follow-up: read here, printed where its part places it. */
function TaskTable({ tasks }: { tasks: ConsolidatedReport['tasks'] }) {
  const t = useT();
  return (
    <Table<ConsolidatedReport['tasks'][number]>
      size="small"
      style={{ marginTop: 8 }}
      rowKey={(row) => row.title}
      dataSource={tasks}
      pagination={tasks.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      data-testid="consolidated-tasks"
      columns={[
        { title: t('consolidated.task'), dataIndex: 'title' },
        { title: t('consolidated.taskBodies'), dataIndex: 'bodies', width: 240 },
        { title: t('consolidated.taskDue'), dataIndex: 'due', width: 120 },
        { title: t('consolidated.value'), dataIndex: 'state', width: 240 },
      ]}
    />
  );
}

/** The budget of the period's year by funding source, as drafted from the estimates: read here, printed where placed. */
function BudgetTable({ rows }: { rows: ConsolidatedReport['budget'] }) {
  const t = useT();
  const sums = ['estimated', 'approved', 'allocated', 'spent'] as const;
  return (
    <Table<ConsolidatedReport['budget'][number]>
      size="small"
      style={{ marginTop: 8 }}
      rowKey={(row) => row.source}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 640 }}
      data-testid="consolidated-budget"
      columns={[
        { title: t('budget.report.source'), dataIndex: 'source' },
        ...sums.map((sum) => ({
          title: t(`budget.sum.${sum}`),
          key: sum,
          width: 150,
          align: 'right' as const,
          render: (_v: unknown, row: ConsolidatedReport['budget'][number]) => formatDong(row[sum]),
        })),
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{t('budget.sum.total')}</Typography.Text>
          </Table.Summary.Cell>
          {sums.map((sum, k) => (
            <Table.Summary.Cell key={sum} index={k + 1} align="right">
              <Typography.Text strong>
                {formatDong(rows.reduce((total, row) => total + row[sum], 0))}
              </Typography.Text>
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}

/** The report's table placed at a section or a part, as the editor shows it. */
function PlacedTable({ table, draft }: { table: ReportTable | undefined; draft: ConsolidatedReport }) {
  const t = useT();
  if (table === 'tasks') return <TaskTable tasks={draft.tasks} />;
  if (table === 'budget') return draft.budget.length ? <BudgetTable rows={draft.budget} /> : null;
  if (table === 'indicators')
    return <Typography.Text type="secondary">{t('consolidated.indicatorsBelow')}</Typography.Text>;
  return null;
}

/** The numbered parts (1., 2., …) of one section; a part may place the task, the indicator or the budget table. */
function Parts({ section, draft }: { section: number; draft: ConsolidatedReport }) {
  const t = useT();
  return (
    <Form.List name={[section, 'parts']}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8} style={{ marginTop: 12 }}>
          {fields.map((field, index) => {
            const table = draft.sections[section]?.parts[field.name]?.table;
            return (
              <NumberedCard
                key={field.key}
                inner
                testId="report-part"
                number={`${index + 1}.`}
                name={field.name}
                headingLabel={t('consolidated.partHeading')}
                removeLabel={t('consolidated.removePart')}
                onRemove={() => remove(field.name)}
              >
                <Paragraphs path={[field.name]} />
                <PlacedTable table={table} draft={draft} />
              </NumberedCard>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ heading: '', paragraphs: [''] })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('consolidated.addPart')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** The consolidated report of a period as an editable draft, downloaded as .docx, .pdf or .xlsx. */
export default function ConsolidatedPage() {
  const { periodId = '' } = useParams();
  const [generation, setGeneration] = useState(0);

  const fetchDraft = useCallback(
    async (accept: (draft: ConsolidatedReport) => void) => {
      accept(await reportsApi.consolidated(periodId));
      setGeneration((n) => n + 1);
    },
    [periodId],
  );
  const { resource, reload } = useResource(fetchDraft, { spinner: 'always' });

  if (resource.state !== 'ok') return <ResourcePending resource={resource} notFound={NOT_FOUND} />;
  // A new editor (and form) for each draft loaded, so "redraft" really starts again.
  return <ConsolidatedEditor key={generation} periodId={periodId} draft={resource.data} onRedraft={reload} />;
}

function ConsolidatedEditor({
  periodId,
  draft,
  onRedraft,
}: {
  periodId: string;
  draft: ConsolidatedReport;
  onRedraft: () => Promise<void>;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ConsolidatedReport>();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** The edited report: the form's values over the draft (numerators and denominators kept). */
  const edited = (): ConsolidatedReport => {
    const values = form.getFieldsValue(true) as ConsolidatedReport;
    return {
      ...draft,
      ...values,
      number: values.number?.trim() ? values.number.trim() : null,
      indicators: (values.indicators ?? []).map((row, i) => ({ ...draft.indicators[i], ...row })),
    };
  };

  const download = async (key: 'docx' | 'pdf' | 'xlsx') => {
    setBusy(key);
    setError(null);
    try {
      const file =
        key === 'xlsx'
          ? await reportsApi.valuesXlsx(periodId)
          : await reportsApi.consolidatedFile(periodId, key, edited());
      saveFile(file, key === 'xlsx' ? 'so-lieu.xlsx' : `bao-cao-tong-hop.${key}`);
    } catch (caught) {
      const text = errorText(caught, t);
      setError(text);
      void message.error(text);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          {
            title: (
              <Link to="/reports">
                <HomeOutlined /> {t('nav.reports')}
              </Link>
            ),
          },
          { title: t('consolidated.title') },
        ]}
      />
      <PageTitle
        title={t('consolidated.title')}
        sub={
          <Typography.Text type="secondary" style={{ display: 'block', maxWidth: 760, marginTop: 4 }}>
            {t('consolidated.hint')}
          </Typography.Text>
        }
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void onRedraft()} disabled={Boolean(busy)}>
              {t('consolidated.reset')}
            </Button>
            <Button
              type="primary"
              icon={<FileWordOutlined />}
              loading={busy === 'docx'}
              onClick={() => void download('docx')}
            >
              {t('consolidated.docx')}
            </Button>
            <Button icon={<FilePdfOutlined />} loading={busy === 'pdf'} onClick={() => void download('pdf')}>
              {t('consolidated.pdf')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              loading={busy === 'xlsx'}
              onClick={() => void download('xlsx')}
            >
              {t('consolidated.xlsx')}
            </Button>
          </>
        }
      />
      <ErrorAlert error={error} onClose={() => setError(null)} testId="download-error" />
      <Form<ConsolidatedReport> form={form} layout="vertical" initialValues={draft}>
        <Card size="small" title={t('consolidated.header')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name={['issuer', 'parent']} label={t('consolidated.issuerParent')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['issuer', 'name']} label={t('consolidated.issuerName')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="number"
                label={t('consolidated.number')}
                tooltip={t('consolidated.numberHint')}
              >
                <Input placeholder={`…/${draft.symbol}`} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="symbol" label={t('consolidated.symbol')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="place" label={t('consolidated.place')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="date" label={t('consolidated.date')} tooltip={t('consolidated.dateHint')}>
                <DocumentDateInput />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="title" label={t('consolidated.reportTitle')}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="opening" label={t('consolidated.opening')} style={{ marginBottom: 0 }}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="report-opening" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Form.List name="sections">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <NumberedCard
                  key={field.key}
                  testId="report-section"
                  number={`${toRoman(index + 1)}.`}
                  name={field.name}
                  headingLabel={t('consolidated.heading')}
                  removeLabel={t('consolidated.removeSection')}
                  onRemove={() => remove(field.name)}
                >
                  <Paragraphs path={[field.name]} />
                  <PlacedTable table={form.getFieldValue(['sections', field.name, 'table'])} draft={draft} />
                  <Parts section={field.name} draft={draft} />
                </NumberedCard>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ heading: '', paragraphs: [''], parts: [] })}
                style={{ marginBottom: 16 }}
              >
                {t('consolidated.addSection')}
              </Button>
            </>
          )}
        </Form.List>

        <Card size="small" title={t('consolidated.indicators')} style={{ marginBottom: 16 }}>
          <Form.List name="indicators">
            {(fields, { remove }) => (
              <Flex vertical gap={4} data-testid="consolidated-indicators">
                <Row gutter={8} style={{ fontWeight: 600, color: '#595959', fontSize: 13 }}>
                  <Col flex="auto">{t('indicators.name')}</Col>
                  <Col flex="80px">{t('indicators.unit')}</Col>
                  <Col flex="120px">{t('report.target')}</Col>
                  <Col flex="110px">{t('report.numerator')}</Col>
                  <Col flex="110px">{t('report.denominator')}</Col>
                  <Col flex="130px">{t('consolidated.value')}</Col>
                  <Col flex="130px">{t('consolidated.status')}</Col>
                  <Col flex="32px" />
                </Row>
                {fields.map((field) => {
                  // A count ("1.250 dự án") is its own figure: no numerator or denominator to print.
                  const count = measureOfUnit(draft.indicators[field.name]?.unit ?? '%') === 'count';
                  return (
                    <Row key={field.key} gutter={8} align="top" data-testid="consolidated-indicator">
                      <Col flex="auto">
                        <Form.Item name={[field.name, 'name']} style={{ marginBottom: 0 }}>
                          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                        </Form.Item>
                      </Col>
                      <Col flex="80px">
                        <Form.Item name={[field.name, 'unit']} style={{ marginBottom: 0 }}>
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col flex="120px">
                        <Form.Item name={[field.name, 'target']} style={{ marginBottom: 0 }}>
                          <Input />
                        </Form.Item>
                      </Col>
                      {(['numerator', 'denominator'] as const).map((figure) => (
                        <Col flex="110px" key={figure}>
                          <Form.Item name={[field.name, figure]} style={{ marginBottom: 0 }}>
                            <InputNumber<number>
                              min={0}
                              decimalSeparator=","
                              disabled={count}
                              placeholder={count ? '—' : undefined}
                              style={{ width: '100%' }}
                            />
                          </Form.Item>
                        </Col>
                      ))}
                      <Col flex="130px">
                        <Form.Item name={[field.name, 'value']} style={{ marginBottom: 0 }}>
                          <Input.TextArea
                            autoSize={{ minRows: 1, maxRows: 3 }}
                            data-testid="indicator-value"
                          />
                        </Form.Item>
                      </Col>
                      <Col flex="130px">
                        <Form.Item name={[field.name, 'status']} style={{ marginBottom: 0 }}>
                          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                        </Form.Item>
                      </Col>
                      <Col flex="32px">
                        <Button
                          type="text"
                          icon={<DeleteOutlined />}
                          aria-label={t('review.removeRow')}
                          onClick={() => remove(field.name)}
                        />
                      </Col>
                    </Row>
                  );
                })}
              </Flex>
            )}
          </Form.List>
        </Card>

        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <TextList
              name="recipients"
              label={t('consolidated.recipients')}
              addLabel={t('consolidated.addRecipient')}
              rows={1}
            />
          </Col>
          <Col xs={24} lg={10}>
            <Card size="small" title={t('consolidated.signer')} style={{ marginBottom: 16 }}>
              <Form.Item name={['signer', 'title']} label={t('consolidated.signerTitle')}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
              </Form.Item>
              <Form.Item
                name={['signer', 'name']}
                label={t('consolidated.signerName')}
                style={{ marginBottom: 0 }}
              >
                <Input />
              </Form.Item>
            </Card>
          </Col>
        </Row>
      </Form>
      <Flex gap={8} justify="flex-end" wrap>
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          loading={busy === 'docx'}
          onClick={() => void download('docx')}
        >
          {t('consolidated.docx')}
        </Button>
      </Flex>
    </>
  );
}

function toRoman(n: number): string {
  const numerals: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
