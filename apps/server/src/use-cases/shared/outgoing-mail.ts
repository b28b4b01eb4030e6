import type { Config } from '../../config.ts';
import { createMailer, type Mailer } from '../../mail/mailer.ts';

/**
 * What a use case that sends mail needs: the mailer (null when no mail server is set, which each
 * says in its own way) and the server's public address, which the links in its messages point to.
 */
export interface OutgoingMail {
  mailer: Mailer | null;
  publicUrl: string;
}

/** The outgoing mail of the server's settings, made for the request that sends. */
export const outgoingMail = (config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>): OutgoingMail => ({
  mailer: createMailer(config.smtpUrl, config.mailFrom),
  publicUrl: config.publicUrl,
});
