import nodemailer from 'nodemailer';

/**
 * Plain text only, on purpose: mails carry names and notes people typed, and a text body cannot run
 * or hide anything in the reader's mail client. There is no `html` part to forget to escape.
 */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  /**
   * A message to someone outside (a press release to the network): the link that stops them, also
   * given to their mail client (List-Unsubscribe, and one-click per RFC 8058, which POSTs to it).
   */
  unsubscribeUrl?: string | undefined;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** Sends through the SMTP server of LANTOA_SMTP_URL (smtp://user:pass@host:port); null when none is set. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      // The fields one by one: an object carrying more (an `html` part) sends only these.
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.unsubscribeUrl
          ? {
              list: { unsubscribe: mail.unsubscribeUrl },
              headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
            }
          : {}),
      });
    },
  };
}
