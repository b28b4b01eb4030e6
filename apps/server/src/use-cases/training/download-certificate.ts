import { unsafeFindBody } from '@lantoa/db';
import { can, vietnamToday } from '@lantoa/domain';
import { renderCertificate } from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { certificateUrl, certificateView } from './certificate-view.ts';
import { loadVisibleCourse } from './load-course.ts';

/**
 * A participant's certificate as PDF, for the organiser's readers and the readers of the body that
 * sent them; its QR code opens the public page that says it is genuine.
 */
export async function downloadCertificate(ctx: Context, participantId: string, publicUrl: string) {
  const view = await certificateView(ctx.db, participantId);
  if (!view) throw notFound('giấy chứng nhận');
  const { readsAll } = await loadVisibleCourse(ctx, view.course_id);
  const body = await unsafeFindBody(ctx.db, view.body_id);
  if (!readsAll && !(body && can(ctx.actor, 'readBody', body.path))) throw notFound('giấy chứng nhận');
  const pdf = await renderCertificate({
    issuerName: view.organiser_name,
    governingName: view.governing_name,
    personName: view.full_name,
    personBodyName: view.body_name,
    courseTopic: view.topic,
    courseKindLabel: 'lớp tập huấn, bồi dưỡng',
    startsOn: view.starts_on,
    endsOn: view.ends_on,
    place: view.place,
    certificateNo: view.certificate_no,
    issuedOn: vietnamToday(view.certificate_issued_at),
    verifyUrl: certificateUrl(publicUrl, view.id),
  });
  return { name: `Giay-chung-nhan-${view.certificate_no}.pdf`, pdf };
}
