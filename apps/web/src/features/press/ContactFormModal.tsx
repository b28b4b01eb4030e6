import type { ContactKind } from '@lantoa/domain/constants';
import { vietnamToday } from '@lantoa/domain/rules';
import { App, Checkbox, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n/i18n.tsx';
import { useOptionsOf } from '../../shared/bilingualNames.ts';
import { DayPicker } from '../../shared/DayPicker.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { Notice } from '../../shared/Notice.tsx';
import { reloadWhenStale } from '../../shared/staleVersion.ts';
import { TagsInput } from '../../shared/TagsInput.tsx';
import { tagsOf } from '../../shared/tags.ts';
import { useSubmit } from '../../shared/useSubmit.ts';
import { VerticalForm } from '../../shared/VerticalForm.tsx';
import { formatInstantDay } from '../outputs/labels.tsx';
import { localPhone } from '../training/figures.ts';
import { type Contact, type ContactInput, pressApi } from './api.ts';
import { contactKindNames } from './labels.tsx';

interface Values {
  kind: ContactKind;
  name: string;
  organisation?: string;
  roleTitle?: string;
  email?: string;
  phone?: string;
  url?: string;
  topics?: string[];
  consent: boolean;
  consentOn?: Dayjs | null;
}

/**
 * What the form sends: texts trimmed, no e-mail as null (the server checks a given one's form), the
 * consent's day only with consent.
 */
function inputOf(values: Values): ContactInput {
  const email = values.email?.trim() ?? '';
  return {
    kind: values.kind,
    name: values.name.trim(),
    organisation: values.organisation?.trim() ?? '',
    roleTitle: values.roleTitle?.trim() ?? '',
    email: email === '' ? null : email,
    phone: values.phone?.trim() ?? '',
    url: values.url?.trim() ?? '',
    topics: tagsOf(values.topics),
    consent: values.consent,
    consentOn: values.consent && values.consentOn ? values.consentOn.format('YYYY-MM-DD') : null,
  };
}

function valuesOf(contact: Contact): Values {
  return {
    kind: contact.kind,
    name: contact.name,
    organisation: contact.organisation,
    roleTitle: contact.roleTitle,
    email: contact.email ?? '',
    // Shown as people write it; the server takes either form and keeps the international one.
    phone: contact.phone ? localPhone(contact.phone) : '',
    url: contact.url,
    topics: contact.topics,
    consent: contact.consent,
    consentOn: contact.consentOn ? dayjs(contact.consentOn) : null,
  };
}

/**
 * Adds a contact to the network of the person's body, or corrects one (optimistic on its version:
 * someone else's save in between answers 409, shown as the server says, and the list is read
 * again). Consent to be written to is recorded with the day it was given: without it no press
 * release goes to the contact.
 */
export function ContactFormModal({
  bodyId,
  contact,
  onClose,
  onSaved,
  onStale,
}: {
  bodyId: string;
  /** The contact to correct; none to add one. */
  contact: Contact | null;
  onClose: () => void;
  onSaved: () => void;
  onStale: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { saving, error, submit } = useSubmit(form);
  const kindOptions = useOptionsOf(contactKindNames);
  const consent = Form.useWatch('consent', form);

  const save = () =>
    submit(async (values) => {
      const input = inputOf(values);
      if (contact) await pressApi.updateContact(contact.id, { ...input, version: contact.version });
      else await pressApi.createContact(bodyId, input);
      void message.success(contact ? t('common.saved') : t('press.contact.added', { name: input.name }));
      onSaved();
    }, reloadWhenStale(onStale));

  return (
    <FormModal
      open
      title={contact ? t('press.contact.editTitle', { name: contact.name }) : t('press.contact.addTitle')}
      okText={contact ? t('common.save') : t('press.network.add')}
      onOk={() => void save()}
      onCancel={onClose}
      saving={saving}
      error={error}
      errorTestId="contact-form-error"
      width={640}
      data-testid="contact-form"
    >
      {contact?.unsubscribedAt && (
        <Notice
          type="warning"
          title={t('press.contact.unsubscribedOn', { date: formatInstantDay(contact.unsubscribedAt) })}
        />
      )}
      <VerticalForm<Values>
        form={form}
        name="network-contact"
        initialValues={contact ? valuesOf(contact) : { consent: false, consentOn: null, topics: [] }}
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="kind"
            label={t('press.contact.kind')}
            rules={[{ required: true, message: t('press.contact.kindRequired') }]}
            style={{ flex: '1 1 220px' }}
          >
            <Select options={kindOptions} />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('press.contact.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            style={{ flex: '2 1 300px' }}
          >
            <Input maxLength={300} autoComplete="off" />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item
            name="organisation"
            label={t('press.contact.organisation')}
            style={{ flex: '1 1 260px' }}
          >
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="roleTitle" label={t('press.contact.roleTitle')} style={{ flex: '1 1 200px' }}>
            <Input maxLength={200} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item
            name="email"
            label={t('press.contact.email')}
            extra={t('press.contact.emailHint')}
            rules={[{ type: 'email', message: t('press.contact.emailInvalid') }]}
            style={{ flex: '1 1 260px' }}
          >
            <Input maxLength={320} type="email" inputMode="email" autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('press.contact.phone')}
            extra={t('press.contact.phoneHint')}
            style={{ flex: '1 1 200px' }}
          >
            <Input maxLength={20} inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="url"
          label={t('press.contact.url')}
          extra={t('press.contact.urlHint')}
          rules={[{ pattern: /^https?:\/\/[^\s/?#]+/i, message: t('press.contact.urlInvalid') }]}
        >
          <Input maxLength={2000} inputMode="url" autoComplete="off" />
        </Form.Item>
        <Form.Item name="topics" label={t('press.contact.topics')} extra={t('press.topicsHint')}>
          <TagsInput aria-label={t('press.contact.topics')} />
        </Form.Item>
        <Form.Item name="consent" valuePropName="checked" extra={t('press.contact.consentHint')}>
          <Checkbox
            onChange={(event) => {
              // The day consent is ticked is the likeliest day it was given; it can be corrected.
              if (event.target.checked && !form.getFieldValue('consentOn'))
                form.setFieldValue('consentOn', dayjs(vietnamToday()));
            }}
          >
            {t('press.contact.consent')}
          </Checkbox>
        </Form.Item>
        {consent && (
          <Form.Item
            name="consentOn"
            label={t('press.contact.consentOn')}
            rules={[{ required: true, message: t('press.contact.consentOnRequired') }]}
          >
            <DayPicker />
          </Form.Item>
        )}
      </VerticalForm>
    </FormModal>
  );
}
