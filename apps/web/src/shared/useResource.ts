import { useCallback, useEffect, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { errorText, isStatus } from './errors.ts';

/** A page's main resource, loaded by id: a spinner, the not-found page, an error, or the data. */
export type Resource<T> =
  | { state: 'loading' }
  | { state: 'notFound' }
  | { state: 'error'; message: string }
  | { state: 'ok'; data: T };

/** Anything but the data, for `ResourcePending`. */
export type PendingResource = Exclude<Resource<unknown>, { state: 'ok' }>;

/**
 * When the spinner replaces the page: `onChange` when `fetch` changes (another id) but not on
 * `reload()`; `always` also on `reload()`; `once` only before the first answer (a page loaded for
 * another id keeps the old one on screen until the new one comes).
 */
export type SpinnerWhen = 'onChange' | 'always' | 'once';

/**
 * Loads a page's main resource. `fetch` (a `useCallback`) hands what it got to `accept`, and may go
 * on loading more; whatever it throws ends in `notFound` (404, or 400 for a malformed id) or `error`
 * (the text to show). It runs on mount and whenever it changes; `reload()` runs it again, e.g. after
 * a 409. `onChange` (stable) resets the page's own state when `fetch` changes.
 */
export function useResource<T>(
  fetch: (accept: (data: T) => void) => Promise<void>,
  { spinner = 'onChange', onChange }: { spinner?: SpinnerWhen; onChange?: () => void } = {},
) {
  const t = useT();
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });

  const accept = useCallback((data: T) => setResource({ state: 'ok', data }), []);

  const run = useCallback(async () => {
    try {
      await fetch(accept);
    } catch (caught) {
      if (isStatus(caught, 404) || isStatus(caught, 400)) setResource({ state: 'notFound' });
      else setResource({ state: 'error', message: errorText(caught, t) });
    }
  }, [fetch, accept, t]);

  const reload = useCallback(async () => {
    if (spinner === 'always') setResource({ state: 'loading' });
    await run();
  }, [run, spinner]);

  useEffect(() => {
    if (spinner !== 'once') setResource({ state: 'loading' });
    onChange?.();
    void run();
  }, [run, spinner, onChange]);

  return { resource, accept, reload };
}
