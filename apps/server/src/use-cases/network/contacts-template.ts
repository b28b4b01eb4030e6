import { CONTACT_KIND_NAMES, type ContactKind } from '@lantoa/domain';
import { sheetTemplate } from '../shared/sheet-template.ts';
import { closedList } from '../training/import-sheet.ts';

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

/** The kinds of contact, as a cell names them ("Phóng viên", "co quan bao chi"…). */
export const CONTACT_KIND_LIST = closedList(CONTACT_KIND_NAMES, CONTACT_KIND_VARIANTS, {
  what: 'loại',
  sheet: CONTACT_KIND_SHEET,
});

/**
 * The empty template: the headers on the first sheet (phone and date as text, the kind from a
 * drop-down of the second sheet, which lists the kinds' names, and consent from Có/Không).
 */
export const contactsTemplate = () =>
  sheetTemplate(CONTACTS_SHEET, CONTACT_HEADERS, {
    kind: { width: 26, list: CONTACT_KIND_LIST },
    name: { width: 30 },
    organisation: { width: 30 },
    roleTitle: { width: 22 },
    email: { width: 30 },
    phone: { width: 16, asText: true },
    url: { width: 30 },
    topics: { width: 30 },
    consent: { width: 16, yesNo: true },
    consentOn: { width: 16, asText: true },
  });
