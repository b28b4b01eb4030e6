// What the shared library holds: the languages of the ethnic communities it serves, the kinds of
// communication product the plans name, what the file is, and where an item stands in review; the
// Vietnamese names of the languages and kinds, as the public pages write them (the staff app has its
// own, in both languages, in its messages).

export const LIBRARY_LANGUAGES = ['vi', 'tay', 'nung', 'hmong', 'dao', 'thai', 'other'] as const;
export type LibraryLanguage = (typeof LIBRARY_LANGUAGES)[number];
export const LIBRARY_LANGUAGE_NAMES: Readonly<Record<LibraryLanguage, string>> = {
  vi: 'Tiếng Việt',
  tay: 'Tiếng Tày',
  nung: 'Tiếng Nùng',
  hmong: "Tiếng H'Mông",
  dao: 'Tiếng Dao',
  thai: 'Tiếng Thái',
  other: 'Ngôn ngữ khác',
};

export const LIBRARY_KINDS = [
  'banner',
  'poster',
  'infographic',
  'video',
  'audio',
  'document',
  'qa',
  'other',
] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];
export const LIBRARY_KIND_NAMES: Readonly<Record<LibraryKind, string>> = {
  banner: 'Băng rôn',
  poster: 'Áp phích',
  infographic: 'Infographic',
  video: 'Video',
  audio: 'Âm thanh',
  document: 'Tài liệu',
  qa: 'Hỏi - đáp',
  other: 'Khác',
};

export const MEDIA_KINDS = ['image', 'pdf', 'word', 'audio', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export const LIBRARY_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type LibraryStatus = (typeof LIBRARY_STATUSES)[number];
