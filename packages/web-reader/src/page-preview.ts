import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { decodeDocument } from './charset.ts';
import { parseWebDate } from './dates.ts';
import { readErrors } from './errors.ts';
import { DEFAULT_TIMEOUT_MS, type FetchOptions, fetchPublic } from './fetch-public.ts';
import { absoluteHttpUrl, cleanText, clip } from './html-text.ts';

// What a page says of itself, for a pasted link: Open Graph first (what the page gives Facebook and
// Zalo to show, the title without the site's name), else the <title>, the description meta, and a
// date from article:published_time, the page's structured data (JSON-LD) or its first <time>.

export interface PagePreview {
  title: string | null;
  description: string | null;
  /** Absolute http(s) only. */
  imageUrl: string | null;
  siteName: string | null;
  publishedAt: Date | null;
}

/** The largest page read for a preview: news pages weigh a few hundred kilobytes of HTML. */
export const DEFAULT_PAGE_MAX_BYTES = 3 * 1024 * 1024;
const TITLE_LENGTH = 500;
const DESCRIPTION_LENGTH = 1000;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** A date under a "datePublished" key anywhere in a page's JSON-LD (news sites put it in NewsArticle). */
function jsonLdDatePublished(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const entry of value) {
      const found = jsonLdDatePublished(entry, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  for (const entry of Object.values(record)) {
    const found = jsonLdDatePublished(entry, depth + 1);
    if (found) return found;
  }
  return null;
}

function structuredDate(scripts: Element[]): string | null {
  for (const script of scripts) {
    if ((script.attribs.type ?? '').toLowerCase() !== 'application/ld+json') continue;
    try {
      const found = jsonLdDatePublished(JSON.parse(DomUtils.textContent(script)));
      if (found) return found;
    } catch {
      // A page's broken structured data says nothing; the other sources still may.
    }
  }
  return null;
}

/** Reads a page's HTML (already decoded) into its preview; relative addresses resolved against `pageUrl`. */
export function parsePagePreview(html: string, pageUrl: string): PagePreview {
  const document = parseDocument(html);
  const metas = new Map<string, string>();
  for (const meta of DomUtils.getElementsByTagName('meta', document.children, true)) {
    const key = (meta.attribs.property ?? meta.attribs.name ?? meta.attribs.itemprop ?? '')
      .trim()
      .toLowerCase();
    const content = cleanText(meta.attribs.content ?? '');
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const first = (...keys: string[]) => keys.map((k) => metas.get(k)).find((value) => value) ?? null;

  const baseElement = DomUtils.findOne(
    (el) => el.name === 'base' && Boolean(el.attribs.href),
    document.children,
  );
  const base = absoluteHttpUrl(baseElement?.attribs.href, pageUrl) ?? pageUrl;
  const titleElement = DomUtils.findOne((el) => el.name === 'title', document.children);
  const imageLink = DomUtils.findOne(
    (el) => el.name === 'link' && el.attribs.rel?.toLowerCase() === 'image_src',
    document.children,
  );
  const timeElement = DomUtils.findOne(
    (el) => el.name === 'time' && Boolean(el.attribs.datetime),
    document.children,
  );

  const title =
    first('og:title', 'twitter:title') ?? (cleanText(DomUtils.textContent(titleElement ?? [])) || null);
  const description = first('og:description', 'description', 'twitter:description');
  const imageUrl =
    [
      first('og:image:secure_url'),
      first('og:image', 'og:image:url'),
      first('twitter:image', 'twitter:image:src'),
      imageLink?.attribs.href,
    ]
      .map((candidate) => absoluteHttpUrl(candidate, base))
      .find((url) => url !== null) ?? null;
  const dateText =
    first(
      'article:published_time',
      'og:published_time',
      'datepublished',
      'pubdate',
      'publishdate',
      'dc.date.issued',
    ) ??
    structuredDate(DomUtils.getElementsByTagName('script', document.children, true)) ??
    timeElement?.attribs.datetime ??
    null;
  return {
    title: title && clip(title, TITLE_LENGTH),
    description: description && clip(description, DESCRIPTION_LENGTH),
    imageUrl,
    siteName: first('og:site_name', 'application-name'),
    publishedAt: parseWebDate(dateText),
  };
}

/**
 * Fetches a page (see fetchPublic for the safety rules) and reads its preview. Throws a WebReadError;
 * not_page when the address answers with something other than HTML (a PDF, an image…).
 */
export async function readPagePreview(
  url: string,
  options: FetchOptions = {},
): Promise<PagePreview & { url: string }> {
  const fetched = await fetchPublic(url, {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_PAGE_MAX_BYTES,
    allowHosts: options.allowHosts,
    accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
  });
  const host = new URL(fetched.url).host;
  // A server that names no type is believed when the body starts as markup does.
  const looksLikeMarkup =
    fetched.contentType === '' &&
    /^(\xEF\xBB\xBF)?\s*</.test(Buffer.from(fetched.body.subarray(0, 512)).toString('latin1'));
  if (!HTML_TYPES.has(fetched.contentType) && !looksLikeMarkup)
    throw readErrors.notPage(host, fetched.contentType);
  return {
    url: fetched.url,
    ...parsePagePreview(decodeDocument(fetched.body, fetched.charset), fetched.url),
  };
}
