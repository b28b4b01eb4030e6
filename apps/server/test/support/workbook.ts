import ExcelJS from 'exceljs';

/**
 * A workbook the server sent (an export, a template), read back as Excel would open it. ExcelJS types
 * its input as its own `Buffer`, which a Node Buffer does not match: the one cast lives here.
 */
export async function workbookOf(response: { rawPayload: Uint8Array }): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(response.rawPayload) as unknown as ArrayBuffer);
  return book;
}
