import {
  DeleteOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PlusOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { saveFile } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { errorText } from '../../shared/errors.ts';
import { FormListRows } from '../../shared/FormListRows.tsx';
import { DocumentDateInput } from '../reports/DocumentDateInput.tsx';
import { type ReviewReport, type ReviewTable, reviewsApi } from './api.ts';
import { ReviewTableView } from './ReviewTables.tsx';
import { reviewFileName } from './review-view.ts';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** The paragraphs of a section or of one of its parts (`path` within the sections list), each a text area. */
function Paragraphs({ path }: { path: (string | number)[] }) {
  const t = useT();
  return (
    <FormListRows name={[...path, 'paragraphs']} addLabel={t('consolidated.addParagraph')} blank={() => ''}>
      {(field, index) => (
        <Form.Item name={field.name} style={{ flex: 1, marginBottom: 0 }}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 14 }}
            aria-label={t('consolidated.paragraphN', { n: index + 1 })}
            data-testid="review-paragraph"
          />
        </Form.Item>
      )}
    </FormListRows>
  );
}

/** A numbered section (I., II., …) or part (1., 2., …): its heading editable, removable. */
function Numbered({
  number,
  name,
  inner,
  headingLabel,
  removeLabel,
  onRemove,
  testId,
  children,
}: {
  number: string;
  name: number;
  inner?: boolean;
  headingLabel: string;
  removeLabel: string;
  onRemove: () => void;
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

/** The parts (1., 2., …) of one section, each with the table it places shown read-only after its text. */
function Parts({ section, draft }: { section: number; draft: ReviewReport }) {
  const t = useT();
  // The part's table from the form's store, which follows parts removed above it.
  const form = Form.useFormInstance<ReviewReport>();
  return (
    <Form.List name={[section, 'parts']}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8} style={{ marginTop: 12 }}>
          {fields.map((field, index) => {
            const table: ReviewTable | undefined = form.getFieldValue([
              'sections',
              section,
              'parts',
              field.name,
              'table',
            ]);
            return (
              <Numbered
                key={field.key}
                inner
                testId="review-part"
                number={`${index + 1}.`}
                name={field.name}
                headingLabel={t('consolidated.partHeading')}
                removeLabel={t('consolidated.removePart')}
                onRemove={() => remove(field.name)}
              >
                <Paragraphs path={[field.name]} />
                {table && (
                  <>
                    <Typography.Text
                      type="secondary"
                      style={{ display: 'block', marginTop: 12, fontSize: 12 }}
                    >
                      {t('reviews.tableHere')}
                    </Typography.Text>
                    <ReviewTableView report={draft} table={table} />
                  </>
                )}
              </Numbered>
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

/**
 * A review as an editable draft: the header of the document, each section's and part's texts, the
 * tables of figures read-only where their parts place them, the recipients and the signer; downloaded
 * as .docx or .pdf as edited.
 */
export function ReviewEditor({
  planId,
  draft,
  onRedraft,
}: {
  planId: string;
  draft: ReviewReport;
  onRedraft: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewReport>();
  const [busy, setBusy] = useState<'docx' | 'pdf' | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** The edited review: the form's texts over the draft's figures. */
  const edited = (): ReviewReport => {
    const values = form.getFieldsValue(true) as ReviewReport;
    return {
      ...draft,
      ...values,
      number: values.number?.trim() ? values.number.trim() : null,
      recipients: (values.recipients ?? []).filter((r) => r.trim()),
    };
  };

  const download = async (format: 'docx' | 'pdf') => {
    setBusy(format);
    setError(null);
    try {
      saveFile(await reviewsApi.file(planId, format, edited()), reviewFileName(draft, format));
    } catch (caught) {
      const text = errorText(caught, t);
      setError(text);
      void message.error(text);
    } finally {
      setBusy(null);
    }
  };

  const buttons = (
    <Flex gap={8} wrap justify="flex-end">
      <Button icon={<ReloadOutlined />} onClick={onRedraft} disabled={Boolean(busy)}>
        {t('reviews.redraft')}
      </Button>
      <Button
        type="primary"
        icon={<FileWordOutlined />}
        loading={busy === 'docx'}
        onClick={() => void download('docx')}
        data-testid="review-docx"
      >
        {t('consolidated.docx')}
      </Button>
      <Button
        icon={<FilePdfOutlined />}
        loading={busy === 'pdf'}
        onClick={() => void download('pdf')}
        data-testid="review-pdf"
      >
        {t('consolidated.pdf')}
      </Button>
    </Flex>
  );

  return (
    <>
      <ErrorAlert error={error} onClose={() => setError(null)} testId="download-error" />
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        {buttons}
      </Flex>
      <Form<ReviewReport> form={form} layout="vertical" initialValues={draft}>
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
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="review-title" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="opening" label={t('consolidated.opening')} style={{ marginBottom: 0 }}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Form.List name="sections">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Numbered
                  key={field.key}
                  testId="review-section"
                  number={`${ROMAN[index] ?? index + 1}.`}
                  name={field.name}
                  headingLabel={t('consolidated.heading')}
                  removeLabel={t('consolidated.removeSection')}
                  onRemove={() => remove(field.name)}
                >
                  <Paragraphs path={[field.name]} />
                  <Parts section={field.name} draft={draft} />
                </Numbered>
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

        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <Card size="small" title={t('consolidated.recipients')} style={{ marginBottom: 16 }}>
              <FormListRows name="recipients" addLabel={t('consolidated.addRecipient')} blank={() => ''}>
                {(field, index) => (
                  <Form.Item name={field.name} style={{ flex: 1, marginBottom: 0 }}>
                    <Input aria-label={`${t('consolidated.recipients')} ${index + 1}`} />
                  </Form.Item>
                )}
              </FormListRows>
            </Card>
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
      {buttons}
    </>
  );
}
