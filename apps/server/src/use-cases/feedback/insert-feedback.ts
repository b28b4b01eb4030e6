import type { Database } from '@lantoa/db';
import type { FeedbackTopic } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { FileStorage } from '../../files/storage.ts';
import { storeFile, type UploadedFile } from '../files/store-file.ts';
import { newReceiptCode } from '../public-site/receipt-code.ts';
import { insertAudited } from '../shared/insert-audited.ts';
import { feedbackReceived } from './feedback-notices.ts';

/** An item as it is written, its fields already checked. */
export interface NewFeedback {
  topic: FeedbackTopic;
  text: string;
  place: string;
  placeBodyId: string | null;
  contact: { name: string; phone: string | null; email: string | null };
  /** A photo that passed the media checks, or null. */
  photo: UploadedFile | null;
}

const CODE_ATTEMPTS = 5;
class CodeTaken extends Error {}

/**
 * Writes an item sent to a site, in the caller's transaction: its photo (kept under the site's body,
 * never public), the row with a fresh receipt code (one already taken, one chance in 10^11, is drawn
 * again), its audit entry with no actor and without the contact details, and the notice to the
 * site's people.
 */
export async function insertFeedback(
  trx: Kysely<Database>,
  files: FileStorage,
  site: { bodyId: string; path: string; name: string },
  item: NewFeedback,
) {
  const stored = item.photo ? await storeFile(trx, files, site.bodyId, null, item.photo) : null;
  for (let attempt = 1; ; attempt++) {
    const code = newReceiptCode('PA');
    try {
      const row = await insertAudited(trx, {
        table: 'feedback',
        // Received now by the app's clock, which reckons ages and deadlines (not the database's).
        values: {
          code,
          created_at: new Date(),
          site_body_id: site.bodyId,
          topic: item.topic,
          text: item.text,
          photo_file_id: stored?.id ?? null,
          place: item.place,
          place_body_id: item.placeBodyId,
          contact_name: item.contact.name,
          contact_phone: item.contact.phone,
          contact_email: item.contact.email,
        },
        unique: { columns: ['code'], taken: () => new CodeTaken() },
        // The audit keeps what was sent, never the sender's contact details.
        audit: () => ({
          actorId: null,
          bodyId: site.bodyId,
          action: 'feedback.submit',
          entityType: 'feedback',
          after: {
            code,
            topic: item.topic,
            text: item.text,
            place: item.place,
            placeBodyId: item.placeBodyId,
            photo: stored ? { name: stored.name, size: stored.size } : null,
            withContact: Boolean(item.contact.name || item.contact.phone || item.contact.email),
          },
        }),
      });
      await feedbackReceived(trx, { id: row.id, code, topic: item.topic }, site);
      return row;
    } catch (error) {
      if (!(error instanceof CodeTaken) || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}
