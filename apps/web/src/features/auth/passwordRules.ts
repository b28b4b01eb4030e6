import type { Rule } from 'antd/es/form/index.js';
import type { Translate } from '../../i18n/i18n.tsx';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** Counted as the server counts (domain `passwordLength`): characters, a run of spaces as one. */
function passwordLength(password: string): number {
  return [...password.normalize('NFC').replace(/\s+/gu, ' ')].length;
}

/**
 * The length the server's password policy asks (12–128 characters), checked before sending. No
 * composition rule (ASVS: a long phrase beats forced digits): whether the password is too easy to
 * guess, holds the username or repeats the current one is the server's judgement, and its message
 * shows on the field.
 */
export function passwordRules(t: Translate): Rule[] {
  const message = t('auth.passwordMin', { min: MIN_PASSWORD_LENGTH });
  return [
    { required: true, message: t('common.required') },
    {
      validator: async (_rule, value: string | undefined) => {
        if (!value) return;
        const length = passwordLength(value);
        if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) throw new Error(message);
      },
    },
  ];
}
