import { vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { type ContactFields, contactColumns, sameEmailRefused } from './contact-input.ts';
import { presentContact } from './contact-row.ts';
import { loadContact } from './load-contact.ts';

/**
 * Changes a contact (optimistic on `version`). A withdrawal of consent by its unsubscribe link stays:
 * the form does not carry it, so no edit can put the person back on the list behind their back.
 */
export async function updateContact(ctx: Context, id: string, input: ContactFields & { version: number }) {
  const contact = await loadContact(ctx, id);
  const { search_text, ...columns } = contactColumns(input, vietnamToday());
  const updated = await sameEmailRefused(() =>
    updateVersioned(ctx.db, {
      table: 'network_contacts',
      id,
      version: input.version,
      what: 'Người trong mạng lưới',
      set: { ...columns, search_text },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: contact.owner_body_id,
        action: 'contact.update',
        entityType: 'network_contact',
        before: {
          kind: contact.kind,
          name: contact.name,
          organisation: contact.organisation,
          role_title: contact.role_title,
          email: contact.email,
          phone: contact.phone,
          url: contact.url,
          topics: contact.topics,
          consent: contact.consent,
          consent_on: contact.consent_on,
        },
        after: columns,
      }),
    }),
  );
  return presentContact({ ...updated, owner_name: contact.owner_name, owner_path: contact.owner_path });
}
