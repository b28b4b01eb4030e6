import {
  buildReviewReportDocx,
  convertDocxToPdf,
  PdfConversionError,
  PdfUnavailableError,
  type ReviewReport,
} from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { rememberReportSigning } from '../reports/report-signing.ts';
import { loadPlanToReview } from './load-plan-to-review.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The yearly or final review, as the coordinator edited its draft, written as a Decree 30/2020 .docx
 * or converted to PDF by the server's LibreOffice. Only those who may draft it (the plan issuer's
 * coordinators) may write it; a server without LibreOffice, or a conversion that fails, answers 503
 * saying to take the .docx. The signer and recipients are remembered for the body's next report, as
 * the consolidated report's are (one choice per body).
 */
export async function renderReviewReport(
  ctx: Context,
  planId: string,
  report: ReviewReport,
  format: 'docx' | 'pdf',
): Promise<{ name: string; mediaType: string; bytes: Uint8Array }> {
  await loadPlanToReview(ctx, planId);
  await rememberReportSigning(ctx, ctx.actor.bodyId, {
    signer: report.signer,
    recipients: report.recipients,
  });
  const docx = await buildReviewReportDocx(report);
  const base =
    report.kind === 'yearly' ? `so-ket-nam-${report.year}` : `tong-ket-${report.years[0]}-${report.year}`;
  if (format === 'docx') return { name: `${base}.docx`, mediaType: DOCX, bytes: docx };
  try {
    return { name: `${base}.pdf`, mediaType: 'application/pdf', bytes: await convertDocxToPdf(docx) };
  } catch (error) {
    if (error instanceof PdfUnavailableError || error instanceof PdfConversionError) {
      throw new AppError('pdf_unavailable', error.message);
    }
    throw error;
  }
}
