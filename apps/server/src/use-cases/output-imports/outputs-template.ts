import {
  CHANNEL_KIND_NAMES,
  CHANNEL_KINDS,
  type ChannelKind,
  OUTPUT_KIND_NAMES,
  OUTPUT_KINDS,
  type OutputKind,
} from '@lantoa/domain';
import ExcelJS from 'exceljs';
import { closedListReader } from '../network/sheet-cells.ts';

// The Excel template of the outputs register (bulk entry of what a body published): written by
// outputsTemplate, read back by importOutputs. Its headers are found by name, so a list someone
// already keeps with these columns imports as it is.

export const OUTPUTS_SHEET = 'Sản phẩm';
export const LISTS_SHEET = 'Danh mục';

/** Each field's header in the template, then the other spellings people use for it. */
export const OUTPUT_HEADERS = {
  publishedOn: ['Ngày đăng', 'Ngày đăng, phát', 'Ngày đăng phát', 'Ngày phát', 'Ngày'],
  kind: ['Loại sản phẩm', 'Loại', 'Loại tin, bài'],
  title: ['Tiêu đề', 'Tên sản phẩm', 'Tên tin, bài', 'Tên bài'],
  channelKind: ['Kênh', 'Loại kênh'],
  channelName: ['Tên kênh/báo', 'Tên kênh', 'Tên báo', 'Tên kênh, báo', 'Nơi đăng'],
  url: ['Đường dẫn', 'Link', 'Liên kết', 'URL', 'Địa chỉ'],
  topics: ['Chủ đề'],
  aboutLocal: [
    'Về nỗ lực của địa phương',
    'Về nỗ lực của địa phương (Có/Không)',
    'Nỗ lực của địa phương',
    'Về địa phương',
  ],
  commissioned: ['Đặt hàng', 'Đặt hàng (Có/Không)', 'Thuộc chương trình đặt hàng', 'Sản phẩm đặt hàng'],
} as const;
export type OutputField = keyof typeof OUTPUT_HEADERS;

/** What people write for a kind of product besides its name in OUTPUT_KIND_NAMES. */
const OUTPUT_KIND_VARIANTS: Record<OutputKind, readonly string[]> = {
  article: ['Tin', 'Bài', 'Tin bài', 'Bài viết', 'Tin tức', 'Bài báo'],
  reportage: ['Phóng sự truyền hình', 'Ký sự'],
  tv_radio: [
    'Chương trình phát thanh',
    'Chương trình truyền hình',
    'Phát thanh',
    'Truyền hình',
    'Chương trình',
  ],
  portal_post: ['Tin bài trên cổng thông tin', 'Bài trên cổng thông tin', 'Cổng thông tin', 'Tin trên cổng'],
  social_post: ['Mạng xã hội', 'Bài đăng', 'Bài đăng fanpage', 'Bài đăng Zalo', 'Bài mạng xã hội'],
  rebroadcast: ['Phát lại', 'Tiếp sóng', 'Phát trên loa', 'Phát lại trên loa'],
  visual: ['Pano', 'Áp phích', 'Băng rôn', 'Pano, áp phích', 'Khẩu hiệu', 'Tranh cổ động'],
  publication: ['Sách', 'Tờ gấp', 'Ấn phẩm', 'Tài liệu'],
};

/** What people write for a channel besides its name in CHANNEL_KIND_NAMES. */
const CHANNEL_KIND_VARIANTS: Record<ChannelKind, readonly string[]> = {
  press: [
    'Báo',
    'Báo chí',
    'Tạp chí',
    'Báo, tạp chí',
    'Đài',
    'Đài phát thanh',
    'Đài truyền hình',
    'Phát thanh',
    'Truyền hình',
    'Chuyên trang',
    'Chuyên mục',
  ],
  portal: [
    'Cổng thông tin điện tử',
    'Cổng thông tin',
    'Trang thông tin điện tử',
    'Cổng TTĐT',
    'Website',
    'Trang web',
  ],
  fanpage: ['Fanpage', 'Facebook', 'Trang Facebook', 'Trang mạng xã hội', 'Mạng xã hội'],
  zalo_oa: ['Zalo', 'Zalo Official Account'],
  loudspeaker: ['Loa', 'Truyền thanh', 'Đài truyền thanh', 'Truyền thanh cơ sở'],
  visual: ['Trực quan', 'Pano, áp phích'],
};

/** The kind of product a cell names ("Tin, bài viết", "phong su"…), if any. */
export const outputKindFromName = closedListReader(OUTPUT_KIND_NAMES, OUTPUT_KIND_VARIANTS);
/** The channel a cell names ("Cổng thông tin", "Zalo"…), if any. */
export const channelKindFromName = closedListReader(CHANNEL_KIND_NAMES, CHANNEL_KIND_VARIANTS);

const HEADERS = Object.values(OUTPUT_HEADERS).map((names) => names[0]);
const WIDTHS = [14, 34, 48, 36, 28, 40, 28, 16, 12];
/** Rows given the drop-downs and the text format. */
const PREPARED_ROWS = 1000;
const column = (field: OutputField) => Object.keys(OUTPUT_HEADERS).indexOf(field) + 1;

const pickFrom = (title: string, formula: string, error: string): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [formula],
  showErrorMessage: true,
  errorTitle: title,
  error,
});

/**
 * The empty template: the headers on the first sheet (the day as text dd/mm/yyyy, the kinds of
 * product and of channel from drop-downs of the second sheet, which lists their names, and the two
 * flags from Có/Không).
 */
export async function outputsTemplate(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lan Tỏa';
  const sheet = book.addWorksheet(OUTPUTS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS.map((header, i) => ({ header, width: WIDTHS[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  const lists = book.addWorksheet(LISTS_SHEET);
  lists.columns = [
    { header: 'Loại sản phẩm', width: 40 },
    { header: 'Kênh', width: 44 },
  ];
  lists.getRow(1).font = { bold: true };
  OUTPUT_KINDS.forEach((kind, i) => {
    lists.getCell(i + 2, 1).value = OUTPUT_KIND_NAMES[kind];
  });
  CHANNEL_KINDS.forEach((kind, i) => {
    lists.getCell(i + 2, 2).value = CHANNEL_KIND_NAMES[kind];
  });
  const kinds = pickFrom(
    'Loại sản phẩm',
    `'${LISTS_SHEET}'!$A$2:$A$${OUTPUT_KINDS.length + 1}`,
    `Hãy chọn một loại sản phẩm trong danh sách ở trang "${LISTS_SHEET}".`,
  );
  const channels = pickFrom(
    'Kênh',
    `'${LISTS_SHEET}'!$B$2:$B$${CHANNEL_KINDS.length + 1}`,
    `Hãy chọn một kênh trong danh sách ở trang "${LISTS_SHEET}".`,
  );
  const yesNo = pickFrom('Có/Không', '"Có,Không"', 'Hãy chọn Có hoặc Không.');
  for (let row = 2; row <= PREPARED_ROWS + 1; row++) {
    sheet.getCell(row, column('kind')).dataValidation = kinds;
    sheet.getCell(row, column('channelKind')).dataValidation = channels;
    sheet.getCell(row, column('aboutLocal')).dataValidation = yesNo;
    sheet.getCell(row, column('commissioned')).dataValidation = yesNo;
    // Typed as text: a date stays dd/mm/yyyy as written.
    sheet.getCell(row, column('publishedOn')).numFmt = '@';
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
