import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  /** The HTML part, if any (the product sends plain text only). */
  html: unknown;
}

export interface MailCapture {
  /** What arrived so far, in order; empty it with `received.length = 0`. */
  received: ReceivedMail[];
  /** smtp://127.0.0.1:PORT, for createMailer. */
  url: string;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps what it is sent: the tests read the mail as a person would. */
export async function captureMail(): Promise<MailCapture> {
  const received: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: mail.html,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    received,
    url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
