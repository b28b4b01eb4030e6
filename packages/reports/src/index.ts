// @lantoa/reports: writes the consolidated report files (.docx, .xlsx, .pdf) from data; no database.
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
export { buildValuesXlsx, type ValuesColumn, type ValuesSheet } from './values-workbook.ts';
