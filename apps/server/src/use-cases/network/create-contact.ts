import { vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { loadCommunicatingBody } from '../outputs/load-communicating-body.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import {
  type ContactFields,
  contactColumns,
  newUnsubscribeToken,
  sameEmailRefused,
} from './contact-input.ts';
import { presentContact } from './contact-row.ts';

/** A body adds someone to its communication network (a press agency, a reporter, an expert…). */
export async function createContact(ctx: Context, bodyId: string, input: ContactFields) {
  const body = await loadCommunicatingBody(ctx, bodyId);
  const { search_text, ...columns } = contactColumns(input, vietnamToday());
  const row = await sameEmailRefused(() =>
    insertAudited(ctx.db, {
      table: 'network_contacts',
      values: {
        owner_body_id: body.id,
        ...columns,
        search_text,
        unsubscribe_token: newUnsubscribeToken(),
        created_by: ctx.actor.userId,
      },
      audit: () => ({
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'contact.create',
        entityType: 'network_contact',
        after: columns,
      }),
    }),
  );
  return presentContact({ ...row, owner_name: body.name, owner_path: body.path });
}
