import ExcelJS from 'exceljs';

/** Rows given the drop-downs and the text format: more than a body fills in one file. */
const PREPARED_ROWS = 1000;

/** How a column of a template is filled (its header is the first of the field's headers). */
export interface TemplateColumn {
  width: number;
  /** Picked from a drop-down of the list's names, written on the list's own sheet. */
  list?: { names: readonly string[]; what: string; sheet: string };
  /** Picked from Có/Không. */
  yesNo?: boolean;
  /** Typed as text: a phone keeps its leading 0, a day stays dd/mm/yyyy as written. */
  asText?: boolean;
}

const pickFrom = (title: string, formula: string, error: string): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [formula],
  showErrorMessage: true,
  errorTitle: title,
  error,
});

/**
 * The empty template of an Excel import, which reads its columns back by their headers: the first of
 * each field's `headers` on the first sheet (frozen, bold), each closed list's names in a column of
 * the sheet the list names (the drop-downs' source, where people also read them), and the first
 * rows prepared with the drop-downs and the text format.
 */
export async function sheetTemplate<F extends string>(
  name: string,
  headers: Record<F, readonly string[]>,
  columns: Record<F, TemplateColumn>,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lan Tỏa';
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const fields = Object.keys(headers) as F[];
  const header = (field: F) => headers[field][0] ?? field;
  sheet.columns = fields.map((field) => ({ header: header(field), width: columns[field].width }));
  sheet.getRow(1).font = { bold: true };

  fields.forEach((field, index) => {
    const { list, yesNo, asText } = columns[field];
    let validation: ExcelJS.DataValidation | undefined;
    if (yesNo) validation = pickFrom(header(field), '"Có,Không"', 'Hãy chọn Có hoặc Không.');
    if (list) {
      const names = book.getWorksheet(list.sheet) ?? book.addWorksheet(list.sheet);
      const column = names.getColumn(names.actualColumnCount + 1);
      column.values = [header(field), ...list.names];
      column.width = Math.max(header(field).length, ...list.names.map((n) => n.length)) + 4;
      names.getRow(1).font = { bold: true };
      validation = pickFrom(
        header(field),
        `'${list.sheet}'!$${column.letter}$2:$${column.letter}$${list.names.length + 1}`,
        `Hãy chọn một ${list.what} trong danh sách ở trang "${list.sheet}".`,
      );
    }
    for (let row = 2; row <= PREPARED_ROWS + 1; row++) {
      const cell = sheet.getCell(row, index + 1);
      if (validation) cell.dataValidation = validation;
      if (asText) cell.numFmt = '@';
    }
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}
