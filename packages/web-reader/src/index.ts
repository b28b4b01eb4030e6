// @lantoa/web-reader: reads what the server is asked to read on the web — a channel's feed (RSS,
// Atom, sitemap) and a pasted link's page (Open Graph) — without letting a user aim the server at
// private addresses, and within a deadline and a size cap.
export { isPublicAddress } from './addresses.ts';
export { decodeDocument } from './charset.ts';
export { parseWebDate } from './dates.ts';
export { WebReadError, type WebReadErrorCode } from './errors.ts';
export {
  DEFAULT_MAX_SITEMAPS,
  type Feed,
  type FeedItem,
  MAX_FEED_ITEMS,
  parseFeedXml,
  type ReadFeedOptions,
  readFeed,
  type SitemapIndex,
  titleFromLink,
} from './feed.ts';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type FetchedDocument,
  type FetchOptions,
  fetchPublic,
  MAX_REDIRECTS,
} from './fetch-public.ts';
export {
  DEFAULT_PAGE_MAX_BYTES,
  type PagePreview,
  parsePagePreview,
  readPagePreview,
} from './page-preview.ts';
