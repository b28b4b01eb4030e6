// @lantoa/reports: writes the consolidated report files (.docx, .xlsx, .pdf) and a plan's official
// document (.docx, then .pdf through the same converter) from data; a training certificate (.pdf,
// drawn directly) and QR codes; no database.

// Issue 18: a certificate of merit (.pdf), the budget's consolidated tables (.xlsx), the yearly and
// final review (.docx).
export * from './budget-workbook.ts';
export {
  CERTIFICATE_FONT_FILES,
  type CertificateInput,
  certificateDates,
  renderCertificate,
} from './certificate.ts';
export {
  buildConsolidatedReportDocx,
  type ConsolidatedReport,
  formatIndicatorTarget,
  formatIndicatorValue,
  formatNumberLine,
  formatPlaceAndDate,
  type ReportPart,
  recipientLines,
  type TaskProgressRow,
} from './consolidated-report.ts';
export { buildHandoutDocx, type HandoutSection } from './handout.ts';
export * from './honour-certificate.ts';
export {
  convertDocxToPdfOnce,
  DEFAULT_PDF_TIMEOUT_MS,
  findLibreOffice,
  PdfConversionError,
  type PdfOptions,
  PdfUnavailableError,
  pdfConversionAvailable,
} from './pdf.ts';
export {
  type ConvertOptions,
  closePdfConverter,
  convertDocxToPdf,
  DEFAULT_PDF_MAX_WAITING,
  type OfficeProcess,
  PdfConverter,
  type PdfConverterOptions,
  sharedPdfConverter,
} from './pdf-converter.ts';
export {
  basisLine,
  buildPlanDocumentDocx,
  documentKindName,
  formatDocumentDate,
  type PlanBasisDocument,
  type PlanDocumentContent,
  type PlanDocumentReporting,
  type PlanDocumentTarget,
  type PlanDocumentTask,
  reportingLine,
  signerTitle,
  targetLine,
} from './plan-document.ts';
export { qrPng, qrSvg } from './qr.ts';
export * from './review-report.ts';
export { buildValuesXlsx, type ValuesColumn, type ValuesSheet } from './values-workbook.ts';
