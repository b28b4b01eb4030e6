import { ApiError } from '../api/client.ts';
import type { OnSubmitError } from './useSubmit.ts';

/** Whether a save was refused because someone saved the row since it was read (409 `stale_version`). */
export const isStaleVersion = (caught: unknown): boolean =>
  caught instanceof ApiError && caught.code === 'stale_version';

/**
 * The `onError` of a dialog that corrects a row on its version: when someone saved it in between,
 * `onStale` has the list read again, and the server's message is shown above the form as usual.
 */
export const reloadWhenStale =
  (onStale: () => void): OnSubmitError =>
  (caught, otherwise) => {
    if (isStaleVersion(caught)) onStale();
    return otherwise();
  };
