import { z } from 'zod';
import type { Config } from '../config.ts';
import { createMailer } from '../mail/mailer.ts';
import { scanReminders } from '../use-cases/notifications/scan-reminders.ts';
import type { JobDefinition } from './worker.ts';

/** The daily reminder scan (due soon, overdue), in-app and by e-mail. */
export function remindersJob(config: Config): JobDefinition<'reminders.scan'> {
  const mailer = createMailer(config.smtpUrl, config.mailFrom);
  return {
    kind: 'reminders.scan',
    parse: (payload) => z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).parse(payload),
    async handle(db, { date }) {
      await scanReminders(db, {
        today: date,
        daysBefore: config.reminderDaysBefore,
        mailer,
        publicUrl: config.publicUrl,
      });
    },
  };
}
