// What the shared library holds: the languages of the ethnic communities it serves, the kinds of
// communication product the plans name, what the file is, and where an item stands in review.

export const LIBRARY_LANGUAGES = ['vi', 'tay', 'nung', 'hmong', 'dao', 'thai', 'other'] as const;
export type LibraryLanguage = (typeof LIBRARY_LANGUAGES)[number];

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

export const MEDIA_KINDS = ['image', 'pdf', 'word', 'audio', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export const LIBRARY_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type LibraryStatus = (typeof LIBRARY_STATUSES)[number];
