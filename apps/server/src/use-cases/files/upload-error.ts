import { UploadRejectedError } from '@lantoa/media';
import { AppError } from '../../http/errors.ts';

/**
 * A refused upload (@lantoa/media's verdict) as the API answers it: 413 for size, 415 for type, 400
 * otherwise; anything else is thrown on unchanged.
 */
export function uploadError(error: unknown): never {
  if (!(error instanceof UploadRejectedError)) throw error;
  const code =
    error.code === 'too_large'
      ? 'payload_too_large'
      : error.code === 'unsupported_type' || error.code === 'type_mismatch'
        ? 'unsupported_media'
        : 'invalid_input';
  throw new AppError(code, error.message, 'file');
}
