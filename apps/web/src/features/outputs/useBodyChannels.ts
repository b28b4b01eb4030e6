import { useCallback } from 'react';
import { useFetched } from '../../shared/useFetched.ts';
import { type Channel, outputsApi } from './api.ts';

const NONE: Channel[] = [];

/**
 * The channels registered for one body, to choose where something was published. Only the body's
 * own: a body's list may be asked of a body with others below it.
 */
export function useBodyChannels(bodyId: string | undefined) {
  const fetchChannels = useCallback(
    async () =>
      bodyId ? (await outputsApi.channels({ bodyId })).items.filter((c) => c.body.id === bodyId) : NONE,
    [bodyId],
  );
  const { data, loading } = useFetched(fetchChannels);
  return { channels: data ?? NONE, loading };
}
