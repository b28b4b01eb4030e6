// The length part of the password rule (OWASP ASVS V2.1: at least 12 characters once runs of spaces
// count as one, at most 128), apart from the rest of the policy so that a client can check it
// before sending without carrying zxcvbn's dictionaries (`@lantoa/domain/rules`).

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Length as ASVS counts it: characters (not UTF-16 units), a run of spaces counting as one. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFC').replace(/\s+/gu, ' ')].length;
}
