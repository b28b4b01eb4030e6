import { gunzipSync } from 'node:zlib';
import type { Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { decodeDocument } from './charset.ts';
import { parseWebDate } from './dates.ts';
import { readErrors, WebReadError } from './errors.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type FetchOptions, fetchPublic } from './fetch-public.ts';
import { absoluteHttpUrl, cleanText, clip, htmlImageAndLinks, htmlToText } from './html-text.ts';
import { child, childByLocalName, childElements, localName, parseXml, textOf } from './xml-document.ts';

// A channel's feed as items: RSS 2.0 (and RSS 1.0), Atom 1.0, or a sitemap (news sitemaps carry a
// title and a publication date; a plain one only addresses and dates). The XML is read by
// htmlparser2 and mapped here rather than by its getFeed(), which dates an Atom entry by <updated>
// instead of <published>, takes an entry's first <link> whatever its rel, reads a date written
// without a zone in the server's zone, and knows no enclosure or media:thumbnail.

export interface FeedItem {
  /** The item's guid or id, else its link: what identifies it from one read to the next. */
  id: string;
  title: string;
  /** Absolute http(s), or '' when the item has none. */
  link: string;
  publishedAt: Date | null;
  /** The item's description as plain text, at most SUMMARY_LENGTH characters. */
  summary: string;
  imageUrl: string | null;
  /** The http(s) links inside the item's description or content (a press release's tracked link…). */
  links: string[];
}

export interface Feed {
  kind: 'rss' | 'atom' | 'sitemap';
  title: string;
  /** Newest first, at most MAX_FEED_ITEMS. */
  items: FeedItem[];
}

export interface SitemapIndex {
  kind: 'sitemap_index';
  sitemaps: { url: string; lastModified: Date | null }[];
}

/** A sitemap may list 50 000 addresses: the newest this many are read. */
export const MAX_FEED_ITEMS = 200;
export const SUMMARY_LENGTH = 1000;
/** Child sitemaps of an index read (the most recently changed ones). */
export const DEFAULT_MAX_SITEMAPS = 3;
const TITLE_LENGTH = 500;

const isImageType = (type: string | undefined) => Boolean(type?.toLowerCase().startsWith('image/'));

/**
 * A title made from an address's last segment ("/chuyen-doi-so-tai-xa-hoa-an-12345.html" →
 * "Chuyen doi so tai xa hoa an"), for sitemap entries that carry none. Without diacritics, but the
 * topic words match it all the same (matching folds diacritics away).
 */
export function titleFromLink(link: string): string {
  let segment = '';
  try {
    const url = new URL(link);
    segment = url.pathname.split('/').filter(Boolean).pop() ?? '';
    segment = decodeURIComponent(segment);
    if (!segment) return url.hostname;
  } catch {
    return link;
  }
  const words = segment
    .replace(/\.(html?|aspx?|php|jsp|cfm)$/i, '')
    // A CMS's article number ('-210345', '-post8841', '.d1532') says nothing; a year (2025) or a
    // month ('thang-5') is part of the title.
    .replace(/[-_.](?:[a-z]{1,4}\d{3,}|(?!(?:19|20)\d\d$)\d{4,})$/i, '')
    .replace(/[-_+]+/g, ' ')
    .trim();
  return words ? words[0]?.toUpperCase() + words.slice(1) : segment;
}

/** The image a feed item names: an image enclosure, a Media RSS content or thumbnail. */
function declaredImage(item: Element, base: string): string | null {
  for (const enclosure of childElements(item).filter((el) => localName(el) === 'enclosure')) {
    if (isImageType(enclosure.attribs.type)) return absoluteHttpUrl(enclosure.attribs.url, base);
  }
  for (const link of childElements(item).filter((el) => localName(el) === 'link')) {
    if (link.attribs.rel === 'enclosure' && isImageType(link.attribs.type)) {
      return absoluteHttpUrl(link.attribs.href, base);
    }
  }
  const media = DomUtils.getElementsByTagName(
    (name) => name.toLowerCase() === 'media:content' || name.toLowerCase() === 'media:thumbnail',
    item.children,
    true,
  );
  for (const element of media) {
    const { medium, type, url } = element.attribs;
    if (element.name.toLowerCase() === 'media:thumbnail' || medium === 'image' || isImageType(type)) {
      const image = absoluteHttpUrl(url, base);
      if (image) return image;
    }
  }
  return null;
}

function item(
  fields: { id: string; link: string; title: string; html: string; date: string },
  element: Element,
  base: string,
): FeedItem | null {
  const id = cleanText(fields.id) || fields.link;
  // Nothing to know the item by from one read to the next: it cannot be recorded once only.
  if (!id) return null;
  const inner = htmlImageAndLinks(fields.html, fields.link || base);
  const title =
    clip(htmlToText(fields.title), TITLE_LENGTH) || (fields.link ? titleFromLink(fields.link) : '');
  return {
    id,
    title,
    link: fields.link,
    publishedAt: parseWebDate(fields.date),
    summary: clip(htmlToText(fields.html), SUMMARY_LENGTH),
    imageUrl: declaredImage(element, fields.link || base) ?? inner.image,
    links: inner.links,
  };
}

function rssItem(element: Element, base: string): FeedItem | null {
  const guid = child(element, 'guid');
  const guidText = textOf(guid);
  // A guid is the item's address unless it says otherwise (isPermaLink="false").
  const guidLink = guid?.attribs.isPermaLink === 'false' ? null : absoluteHttpUrl(guidText, base);
  const link = absoluteHttpUrl(textOf(child(element, 'link')), base) ?? guidLink ?? '';
  return item(
    {
      id: guidText,
      link,
      title: textOf(child(element, 'title')),
      html: textOf(child(element, 'description')) || textOf(child(element, 'content:encoded')),
      date:
        textOf(child(element, 'pubDate')) ||
        textOf(child(element, 'dc:date')) ||
        textOf(childByLocalName(element, 'published')),
    },
    element,
    base,
  );
}

function atomEntry(element: Element, base: string): FeedItem | null {
  const links = childElements(element).filter((el) => localName(el) === 'link');
  const alternate = links.find((el) => (el.attribs.rel ?? 'alternate') === 'alternate');
  return item(
    {
      id: textOf(childByLocalName(element, 'id')),
      link: absoluteHttpUrl(alternate?.attribs.href, base) ?? '',
      title: textOf(childByLocalName(element, 'title')),
      html: textOf(childByLocalName(element, 'summary')) || textOf(childByLocalName(element, 'content')),
      date: textOf(childByLocalName(element, 'published')) || textOf(childByLocalName(element, 'updated')),
    },
    element,
    base,
  );
}

function sitemapEntry(element: Element, base: string): FeedItem | null {
  const link = absoluteHttpUrl(textOf(child(element, 'loc')), base);
  if (!link) return null;
  const news = childByLocalName(element, 'news');
  const image = absoluteHttpUrl(textOf(childByLocalName(childByLocalName(element, 'image'), 'loc')), base);
  const found = item(
    {
      id: link,
      link,
      title: textOf(childByLocalName(news, 'title')),
      html: '',
      date: textOf(childByLocalName(news, 'publication_date')) || textOf(child(element, 'lastmod')),
    },
    element,
    base,
  );
  return found && { ...found, imageUrl: image ?? found.imageUrl };
}

/** Newest first (undated ones last, in the feed's order), one per id, at most MAX_FEED_ITEMS. */
function newestItems(items: (FeedItem | null)[]): FeedItem[] {
  const byId = new Map<string, FeedItem>();
  for (const found of items) if (found && !byId.has(found.id)) byId.set(found.id, found);
  const time = (i: FeedItem) => i.publishedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  return [...byId.values()].sort((a, b) => time(b) - time(a) || 0).slice(0, MAX_FEED_ITEMS);
}

/**
 * Reads a feed document: RSS, Atom, a sitemap, or a sitemap index (whose sitemaps the caller
 * fetches: see readFeed). Relative addresses are resolved against `baseUrl`. Throws a WebReadError:
 * not_feed (anything else: an HTML page, an empty answer), malformed (a feed whose elements do not
 * nest: truncated, or tags crossed).
 */
export function parseFeedXml(xml: string, baseUrl: string): Feed | SitemapIndex {
  const host = hostOf(baseUrl);
  const { root, problem } = parseXml(xml);
  const rootName = root?.name.toLowerCase() ?? '';
  const kind =
    rootName === 'rss' || rootName === 'rdf:rdf'
      ? 'rss'
      : root && localName(root) === 'feed'
        ? 'atom'
        : rootName === 'urlset'
          ? 'sitemap'
          : rootName === 'sitemapindex'
            ? 'sitemap_index'
            : null;
  if (!root || !kind) {
    throw readErrors.notFeed(host, root ? `root element <${root.name}>` : 'no XML element');
  }
  if (problem) throw readErrors.malformed(`Nguồn tin tại ${host}`, `${host}: ${problem}`);

  if (kind === 'sitemap_index') {
    return {
      kind,
      sitemaps: childElements(root)
        .filter((el) => localName(el) === 'sitemap')
        .map((el) => ({
          url: absoluteHttpUrl(textOf(child(el, 'loc')), baseUrl),
          lastModified: parseWebDate(textOf(child(el, 'lastmod'))),
        }))
        .filter((s): s is { url: string; lastModified: Date | null } => s.url !== null),
    };
  }
  if (kind === 'sitemap') {
    const entries = childElements(root).filter((el) => localName(el) === 'url');
    return { kind, title: '', items: newestItems(entries.map((el) => sitemapEntry(el, baseUrl))) };
  }
  if (kind === 'atom') {
    const entries = childElements(root).filter((el) => localName(el) === 'entry');
    return {
      kind,
      title: cleanText(htmlToText(textOf(childByLocalName(root, 'title')))),
      items: newestItems(entries.map((el) => atomEntry(el, baseUrl))),
    };
  }
  // RSS 2.0 keeps its items in <channel>; RSS 1.0 (RDF) beside it.
  const channel = child(root, 'channel');
  const entries = DomUtils.getElementsByTagName((name) => name.toLowerCase() === 'item', root.children, true);
  return {
    kind,
    title: cleanText(htmlToText(textOf(child(channel, 'title')))),
    items: newestItems(entries.map((el) => rssItem(el, baseUrl))),
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A fetched feed as text: a gzipped sitemap (sitemap.xml.gz, sent as a file) is unpacked first, within the cap. */
function feedText(body: Uint8Array, charset: string | null, host: string, maxBytes: number): string {
  if (body[0] === 0x1f && body[1] === 0x8b) {
    try {
      return decodeDocument(gunzipSync(body, { maxOutputLength: maxBytes }), charset);
    } catch (error) {
      if (error instanceof RangeError) throw readErrors.tooLarge(host, maxBytes);
      throw readErrors.notFeed(host, `unreadable gzip: ${(error as Error).message}`);
    }
  }
  return decodeDocument(body, charset);
}

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

async function fetchFeedDocument(url: string, options: FetchOptions) {
  const fetched = await fetchPublic(url, { ...options, accept: FEED_ACCEPT });
  const host = hostOf(fetched.url);
  const text = feedText(fetched.body, fetched.charset, host, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return parseFeedXml(text, fetched.url);
}

export interface ReadFeedOptions extends FetchOptions {
  /** Child sitemaps of a sitemap index read, the most recently changed first. */
  maxSitemaps?: number | undefined;
}

/**
 * Fetches and reads a feed (see fetchPublic for the safety rules and parseFeedXml for the formats).
 * A sitemap index is followed to its most recently changed sitemaps (`maxSitemaps`) within the same
 * deadline; one that fails is skipped as long as another could be read.
 */
export async function readFeed(url: string, options: ReadFeedOptions = {}): Promise<Feed> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const first = await fetchFeedDocument(url, { ...options, timeoutMs });
  if (first.kind !== 'sitemap_index') return first;

  const newestFirst = [...first.sitemaps].sort(
    (a, b) => (b.lastModified?.getTime() ?? 0) - (a.lastModified?.getTime() ?? 0),
  );
  const items: FeedItem[] = [];
  let read = 0;
  let firstError: unknown = null;
  for (const sitemap of newestFirst.slice(0, options.maxSitemaps ?? DEFAULT_MAX_SITEMAPS)) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      firstError ??= readErrors.timeout(hostOf(sitemap.url), timeoutMs);
      break;
    }
    try {
      const child = await fetchFeedDocument(sitemap.url, { ...options, timeoutMs: remaining });
      // An index inside an index is not followed: the limits hold for the whole read.
      if (child.kind === 'sitemap_index') continue;
      items.push(...child.items);
      read += 1;
    } catch (error) {
      if (!(error instanceof WebReadError)) throw error;
      firstError ??= error;
    }
  }
  if (read === 0) throw firstError ?? readErrors.notFeed(hostOf(url), 'a sitemap index without sitemaps');
  return { kind: 'sitemap', title: '', items: newestItems(items) };
}
