import { text } from '@lantoa/api-contract/text-field';
import { normalizeContactPhone } from '@lantoa/domain';
import { z } from 'zod';
import { AppError, type ErrorCode } from '../../http/errors.ts';

// The public form's fields, checked one by one so each error is shown beside its own field and
// every error at once (the form is posted without script: one round trip should say everything).

/** The names of the form's fields (its inputs' `name`), and of its file inputs. */
export const PROPOSAL_FIELDS = {
  organisation: 'organisation',
  contactName: 'contact_name',
  email: 'email',
  phone: 'phone',
  summary: 'summary',
  consent: 'consent',
  files: 'files',
} as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[keyof typeof PROPOSAL_FIELDS];

/** A proposal refused with what is wrong in each field (Vietnamese, saying what to do). */
export class ProposalRefused extends AppError {
  readonly errors: Partial<Record<ProposalField, string>>;
  constructor(code: ErrorCode, errors: Partial<Record<ProposalField, string>>) {
    super(
      code,
      'Chưa gửi được đề xuất: hãy sửa các ô được đánh dấu bên dưới rồi gửi lại. Tệp đính kèm cần được chọn lại.',
      Object.keys(errors)[0],
    );
    this.errors = errors;
  }
}

export interface ProposalFields {
  organisation: string;
  contactName: string;
  email: string | null;
  phone: string | null;
  summary: string;
}

const SCHEMAS = {
  organisation: text(500, { optional: true }),
  contactName: text(200),
  email: text(320, { optional: true }),
  phone: text(40, { optional: true }),
  summary: text(10_000, { multiline: true }),
};
const EMAIL = z.email();

const checked = (schema: z.ZodType<string>, value: string | undefined) => {
  const result = schema.safeParse(value ?? '');
  return result.success
    ? { value: result.data }
    : { error: result.error.issues[0]?.message ?? 'Giá trị không hợp lệ. Hãy nhập lại.' };
};

/**
 * The form's fields as stored (e-mail in lower case, phone in E.164), or the errors of each field.
 * At least one way to reach the sender, and the consent to keep it, are required.
 */
export function readProposalFields(
  form: Record<string, string | undefined>,
):
  | { fields: ProposalFields; errors: null }
  | { fields: null; errors: Partial<Record<ProposalField, string>> } {
  const errors: Partial<Record<ProposalField, string>> = {};
  const organisation = checked(SCHEMAS.organisation, form[PROPOSAL_FIELDS.organisation]);
  if (organisation.error) errors.organisation = organisation.error;
  const contactName = checked(SCHEMAS.contactName, form[PROPOSAL_FIELDS.contactName]);
  if (contactName.error) errors.contact_name = contactName.error;
  const summary = checked(SCHEMAS.summary, form[PROPOSAL_FIELDS.summary]);
  if (summary.error) errors.summary = summary.error;

  let email: string | null = null;
  const typedEmail = checked(SCHEMAS.email, form[PROPOSAL_FIELDS.email]);
  if (typedEmail.error) errors.email = typedEmail.error;
  else if (typedEmail.value) {
    if (EMAIL.safeParse(typedEmail.value).success) email = typedEmail.value.toLowerCase();
    else errors.email = 'Địa chỉ thư điện tử không hợp lệ: hãy nhập dạng ten@vidu.vn.';
  }
  let phone: string | null = null;
  const typedPhone = checked(SCHEMAS.phone, form[PROPOSAL_FIELDS.phone]);
  if (typedPhone.error) errors.phone = typedPhone.error;
  else if (typedPhone.value) {
    const normalised = normalizeContactPhone(typedPhone.value);
    if (normalised.ok) phone = normalised.value;
    else errors.phone = normalised.message;
  }
  if (!typedEmail.error && !typedPhone.error && !typedEmail.value && !typedPhone.value) {
    errors.email = 'Hãy để lại thư điện tử hoặc số điện thoại (ít nhất một) để cơ quan liên hệ với bạn.';
  }
  if (!form[PROPOSAL_FIELDS.consent]) {
    errors.consent =
      'Hãy đánh dấu ô đồng ý: cơ quan cần sự đồng ý của bạn để lưu và dùng thông tin liên hệ khi xem xét đề xuất.';
  }
  if (Object.keys(errors).length > 0) return { fields: null, errors };
  return {
    fields: {
      organisation: organisation.value ?? '',
      contactName: contactName.value ?? '',
      email,
      phone,
      summary: summary.value ?? '',
    },
    errors: null,
  };
}
