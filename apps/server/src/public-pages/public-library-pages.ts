import { formatIsoDate, LIBRARY_KIND_NAMES, LIBRARY_LANGUAGE_NAMES } from '@lantoa/domain';
import type { PublicLibraryItemPage } from '../use-cases/public-library/get-public-library-item.ts';
import type { PublicLibraryItem } from '../use-cases/public-library/list-public-library.ts';
import type { PublicSite } from '../use-cases/public-site/load-public-site.ts';
import { errorPage, escapeHtml, type Page } from './html.ts';
import { excerpt, formatFileSize, formatNumber } from './public-format.ts';
import { publicPage, publicPath } from './public-layout.ts';

// The public pages of the library: the communication products the bodies under a site marked public
// (and that are approved), a page at a time, and each product's page with its file to download. Only
// what use-cases/public-library hands over is shown.

const SECTION_TITLE = 'Sản phẩm truyền thông';

/** The address of a page of the list: the first has no `?trang=`, so it has one address only. */
export const libraryPagePath = (code: string, page: number) =>
  `${publicPath(code, 'library')}${page > 1 ? `?trang=${page}` : ''}`;

/** An item's page, its file (a download) and its thumbnail. */
export const libraryItemPath = (code: string, id: string, part?: 'tep' | 'anh') =>
  publicPath(code, 'library', part ? `${id}/${part}` : id);

/** "Áp phích · Tiếng Việt · 12/08/2026 · Sở Khoa học và Công nghệ". */
const itemLine = (item: PublicLibraryItem) =>
  [
    LIBRARY_KIND_NAMES[item.kind],
    LIBRARY_LANGUAGE_NAMES[item.language],
    formatIsoDate(item.addedOn),
    item.bodyName,
  ]
    .map(escapeHtml)
    .join(' · ');

/** The list of items, a heading level below the block's: the home shows a few, the list a page. */
export function libraryList(site: PublicSite, items: PublicLibraryItem[], heading: 'h2' | 'h3'): string {
  return `<ul class="items">${items
    .map(
      (item) =>
        `<li><${heading} class="item"><a href="${escapeHtml(libraryItemPath(site.code, item.id))}">${escapeHtml(item.title)}</a></${heading}><p class="hint">${itemLine(item)}</p>${
          item.summary ? `<p class="hint">${escapeHtml(excerpt(item.summary, 160))}</p>` : ''
        }</li>`,
    )
    .join('')}</ul>`;
}

/**
 * The site's communication products: what the bodies under it made and published (posters, videos,
 * documents…), newest first, a page at a time with plain links between pages (no script).
 */
export function publicLibraryListPage(
  site: PublicSite,
  list: { items: PublicLibraryItem[]; total: number; page: number; pageCount: number },
  options: { publicUrl: string },
): Page {
  const { page, pageCount } = list;
  const pager =
    pageCount > 1
      ? `<nav class="pager" aria-label="Các trang sản phẩm">${
          page > 1
            ? `<a href="${escapeHtml(libraryPagePath(site.code, page - 1))}" rel="prev">← Trang trước</a>`
            : '<span></span>'
        }<span>Trang ${page}/${pageCount}</span>${
          page < pageCount
            ? `<a href="${escapeHtml(libraryPagePath(site.code, page + 1))}" rel="next">Trang sau →</a>`
            : '<span></span>'
        }</nav>`
      : '';
  const main = `<section class="card"><h1>${SECTION_TITLE}</h1>
<p class="hint">Áp phích, video, tài liệu tuyên truyền về triển khai Nghị quyết 57-NQ/TW do các cơ quan, đơn vị của ${escapeHtml(site.name)} thực hiện${
    list.total ? ` · ${formatNumber(list.total)} sản phẩm` : ''
  }. Mọi người được tải về và sử dụng lại theo quyền sử dụng ghi ở từng sản phẩm.</p>
${list.items.length ? libraryList(site, list.items, 'h2') : '<p>Chưa có sản phẩm truyền thông nào được công khai.</p>'}
${pager}</section>`;
  return publicPage(site, {
    section: 'library',
    title: page > 1 ? `${SECTION_TITLE} (trang ${page})` : SECTION_TITLE,
    description: `Áp phích, video, tài liệu tuyên truyền về Nghị quyết 57-NQ/TW của ${site.name}, tải về và sử dụng lại.`,
    path: libraryPagePath(site.code, page),
    main,
    publicUrl: options.publicUrl,
  });
}

/** "3 phút 05 giây", "45 giây". */
function duration(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return minutes ? `${minutes} phút ${String(rest).padStart(2, '0')} giây` : `${rest} giây`;
}

/**
 * A communication product's page: its thumbnail, what it is (kind, language, who made it, when), its
 * summary, the rights under which it may be used again, and its file to download.
 */
export function publicLibraryItemPage(
  site: PublicSite,
  item: PublicLibraryItemPage,
  options: { publicUrl: string },
): Page {
  const fact = (label: string, value: string) =>
    `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
  const facts = [
    fact('Loại sản phẩm', LIBRARY_KIND_NAMES[item.kind]),
    fact('Ngôn ngữ', LIBRARY_LANGUAGE_NAMES[item.language]),
    fact('Đơn vị thực hiện', item.bodyName),
    fact('Ngày đưa lên', formatIsoDate(item.addedOn)),
    item.durationSeconds === null ? '' : fact('Thời lượng', duration(item.durationSeconds)),
  ].join('');
  const thumbnail = item.hasThumbnail
    ? `<img class="thumb" src="${escapeHtml(libraryItemPath(site.code, item.id, 'anh'))}" alt="${escapeHtml(`Hình thu nhỏ: ${item.title}`)}">`
    : '';
  const main = `<p><a href="${escapeHtml(publicPath(site.code, 'library'))}">← ${SECTION_TITLE}</a></p>
<section class="card" aria-labelledby="san-pham"><h1 id="san-pham">${escapeHtml(item.title)}</h1>
${thumbnail}
${item.summary ? `<p class="desc">${escapeHtml(item.summary)}</p>` : ''}
<table aria-label="Thông tin sản phẩm">${facts}</table></section>
<section class="card" aria-labelledby="quyen"><h2 id="quyen">Quyền sử dụng</h2>
<p class="desc">${escapeHtml(item.usageRights || 'Đơn vị thực hiện chưa ghi quyền sử dụng. Khi sử dụng lại, hãy ghi nguồn là đơn vị thực hiện.')}</p></section>
<section class="card" aria-labelledby="tai-ve"><h2 id="tai-ve">Tải về</h2>
<p><a href="${escapeHtml(libraryItemPath(site.code, item.id, 'tep'))}" download>${escapeHtml(item.fileName)}</a> <span class="hint">(${formatFileSize(item.size)})</span></p></section>`;
  return publicPage(site, {
    section: 'library',
    title: item.title,
    description: item.summary
      ? excerpt(item.summary, 200)
      : `${LIBRARY_KIND_NAMES[item.kind]} của ${item.bodyName} về triển khai Nghị quyết 57-NQ/TW.`,
    path: libraryItemPath(site.code, item.id),
    main,
    publicUrl: options.publicUrl,
    ...(item.hasThumbnail ? { image: libraryItemPath(site.code, item.id, 'anh') } : {}),
  });
}

/** The section's "not found": an unknown site, item, page or address, all alike. */
export const LIBRARY_NOT_FOUND = errorPage(
  'Không tìm thấy sản phẩm truyền thông',
  'Sản phẩm này không có trên trang công khai hoặc đường dẫn không đúng. Hãy mở danh sách sản phẩm truyền thông để tìm lại.',
);
