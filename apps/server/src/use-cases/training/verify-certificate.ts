import type { Database } from '@lantoa/db';
import { vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { certificateView } from './certificate-view.ts';

/**
 * What the public page says of a certificate's QR code: genuine, with what it certifies, or not
 * found. No account needed; the id in the link is random, so certificates cannot be listed by guessing.
 */
export async function verifyCertificate(db: Kysely<Database>, participantId: string) {
  const view = await certificateView(db, participantId);
  if (!view) return { found: false as const };
  return {
    found: true as const,
    certificateNo: view.certificate_no,
    personName: view.full_name,
    personBodyName: view.body_name,
    courseTopic: view.topic,
    issuerName: view.organiser_name,
    startsOn: view.starts_on,
    endsOn: view.ends_on,
    issuedOn: vietnamToday(view.certificate_issued_at),
  };
}
