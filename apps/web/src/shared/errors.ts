import { ApiError } from '../api/client.ts';
import type { Translate } from '../i18n/i18n.tsx';

/** The text to show a user for a failed request: the server's own (Vietnamese) message if any. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.network');
    if (error.fromServer) return error.message;
  }
  return t('errors.unknown');
}

export function isStatus(error: unknown, status: number): boolean {
  return error instanceof ApiError && error.status === status;
}
