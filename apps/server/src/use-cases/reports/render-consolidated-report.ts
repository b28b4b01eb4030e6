import {
  buildConsolidatedReportDocx,
  type ConsolidatedReport,
  convertDocxToPdf,
  PdfConversionError,
  PdfUnavailableError,
} from '@lantoa/reports';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadPeriodToConsolidate } from './load-report.ts';
import { rememberReportSigning } from './report-signing.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface RenderedReport {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/**
 * The consolidated report, as the coordinator edited its draft, written as a Decree 30/2020 .docx or
 * converted to PDF by LibreOffice. Only those who may draft it (the plan's coordinators) may write it;
 * a server without LibreOffice, or a conversion that fails, answers 503 saying to take the .docx.
 * The signer and recipients are remembered for the coordinator's body's next draft.
 */
export async function renderConsolidatedReport(
  ctx: Context,
  periodId: string,
  report: ConsolidatedReport,
  format: 'docx' | 'pdf',
): Promise<RenderedReport> {
  await loadPeriodToConsolidate(ctx, periodId);
  await rememberReportSigning(ctx, ctx.actor.bodyId, {
    signer: report.signer,
    recipients: report.recipients,
  });
  const docx = await buildConsolidatedReportDocx(report);
  if (format === 'docx') return { name: 'bao-cao-tong-hop.docx', mediaType: DOCX, bytes: docx };
  try {
    const pdf = await convertDocxToPdf(docx);
    return { name: 'bao-cao-tong-hop.pdf', mediaType: 'application/pdf', bytes: pdf };
  } catch (error) {
    if (error instanceof PdfUnavailableError || error instanceof PdfConversionError) {
      throw new AppError('pdf_unavailable', error.message);
    }
    throw error;
  }
}
