import type { ContactKind } from '@lantoa/domain';
import { type SqlBool, sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { pageWithTotal } from '../shared/paged-search.ts';
import { type ScopedSearch, scopedSearch } from '../shared/scoped-search.ts';
import { contactQuery, presentContact } from './contact-row.ts';

export interface ContactQuery extends ScopedSearch {
  kind?: ContactKind | undefined;
  topic?: string | undefined;
  /** true: only those a press release may go to (consent, not withdrawn, an address); false: the others. */
  reachable?: boolean | undefined;
}

/**
 * The contacts of the bodies the actor reads (or of one body's subtree), by name, searched without diacritics or tone placement
 * (name, organisation, role, kind, topics, address) and filtered: how a press release's recipients
 * are picked.
 */
export async function listContacts(ctx: Context, q: ContactQuery) {
  let query = await scopedSearch(
    ctx,
    contactQuery(ctx.db),
    { path: 'owner.path', searchText: 'contact.search_text' },
    q,
  );
  if (q.kind) query = query.where('contact.kind', '=', q.kind);
  if (q.topic) {
    // Topics are typed freely: "Chuyển đổi số" and "chuyển đổi số" are one topic.
    const topic = q.topic.normalize('NFC').trim();
    query = query.where(
      sql<SqlBool>`exists (select 1 from unnest(contact.topics) as t(topic) where lower(t.topic) = lower(${topic}))`,
    );
  }
  if (q.reachable !== undefined) {
    const reachable = sql<SqlBool>`(contact.consent and contact.unsubscribed_at is null and contact.email is not null)`;
    query = query.where(q.reachable ? reachable : sql<SqlBool>`not ${reachable}`);
  }
  const { rows, total } = await pageWithTotal(query.orderBy('contact.name').orderBy('contact.id'), q);
  return { items: rows.map(presentContact), total };
}
