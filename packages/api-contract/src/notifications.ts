// The signed-in person's notifications.
import { z } from 'zod';
import { id, isoDateTime } from './common.ts';

export const notification = z.object({
  id,
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  /** Where in the web app it leads. */
  link: z.string().nullable(),
  createdAt: isoDateTime,
  read: z.boolean(),
});

/** GET /api/notifications: the newest first, with the number unread. */
export const notificationList = z.object({ unread: z.number().int(), items: z.array(notification) });
