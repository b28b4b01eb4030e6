import { CHANNEL_KIND_NAMES, type ChannelKind, OUTPUT_KIND_NAMES, type OutputKind } from '@lantoa/domain';
import { sheetTemplate } from '../shared/sheet-template.ts';
import { closedList } from '../training/import-sheet.ts';

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

/** The kinds of product, as a cell names them ("Tin, bài viết", "phong su"…). */
export const OUTPUT_KIND_LIST = closedList(OUTPUT_KIND_NAMES, OUTPUT_KIND_VARIANTS, {
  what: 'loại sản phẩm',
  sheet: LISTS_SHEET,
});
/** The kinds of channel, as a cell names them ("Cổng thông tin", "Zalo"…). */
export const CHANNEL_KIND_LIST = closedList(CHANNEL_KIND_NAMES, CHANNEL_KIND_VARIANTS, {
  what: 'kênh',
  sheet: LISTS_SHEET,
});

/**
 * The empty template: the headers on the first sheet (the day as text dd/mm/yyyy, the kinds of
 * product and of channel from drop-downs of the second sheet, which lists their names, and the two
 * flags from Có/Không).
 */
export const outputsTemplate = () =>
  sheetTemplate(OUTPUTS_SHEET, OUTPUT_HEADERS, {
    publishedOn: { width: 14, asText: true },
    kind: { width: 34, list: OUTPUT_KIND_LIST },
    title: { width: 48 },
    channelKind: { width: 36, list: CHANNEL_KIND_LIST },
    channelName: { width: 28 },
    url: { width: 40 },
    topics: { width: 28 },
    aboutLocal: { width: 16, yesNo: true },
    commissioned: { width: 12, yesNo: true },
  });
