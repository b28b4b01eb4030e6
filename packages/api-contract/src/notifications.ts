// The signed-in person's notifications.
import { z } from 'zod';
import { id, isoDateTime } from './common.ts';

export const notification = z.object({
  id,
  /**
   * What it is about: due_soon, overdue, report_missing (reminders); report_submitted, report_returned,
   * report_accepted (the report workflow); work_assigned (a plan given or amended); emergency_bulletin.
   * A notice whose cause is gone (work done, deadline moved, report sent) is no longer listed.
   */
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
