import type { notificationList } from '@lantoa/api-contract/notifications';
import type { z } from 'zod';
import type { Agent } from './test-app.ts';

export type Inbox = z.output<typeof notificationList>;

/** The notifications an actor sees in the app (the bell's list and unread count). */
export const inbox = async (agent: Agent): Promise<Inbox> =>
  (await agent.get('/api/notifications')).json() as Inbox;
