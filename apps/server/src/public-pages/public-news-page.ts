import type { PublicNewsItem } from '../use-cases/public-site/list-public-news.ts';
import type { PublicSite } from '../use-cases/public-site/load-public-site.ts';
import { escapeHtml, type Page } from './html.ts';
import { formatNumber } from './public-format.ts';
import { newsList } from './public-home-page.ts';
import { publicPage, publicPath } from './public-layout.ts';

/** The address of a page of the news: the first has no `?trang=`, so it has one address only. */
export const newsPagePath = (code: string, page: number) =>
  `${publicPath(code, 'news')}${page > 1 ? `?trang=${page}` : ''}`;

/**
 * The site's news: what the bodies under it published and marked public, newest first, a page at a
 * time with plain links between pages (no script).
 */
export function publicNewsPage(
  site: PublicSite,
  news: { items: PublicNewsItem[]; total: number; page: number; pageCount: number },
  options: { publicUrl: string },
): Page {
  const { page, pageCount } = news;
  const pager =
    pageCount > 1
      ? `<nav class="pager" aria-label="Các trang tin">${
          page > 1
            ? `<a href="${escapeHtml(newsPagePath(site.code, page - 1))}" rel="prev">← Trang trước</a>`
            : '<span></span>'
        }<span>Trang ${page}/${pageCount}</span>${
          page < pageCount
            ? `<a href="${escapeHtml(newsPagePath(site.code, page + 1))}" rel="next">Trang sau →</a>`
            : '<span></span>'
        }</nav>`
      : '';
  const main = `<section class="card"><h1>Tin tức</h1>
<p class="hint">Tin, bài về triển khai Nghị quyết 57-NQ/TW do các cơ quan, đơn vị của ${escapeHtml(site.name)} đăng tải${
    news.total ? ` · ${formatNumber(news.total)} tin, bài` : ''
  }. Các liên kết mở trang của nơi đăng.</p>
${news.items.length ? newsList(news.items, 'h2') : '<p>Chưa có tin, bài nào được công khai.</p>'}
${pager}</section>`;
  return publicPage(site, {
    section: 'news',
    title: page > 1 ? `Tin tức (trang ${page})` : 'Tin tức',
    description: `Tin, bài về triển khai Nghị quyết 57-NQ/TW của ${site.name}: ở đâu, khi nào, do cơ quan nào đăng.`,
    path: newsPagePath(site.code, page),
    main,
    publicUrl: options.publicUrl,
  });
}
