// The public section read as a crawler reads it (issue 17): every page under /cong-khai/ reachable by
// links from a starting page, plus every address of /sitemap.xml, fetched from the server under test
// only. A test then asserts on all of them at once (a secret record appears nowhere; every page
// answers). Bounded: at most `maxPages` pages, never an address of another origin.

export interface CrawledPage {
  /** Path and query, as fetched from the server under test. */
  path: string;
  status: number;
  html: string;
}

const PUBLIC_ROOT = '/cong-khai/';

/** The entities the pages write in attribute values (escapeHtml's five). */
const decodeEntities = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** The same-origin public paths a page links to (href of any element), without fragments. */
export function publicLinks(html: string, pageUrl: string, origin: string, within = PUBLIC_ROOT): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/\shref="([^"]*)"/g)) {
    let url: URL;
    try {
      url = new URL(decodeEntities(match[1] ?? ''), pageUrl);
    } catch {
      continue;
    }
    if (url.origin !== origin || !url.pathname.startsWith(within)) continue;
    found.add(`${url.pathname}${url.search}`);
  }
  return [...found];
}

/**
 * The paths the sitemap lists. Its addresses carry the server's public URL, which on a test server
 * may name another host: each is fetched by its path from the server under test, never from there.
 */
async function sitemapPaths(baseUrl: string): Promise<string[]> {
  const response = await fetchPolitely(`${baseUrl}/sitemap.xml`);
  if (!response.ok) throw new Error(`/sitemap.xml answered ${response.status}`);
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const url = new URL(decodeEntities(m[1] ?? ''));
    return `${url.pathname}${url.search}`;
  });
}

/**
 * A GET that waits out the public pages' rate limit (300 a minute per address by default) rather than
 * recording a 429 as the page's answer: a whole country's sitemap is more than a minute's worth.
 */
async function fetchPolitely(url: string): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, { redirect: 'manual' });
    if (response.status !== 429 || attempt === 3) return response;
    await response.body?.cancel();
    const wait = Math.min(60, Number(response.headers.get('retry-after')) || 10);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
}

/**
 * Fetches `startPath` and every public page it leads to by links, breadth first, then every page of
 * the sitemap not met on the way (and the pages they lead to); each page once. `within` narrows the
 * crawl to the paths under it (one site: '/cong-khai/08'); by default the whole public section.
 * Throws past `maxPages` rather than stopping quietly: a test that means to read everything must know
 * it did.
 */
export async function crawlPublicSite(
  baseUrl: string,
  startPath: string,
  { maxPages = 1000, within = PUBLIC_ROOT }: { maxPages?: number; within?: string } = {},
): Promise<CrawledPage[]> {
  const origin = new URL(baseUrl).origin;
  const seen = new Set<string>();
  const pages: CrawledPage[] = [];
  const queue: string[] = [startPath];
  const visit = async (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    if (seen.size > maxPages) throw new Error(`more than ${maxPages} public pages: raise maxPages`);
    const response = await fetchPolitely(`${origin}${path}`);
    const html = await response.text();
    pages.push({ path, status: response.status, html });
    if (response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html'))
      queue.push(...publicLinks(html, `${origin}${path}`, origin, within));
  };
  while (queue.length > 0) await visit(queue.shift() as string);
  for (const path of (await sitemapPaths(baseUrl)).filter((p) => p.startsWith(within))) {
    queue.push(path);
    while (queue.length > 0) await visit(queue.shift() as string);
  }
  return pages;
}
