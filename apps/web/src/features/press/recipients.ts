// What the recipient picker decides without a browser: why a contact cannot be written to, and the
// contacts of several topics as one list. Plain functions, so a unit test can pin them.
import type { Contact } from './api.ts';

/** Why a press release cannot go to a contact; the server refuses the same ones (and says so). */
export type Block = 'unsubscribed' | 'noConsent' | 'noEmail' | 'alreadySent' | 'unreachable';

/**
 * The first reason a contact is left out, or null when the release may be sent to them. Withdrawn
 * consent comes first (the person said no), then consent never recorded, then no address; `sent`
 * holds the contacts this release already reached (each gets one message).
 */
export function blockOf(contact: Contact, sent: ReadonlySet<string>): Block | null {
  if (contact.unsubscribedAt) return 'unsubscribed';
  if (!contact.consent) return 'noConsent';
  if (!contact.email) return 'noEmail';
  if (sent.has(contact.id)) return 'alreadySent';
  // The server's own judgement has the last word (a rule added there shows here as "cannot").
  if (!contact.reachable) return 'unreachable';
  return null;
}

/**
 * The contacts of several searches (one per topic) as one list: each once, in name order as
 * Vietnamese sorts it.
 */
export function mergeContacts(lists: readonly (readonly Contact[])[]): Contact[] {
  const byId = new Map<string, Contact>();
  for (const list of lists) for (const contact of list) byId.set(contact.id, contact);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
