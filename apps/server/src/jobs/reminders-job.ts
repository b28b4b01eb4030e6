import { z } from 'zod';
import type { Config } from '../config.ts';
import { scanReminders } from '../use-cases/notifications/scan-reminders.ts';
import { outgoingMail } from '../use-cases/shared/outgoing-mail.ts';
import type { JobDefinition } from './worker.ts';

/** The daily reminder scan (due soon, overdue), in-app and by e-mail. */
export function remindersJob(config: Config): JobDefinition<'reminders.scan'> {
  const mail = outgoingMail(config);
  return {
    kind: 'reminders.scan',
    parse: (payload) => z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).parse(payload),
    async handle(db, { date }) {
      await scanReminders(db, {
        today: date,
        daysBefore: config.reminderDaysBefore,
        ...mail,
      });
    },
  };
}
