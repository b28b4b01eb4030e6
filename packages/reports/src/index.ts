// @lantoa/reports: writes the consolidated report files (.docx, .xlsx, .pdf) from data; no database.
export {
  buildConsolidatedReportDocx,
  type ConsolidatedReport,
  formatNumberLine,
  formatPlaceAndDate,
  recipientLines,
} from './consolidated-report.ts';
export {
  convertDocxToPdf,
  DEFAULT_PDF_TIMEOUT_MS,
  PdfConversionError,
  type PdfOptions,
  PdfUnavailableError,
  pdfConversionAvailable,
} from './pdf.ts';
export { buildValuesXlsx, type ValuesColumn, type ValuesSheet } from './values-workbook.ts';
