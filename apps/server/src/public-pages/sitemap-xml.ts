import type { PublicPagePath } from '../use-cases/public-site/public-home-paths.ts';
import { escapeHtml } from './html.ts';
import { PUBLIC_ROOT } from './public-layout.ts';

const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');

/** The sitemap protocol's document: each page's absolute address and, when known, its last change (a day). */
export function sitemapXml(entries: readonly PublicPagePath[], publicUrl: string): string {
  const urls = entries
    .map(({ path, lastModified }) => {
      const modified = lastModified ? `<lastmod>${lastModified.toISOString().slice(0, 10)}</lastmod>` : '';
      return `<url><loc>${escapeHtml(`${base(publicUrl)}${path}`)}</loc>${modified}</url>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
}

/**
 * What crawlers may read: the public section and the contest pages, never the API (its answers are
 * data for the apps, and a crawler walking it would only spend the rate limits).
 */
export function robotsTxt(publicUrl: string): string {
  return `User-agent: *
Allow: ${PUBLIC_ROOT}/
Allow: /thi/
Disallow: /api/

Sitemap: ${base(publicUrl)}/sitemap.xml
`;
}
