// @lantoa/reports: writes the consolidated report files (.docx, .xlsx, .pdf) and a plan's official
// document (.docx, then .pdf through the same converter) from data; no database.
export {
  buildConsolidatedReportDocx,
  type ConsolidatedReport,
  formatIndicatorTarget,
  formatIndicatorValue,
  formatNumberLine,
  formatPlaceAndDate,
  recipientLines,
} from './consolidated-report.ts';
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
export { buildValuesXlsx, type ValuesColumn, type ValuesSheet } from './values-workbook.ts';
