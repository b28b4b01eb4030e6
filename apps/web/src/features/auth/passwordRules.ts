import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength } from '@lantoa/domain/rules';
import type { Rule } from 'antd/es/form/index.js';
import type { Translate } from '../../i18n/i18n.tsx';

/**
 * The length the server's password policy asks (12–128 characters), checked before sending. No
 * composition rule (ASVS: a long phrase beats forced digits): whether the password is too easy to
 * guess, holds the username or repeats the current one is the server's judgement, and its message
 * shows on the field.
 */
export function passwordRules(t: Translate): Rule[] {
  const message = t('auth.passwordMin', { min: PASSWORD_MIN_LENGTH });
  return [
    { required: true, message: t('common.required') },
    {
      validator: async (_rule, value: string | undefined) => {
        if (!value) return;
        const length = passwordLength(value);
        if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) throw new Error(message);
      },
    },
  ];
}
