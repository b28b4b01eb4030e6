import type { Rule } from 'antd/es/form/index.js';
import type { Translate } from '../../i18n/i18n.tsx';

export const MIN_PASSWORD_LENGTH = 10;

/** The server's password policy (at least 10 characters, letters and digits), checked before sending. */
export function passwordRules(t: Translate): Rule[] {
  const message = t('auth.passwordMin', { min: MIN_PASSWORD_LENGTH });
  return [
    { required: true, message: t('common.required') },
    {
      validator: async (_rule, value: string | undefined) => {
        if (value && (value.length < MIN_PASSWORD_LENGTH || !/\p{L}/u.test(value) || !/\d/.test(value))) {
          throw new Error(message);
        }
      },
    },
  ];
}
