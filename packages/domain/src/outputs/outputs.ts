// The outward half of a plan (issue 16): what bodies published and where, the channels they publish
// on, the communication network they write to, and the closed lists the API speaks in. This file
// holds the lists and their Vietnamese names only, so the web's constants entry point stays small.

import { membersOf } from '../named-list.ts';

/** What was published: the plans' own words for communication products. */
export const OUTPUT_KIND_NAMES = {
  article: 'Tin, bài viết',
  reportage: 'Phóng sự',
  tv_radio: 'Chương trình phát thanh, truyền hình',
  portal_post: 'Tin, bài trên cổng thông tin điện tử',
  social_post: 'Bài đăng mạng xã hội',
  rebroadcast: 'Phát lại trên loa truyền thanh',
  visual: 'Pano, áp phích, băng rôn',
  publication: 'Xuất bản phẩm',
} as const;
export type OutputKind = keyof typeof OUTPUT_KIND_NAMES;
export const OUTPUT_KINDS = membersOf(OUTPUT_KIND_NAMES);

/** Where it was published. A body's registered channels have one of these kinds too. */
export const CHANNEL_KIND_NAMES = {
  press: 'Báo, tạp chí, đài (chuyên trang, chuyên mục)',
  portal: 'Cổng, trang thông tin điện tử',
  fanpage: 'Trang mạng xã hội (fanpage)',
  zalo_oa: 'Zalo OA',
  loudspeaker: 'Loa truyền thanh',
  visual: 'Tuyên truyền trực quan',
} as const;
export type ChannelKind = keyof typeof CHANNEL_KIND_NAMES;
export const CHANNEL_KINDS = membersOf(CHANNEL_KIND_NAMES);

/**
 * The channels that make a body's "section" (chuyên trang, chuyên mục, a page of its portal, its
 * fanpage or Zalo OA): what "bodies with an active section" counts. Loudspeakers and posters have
 * their own indicators (stations that rebroadcast; pushed products placed).
 */
export const SECTION_CHANNEL_KINDS: readonly ChannelKind[] = ['press', 'portal', 'fanpage', 'zalo_oa'];

/** How an output reached the register. */
export const OUTPUT_SOURCES = ['manual', 'excel', 'feed', 'push'] as const;
export type OutputSource = (typeof OUTPUT_SOURCES)[number];

/** Who is in the communication network (mạng lưới truyền thông). */
export const CONTACT_KIND_NAMES = {
  press_agency: 'Cơ quan báo chí',
  reporter: 'Phóng viên, biên tập viên',
  expert: 'Chuyên gia',
  scientist: 'Nhà khoa học',
  organisation: 'Tổ chức',
  business: 'Doanh nghiệp',
  influencer: 'Người có ảnh hưởng',
  page: 'Trang mạng xã hội',
} as const;
export type ContactKind = keyof typeof CONTACT_KIND_NAMES;
export const CONTACT_KINDS = membersOf(CONTACT_KIND_NAMES);

export const PRESS_RELEASE_STATUSES = ['draft', 'sent'] as const;
export type PressReleaseStatus = (typeof PRESS_RELEASE_STATUSES)[number];

/** The indicators the register measures (computed kinds of `indicators`). */
export const OUTPUT_INDICATOR_KINDS = [
  'channels_active',
  'outputs_local',
  'outputs_commissioned',
  'stations_rebroadcast',
] as const;
export type OutputIndicatorKind = (typeof OUTPUT_INDICATOR_KINDS)[number];
