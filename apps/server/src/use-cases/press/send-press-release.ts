import { can, formatVietnamDateTime } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError, notFound, staleVersion } from '../../http/errors.ts';
import { contactQuery } from '../network/contact-row.ts';
import type { OutgoingMail } from '../shared/outgoing-mail.ts';
import { updateVersioned } from '../shared/update-versioned.ts';
import { loadOwnPressRelease } from './load-press-release.ts';
import { pressReleaseMail } from './press-release-mail.ts';
import { trackedUrl, unsubscribeUrl } from './press-release-row.ts';
import { attachedItems } from './release-items.ts';

/** What the mail server said, kept on the recipient's row (the column has no bound; a line is enough). */
const MAX_ERROR = 500;

interface Candidate {
  id: string;
  name: string;
  email: string | null;
  consent: boolean;
  unsubscribed_at: Date | null;
  unsubscribe_token: string;
}
interface Earlier {
  sent_at: Date | null;
  error: string | null;
}

const NO_ADDRESS = 'Chưa có địa chỉ thư điện tử. Hãy bổ sung địa chỉ rồi gửi lại.';

/** Why a contact is not written to, in Vietnamese; null when they may be. */
function skipReason(contact: Candidate, earlier: Earlier | undefined): string | null {
  if (!contact.consent) return 'Chưa đồng ý nhận tin: không gửi cho người chưa đồng ý.';
  if (contact.unsubscribed_at)
    return `Đã hủy nhận tin lúc ${formatVietnamDateTime(contact.unsubscribed_at)}: không gửi nữa.`;
  if (!contact.email) return NO_ADDRESS;
  if (earlier?.sent_at) return `Đã gửi thông cáo này lúc ${formatVietnamDateTime(earlier.sent_at)}.`;
  // Claimed by a send that never said how it went (the server stopped half way): the message may
  // have left, and a second one is worse than none.
  if (earlier && !earlier.error)
    return 'Lần gửi trước bị gián đoạn, không rõ thư đã đi chưa: không gửi lại để tránh gửi hai lần.';
  return null;
}

/**
 * Sends a release by e-mail, one message to each contact picked: never to someone without consent,
 * who withdrew it, without an address, or already written to for this release (each skipped, with
 * why); a contact the actor does not keep is 404. Each recipient's row is written and committed
 * before their message leaves (a crash never sends twice; a message that failed is tried again by a
 * later send), under a lock on the release so two sends at once claim each contact once; the release
 * is then `sent` (its text frozen) and its version moved on. The messages go after the commit, one
 * by one, each row then marked sent or failed with the server's answer.
 */
export async function sendPressRelease(
  ctx: Context,
  id: string,
  input: { contactIds: string[]; version: number },
  mail: OutgoingMail,
) {
  const release = await loadOwnPressRelease(ctx, id);
  const { mailer } = mail;
  if (!mailer) {
    throw new AppError(
      'conflict',
      'Máy chủ chưa được cấu hình để gửi thư điện tử nên chưa gửi được thông cáo. Hãy báo quản trị hệ thống cấu hình máy chủ thư (LANTOA_SMTP_URL).',
    );
  }
  const contactIds = [...new Set(input.contactIds)];
  const keepers = await contactQuery(ctx.db).where('contact.id', 'in', contactIds).execute();
  if (
    keepers.length !== contactIds.length ||
    keepers.some((c) => !can(ctx.actor, 'communicate', c.owner_path))
  ) {
    throw notFound('người nhận');
  }
  const items = await attachedItems(ctx.db, id);

  const { claimed, skipped } = await ctx.db.transaction().execute(async (trx) => {
    const locked = await trx
      .selectFrom('press_releases')
      .select(['version', 'sent_at', 'sent_by'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.version !== input.version) throw staleVersion('Thông cáo báo chí');
    // Read under the lock: a withdrawal or a send that just committed counts.
    const candidates = new Map(
      (
        await trx
          .selectFrom('network_contacts')
          .select(['id', 'name', 'email', 'consent', 'unsubscribed_at', 'unsubscribe_token'])
          .where('id', 'in', contactIds)
          .execute()
      ).map((c) => [c.id, c]),
    );
    const earlier = new Map(
      (
        await trx
          .selectFrom('press_release_recipients')
          .select(['contact_id', 'sent_at', 'error'])
          .where('release_id', '=', id)
          .where('contact_id', 'in', contactIds)
          .execute()
      ).map((r) => [r.contact_id, r]),
    );
    const claimed: (Candidate & { email: string })[] = [];
    const skipped: { contactId: string; reason: string }[] = [];
    for (const contactId of contactIds) {
      const contact = candidates.get(contactId);
      if (!contact) throw notFound('người nhận');
      const reason = skipReason(contact, earlier.get(contactId));
      if (reason !== null || contact.email === null) {
        skipped.push({ contactId, reason: reason ?? NO_ADDRESS });
        continue;
      }
      if (earlier.has(contactId)) {
        await trx
          .updateTable('press_release_recipients')
          .set({ email: contact.email, error: null })
          .where('release_id', '=', id)
          .where('contact_id', '=', contactId)
          .execute();
      } else {
        await trx
          .insertInto('press_release_recipients')
          .values({ release_id: id, contact_id: contactId, email: contact.email })
          .execute();
      }
      claimed.push({ ...contact, email: contact.email });
    }
    if (claimed.length > 0) {
      await updateVersioned(trx, {
        table: 'press_releases',
        id,
        version: input.version,
        what: 'Thông cáo báo chí',
        set: {
          status: 'sent',
          sent_at: locked.sent_at ?? new Date(),
          sent_by: locked.sent_by ?? ctx.actor.userId,
        },
        audit: () => ({
          actorId: ctx.actor.userId,
          bodyId: release.body_id,
          action: 'press_release.send',
          entityType: 'press_release',
          after: { recipients: claimed.map((c) => c.id), skipped: skipped.length },
        }),
      });
    }
    return { claimed, skipped };
  });

  let sent = 0;
  let failed = 0;
  const tracked = trackedUrl(mail.publicUrl, release.code);
  for (const contact of claimed) {
    let error: string | null = null;
    try {
      await mailer.send(
        pressReleaseMail({
          release: { title: release.title, body: release.body, bodyName: release.body_name },
          items,
          contact,
          trackedUrl: tracked,
          unsubscribeUrl: unsubscribeUrl(mail.publicUrl, contact.unsubscribe_token),
        }),
      );
      sent++;
    } catch (cause) {
      error = `Máy chủ thư không gửi được: ${(cause as Error).message ?? String(cause)}`.slice(0, MAX_ERROR);
      failed++;
    }
    await ctx.db
      .updateTable('press_release_recipients')
      .set(error ? { error } : { sent_at: new Date() })
      .where('release_id', '=', id)
      .where('contact_id', '=', contact.id)
      .execute();
  }
  return { sent, failed, skipped };
}
