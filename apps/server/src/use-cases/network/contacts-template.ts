import { CONTACT_KIND_NAMES, CONTACT_KINDS, type ContactKind } from '@lantoa/domain';
import ExcelJS from 'exceljs';
import { closedListReader } from './sheet-cells.ts';

// The Excel template of a body's communication network: written by contactsTemplate, read back by
// importContacts. Its headers are found by name, so a list someone already keeps with these columns
// imports as it is.

export const CONTACTS_SHEET = 'Mạng lưới';
export const CONTACT_KIND_SHEET = 'Loại';

/** Each field's header in the template, then the other spellings people use for it. */
export const CONTACT_HEADERS = {
  kind: ['Loại', 'Phân loại', 'Loại đối tượng'],
  name: ['Họ tên/Tên', 'Họ tên', 'Họ và tên', 'Tên', 'Tên cơ quan, cá nhân'],
  organisation: ['Cơ quan/Tổ chức', 'Cơ quan, tổ chức', 'Cơ quan', 'Tổ chức', 'Đơn vị', 'Cơ quan công tác'],
  roleTitle: ['Chức danh', 'Chức vụ', 'Chức vụ, chức danh'],
  email: ['Thư điện tử', 'Email', 'E-mail', 'Địa chỉ thư điện tử', 'Địa chỉ email'],
  phone: ['Điện thoại', 'Số điện thoại', 'Di động', 'Số di động', 'SĐT', 'ĐT'],
  url: ['Trang web', 'Website', 'Trang', 'Địa chỉ trang web'],
  topics: ['Chủ đề', 'Chủ đề quan tâm', 'Lĩnh vực'],
  consent: ['Đồng ý nhận tin', 'Đồng ý nhận thông cáo', 'Đồng ý'],
  consentOn: ['Ngày đồng ý', 'Ngày đồng ý nhận tin'],
} as const;
export type ContactField = keyof typeof CONTACT_HEADERS;

/** What people write for a kind of contact besides its name in CONTACT_KIND_NAMES. */
const CONTACT_KIND_VARIANTS: Record<ContactKind, readonly string[]> = {
  press_agency: ['Báo', 'Báo chí', 'Tạp chí', 'Đài', 'Đài phát thanh', 'Đài truyền hình', 'Cơ quan báo'],
  reporter: ['Phóng viên', 'Biên tập viên', 'Nhà báo', 'PV', 'BTV'],
  expert: ['Chuyên gia'],
  scientist: ['Nhà khoa học', 'Nhà nghiên cứu'],
  organisation: ['Tổ chức', 'Hội', 'Đoàn thể', 'Tổ chức xã hội'],
  business: ['Doanh nghiệp', 'Công ty', 'DN'],
  influencer: ['Người có ảnh hưởng', 'KOL', 'KOC', 'Người nổi tiếng'],
  page: ['Trang mạng xã hội', 'Fanpage', 'Trang', 'Kênh', 'Trang fanpage', 'Kênh mạng xã hội'],
};

/** The kind of contact a cell names ("Phóng viên", "co quan bao chi"…), if any. */
export const contactKindFromName = closedListReader(CONTACT_KIND_NAMES, CONTACT_KIND_VARIANTS);

const HEADERS = Object.values(CONTACT_HEADERS).map((names) => names[0]);
const WIDTHS = [26, 30, 30, 22, 30, 16, 30, 30, 16, 16];
/** Rows given the kind's drop-down and the text format. */
const PREPARED_ROWS = 1000;
const column = (field: ContactField) => Object.keys(CONTACT_HEADERS).indexOf(field) + 1;

/**
 * The empty template: the headers on the first sheet (phone and date as text, the kind from a
 * drop-down of the second sheet, which lists the kinds' names, and consent from Có/Không).
 */
export async function contactsTemplate(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lan Tỏa';
  const sheet = book.addWorksheet(CONTACTS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS.map((header, i) => ({ header, width: WIDTHS[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  const kinds = book.addWorksheet(CONTACT_KIND_SHEET);
  kinds.columns = [{ header: 'Loại', width: 36 }];
  kinds.getRow(1).font = { bold: true };
  for (const kind of CONTACT_KINDS) kinds.addRow([CONTACT_KIND_NAMES[kind]]);
  const list = `'${CONTACT_KIND_SHEET}'!$A$2:$A$${CONTACT_KINDS.length + 1}`;
  for (let row = 2; row <= PREPARED_ROWS + 1; row++) {
    sheet.getCell(row, column('kind')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [list],
      showErrorMessage: true,
      errorTitle: 'Loại',
      error: `Hãy chọn một loại trong danh sách ở trang "${CONTACT_KIND_SHEET}".`,
    };
    sheet.getCell(row, column('consent')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"Có,Không"'],
      showErrorMessage: true,
      errorTitle: 'Đồng ý nhận tin',
      error: 'Hãy chọn Có hoặc Không.',
    };
    // Typed as text: "0912 345 678" stays as written, and a date as dd/mm/yyyy.
    sheet.getCell(row, column('phone')).numFmt = '@';
    sheet.getCell(row, column('consentOn')).numFmt = '@';
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
