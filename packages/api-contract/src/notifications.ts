// The signed-in person's notifications.
import { z } from 'zod';
import { id, isoDateTime } from './common.ts';

export const notification = z.object({
  id,
  /**
   * What it is about: due_soon, overdue, report_missing, plan_missing (reminders); report_submitted, report_returned,
   * report_accepted (the report workflow); work_assigned (a plan given or amended); emergency_bulletin.
   * A notice whose cause is gone (work done, deadline moved, report sent, plan issued) stays listed for 30 days,
   * resolved (`resolvedAt`), out of the unread count.
   */
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  /** Where in the web app it leads. */
  link: z.string().nullable(),
  createdAt: isoDateTime,
  read: z.boolean(),
  /** When its cause was found gone (the work done, the report sent…); null while it stands. */
  resolvedAt: isoDateTime.nullable(),
});

/** GET /api/notifications: the newest first, with the number unread (resolved ones never count). */
export const notificationList = z.object({ unread: z.number().int(), items: z.array(notification) });
