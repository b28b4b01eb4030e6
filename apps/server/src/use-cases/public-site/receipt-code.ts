import { randomInt } from 'node:crypto';

// Letters and digits a person reads out over the phone without confusion (no I, L, O, U, 0, 1).
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A receipt code a citizen keeps to follow what they sent ("PA-7K3M-Q9TD"): random, not a count, so
 * one code tells nothing of another and cannot be guessed (30^8 ≈ 6.6e11 per prefix). The tables keep
 * it unique; a collision makes the insert fail and the caller try a new one.
 */
export function newReceiptCode(prefix: string): string {
  const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${prefix}-${pick()}-${pick()}`;
}

/** A code as a person typed it (lower case, spaces, a missing dash) in its written form. */
export function normaliseReceiptCode(typed: string): string {
  const compact = typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return compact.length === 10
    ? `${compact.slice(0, 2)}-${compact.slice(2, 6)}-${compact.slice(6)}`
    : typed.trim();
}
