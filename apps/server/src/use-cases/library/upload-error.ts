import { UploadRejectedError } from '@lantoa/media';
import { AppError } from '../../http/errors.ts';

/** A refused upload as the API answers it: 413 for size, 415 for type, 400 otherwise. */
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
