import { AUDIENCE_NAMES, AUDIENCES, type Audience } from '@lantoa/domain';
import ExcelJS from 'exceljs';
import { foldedKey } from './import-sheet.ts';

// The Excel template of a body's roster: written by rosterTemplate, read back by importRoster. Its
// headers are found by name, so a list someone already keeps with these columns imports as it is.

export const ROSTER_SHEET = 'Danh sách';
export const AUDIENCE_SHEET = 'Đối tượng';

/** Each field's header in the template, then the other spellings people use for it. */
export const ROSTER_HEADERS = {
  fullName: ['Họ và tên', 'Họ tên', 'Họ và tên đầy đủ'],
  audience: ['Đối tượng', 'Nhóm đối tượng'],
  roleTitle: ['Chức vụ', 'Chức danh', 'Chức vụ, chức danh'],
  phone: ['Số điện thoại', 'Điện thoại', 'Số di động', 'Di động', 'SĐT', 'Số ĐT', 'ĐT'],
  village: ['Thôn/Tổ dân phố', 'Thôn, tổ dân phố', 'Thôn', 'Tổ dân phố', 'Thôn, tổ'],
  joinedOn: ['Ngày tham gia'],
} as const;
export type RosterField = keyof typeof ROSTER_HEADERS;

// What people write for an audience besides its name in AUDIENCE_NAMES: shorter forms, the words of
// the plans, abbreviations. Compared folded, so "CÁN BỘ, CÔNG CHỨC" and "can bo cong chuc" are one.
const AUDIENCE_VARIANTS: Record<Audience, string[]> = {
  communication_staff: [
    'Cán bộ truyền thông',
    'Cán bộ chuyên trách truyền thông',
    'Cán bộ chuyên trách làm công tác truyền thông',
    'Truyền thông',
  ],
  grassroots_info_staff: ['Thông tin cơ sở', 'Cán bộ TTCS', 'TTCS', 'Cán bộ thông tin'],
  officials: [
    'Cán bộ, công chức',
    'Công chức, viên chức',
    'Cán bộ công chức viên chức',
    'CBCCVC',
    'CBCC',
    'Công chức',
    'Viên chức',
    'Cán bộ',
  ],
  party_members: ['Đảng viên'],
  digital_team: [
    'Tổ công nghệ số cộng đồng',
    'Thành viên Tổ công nghệ số',
    'Tổ công nghệ số',
    'Tổ CNSCĐ',
    'Thành viên Tổ CNSCĐ',
    'Tổ CNS',
    'Tổ chuyển đổi số cộng đồng',
  ],
  students: ['Học sinh', 'Sinh viên', 'Học sinh sinh viên', 'HSSV'],
  citizens: ['Người dân', 'Công dân', 'Nhân dân', 'Dân'],
};
const AUDIENCE_BY_KEY = new Map<string, Audience>(
  AUDIENCES.flatMap((audience) =>
    [AUDIENCE_NAMES[audience], ...AUDIENCE_VARIANTS[audience], audience].map(
      (name) => [foldedKey(name), audience] as const,
    ),
  ),
);

/** The audience a cell names ("Thành viên Tổ công nghệ số cộng đồng", "cán bộ, công chức"…), if any. */
export function audienceFromName(text: string): Audience | null {
  const key = foldedKey(text).replace(/^(cac|nhom) /, '');
  return AUDIENCE_BY_KEY.get(key) ?? null;
}

const HEADERS = Object.values(ROSTER_HEADERS).map((names) => names[0]);
const WIDTHS = [30, 36, 24, 16, 24, 16];
/** Rows given the audience drop-down and the text format (a phone keeps its leading 0). */
const PREPARED_ROWS = 1000;

/**
 * The empty roster template: the headers on the first sheet (phone and date columns as text, the
 * audience from a drop-down of the second sheet, which lists the audiences' names).
 */
export async function rosterTemplate(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lan Tỏa';
  const sheet = book.addWorksheet(ROSTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS.map((header, i) => ({ header, width: WIDTHS[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  const names = book.addWorksheet(AUDIENCE_SHEET);
  names.columns = [{ header: 'Đối tượng', width: 40 }];
  names.getRow(1).font = { bold: true };
  for (const audience of AUDIENCES) names.addRow([AUDIENCE_NAMES[audience]]);
  const list = `'${AUDIENCE_SHEET}'!$A$2:$A$${AUDIENCES.length + 1}`;
  for (let row = 2; row <= PREPARED_ROWS + 1; row++) {
    sheet.getCell(row, 2).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [list],
      showErrorMessage: true,
      errorTitle: 'Đối tượng',
      error: `Hãy chọn một đối tượng trong danh sách ở trang "${AUDIENCE_SHEET}".`,
    };
    // Typed as text: "0912 345 678" stays as written, and a date as dd/mm/yyyy.
    sheet.getCell(row, 4).numFmt = '@';
    sheet.getCell(row, 6).numFmt = '@';
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
