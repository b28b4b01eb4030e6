import type { Database } from '@lantoa/db';
import type { Kysely } from 'kysely';

// The joined row of a contact and its shape in the API (a presenter kept beside its only readers).

/** A contact with its owner body's name and path. */
export const contactQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('network_contacts as contact')
    .innerJoin('bodies as owner', 'owner.id', 'contact.owner_body_id')
    .selectAll('contact')
    .select(['owner.name as owner_name', 'owner.path as owner_path']);

export type ContactRow = Awaited<ReturnType<ReturnType<typeof contactQuery>['executeTakeFirstOrThrow']>>;

/** Reads a contact without any scope check: callers must authorise with its `owner_path`. */
export const unsafeFindContact = (db: Kysely<Database>, id: string) =>
  contactQuery(db).where('contact.id', '=', id).executeTakeFirst();

/** Consent given and not withdrawn, and an address to write to: a press release may go to them. */
export const isReachable = (c: { consent: boolean; unsubscribed_at: Date | null; email: string | null }) =>
  c.consent && c.unsubscribed_at === null && c.email !== null;

/** A contact as the API answers it; the unsubscribe token never leaves the server but in its messages. */
export const presentContact = (c: ContactRow) => ({
  id: c.id,
  owner: { id: c.owner_body_id, name: c.owner_name },
  kind: c.kind,
  name: c.name,
  organisation: c.organisation,
  roleTitle: c.role_title,
  email: c.email,
  phone: c.phone,
  url: c.url,
  topics: c.topics,
  consent: c.consent,
  consentOn: c.consent_on,
  unsubscribedAt: c.unsubscribed_at?.toISOString() ?? null,
  reachable: isReachable(c),
  version: c.version,
});
