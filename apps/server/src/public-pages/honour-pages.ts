import { formatIsoDate, HONOUR_FORM_NAMES } from '@lantoa/domain';
import type { PublicHonour, PublicHonourList } from '../use-cases/honours/list-public-honours.ts';
import type { PublicSite } from '../use-cases/public-site/load-public-site.ts';
import { errorPage, escapeHtml, type Page } from './html.ts';
import { formatNumber } from './public-format.ts';
import { publicPage, publicPath } from './public-layout.ts';

// The public list of those honoured (khen thưởng) of a site that publishes it: by year, the bodies
// and people honoured, the form of the honour and the decision. Only what a decision makes public:
// the use case hands over names, form and decision, nothing else of a person.

const SECTION_TITLE = 'Khen thưởng';

/** The list's query as its address names it (short, unaccented: the address is shared). */
export const HONOUR_QUERY = { year: 'nam', page: 'trang' } as const;

/** The list's address for a year and page (the latest year's first page is the canonical list). */
function listHref(site: PublicSite, list: Pick<PublicHonourList, 'years'>, year: number, page = 1): string {
  const query = new URLSearchParams();
  if (year !== list.years[0]) query.set(HONOUR_QUERY.year, String(year));
  if (page > 1) query.set(HONOUR_QUERY.page, String(page));
  const text = query.toString();
  return `${publicPath(site.code, 'honours')}${text ? `?${text}` : ''}`;
}

function honourItem(item: PublicHonour): string {
  const name = item.personName
    ? `${escapeHtml(item.personName)} <span class="hint">· ${escapeHtml(item.bodyName)}</span>`
    : escapeHtml(item.bodyName);
  const decision = `Quyết định số ${escapeHtml(item.decisionNo)}${
    item.decidedOn ? ` ngày ${formatIsoDate(item.decidedOn)}` : ''
  }${item.decidingBody ? ` của ${escapeHtml(item.decidingBody)}` : ''}`;
  return `<li><p class="item">${name}</p><p class="hint">${escapeHtml(HONOUR_FORM_NAMES[item.form])} · ${decision}</p></li>`;
}

function pager(site: PublicSite, list: PublicHonourList): string {
  if (list.pages <= 1) return '';
  const prev =
    list.page > 1
      ? `<a href="${escapeHtml(listHref(site, list, list.year, list.page - 1))}" rel="prev">← Trang trước</a>`
      : '<span></span>';
  const next =
    list.page < list.pages
      ? `<a href="${escapeHtml(listHref(site, list, list.year, list.page + 1))}" rel="next">Trang sau →</a>`
      : '<span></span>';
  return `<nav class="pager" aria-label="Chuyển trang">${prev}<span>Trang ${list.page}/${list.pages}</span>${next}</nav>`;
}

/**
 * The list of those honoured in a year: the years that have any as links, then the bodies and
 * people of the year (a body's collective first, then its people), each with the form and decision.
 */
export function honoursPageHtml(site: PublicSite, list: PublicHonourList, publicUrl: string): Page {
  const years = list.years.length
    ? `<nav aria-label="Năm"><ul class="menu">${list.years
        .map((year) => {
          const current = year === list.year ? ' aria-current="page"' : '';
          return `<li><a href="${escapeHtml(listHref(site, list, year))}"${current}>Năm ${year}</a></li>`;
        })
        .join('')}</ul></nav>`
    : '';
  const items = list.items.length
    ? `<ul class="items">${list.items.map(honourItem).join('')}</ul>`
    : `<p>Chưa có tập thể, cá nhân nào được khen thưởng trong năm ${list.year}.</p>`;
  const main = `<h1>${SECTION_TITLE}</h1>
<p class="desc">Các tập thể, cá nhân của ${escapeHtml(site.name)} được khen thưởng vì có thành tích trong triển khai Nghị quyết số 57-NQ/TW về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.</p>
${years}
<section class="card" aria-labelledby="nam-${list.year}"><h2 id="nam-${list.year}">Năm ${list.year}</h2>
<p class="hint">${list.total ? `${formatNumber(list.total)} tập thể, cá nhân được khen thưởng.` : ''}</p>
${items}
${pager(site, list)}</section>`;
  return publicPage(site, {
    section: 'honours',
    title: `${SECTION_TITLE} năm ${list.year}`,
    description: `Danh sách tập thể, cá nhân của ${site.name} được khen thưởng năm ${list.year}.`,
    path: listHref(site, list, list.year, list.page),
    main,
    publicUrl,
  });
}

/** The section's "not found": a site that does not publish the list, an unknown site, alike. */
export const HONOURS_NOT_FOUND = errorPage(
  'Không tìm thấy trang',
  'Trang khen thưởng này không có hoặc chưa được công khai. Hãy kiểm tra lại đường dẫn hoặc mở trang chủ.',
);
