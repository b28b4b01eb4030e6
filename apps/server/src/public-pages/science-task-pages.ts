import {
  formatIsoDate,
  formatVnd,
  SCIENCE_TASK_LEVEL_NAMES,
  SCIENCE_TASK_LEVELS,
  SCIENCE_TASK_STATUS_NAMES,
  SCIENCE_TASK_STATUSES,
  type ScienceTaskLevel,
  type ScienceTaskStatus,
  vietnamDateOf,
} from '@lantoa/domain';
import type { ScienceTaskFileRow, ScienceTaskRow } from '../rows/science-task.ts';
import type { PublicSite } from '../use-cases/public-site/load-public-site.ts';
import { errorPage, escapeHtml, type Page } from './html.ts';
import { excerpt } from './public-format.ts';
import { publicPage, publicPath } from './public-layout.ts';

// The public pages of the S&T task registry: the list of the tasks a site discloses (filtered by a
// plain GET form, so it works without script; paged by links) and each task's page with its files.
// Only what use-cases/science-tasks/public-science-tasks.ts hands over is shown: published tasks,
// never a secret one.

const SECTION_TITLE = 'Nhiệm vụ khoa học và công nghệ';

/** The list's filters as its query string names them (short, unaccented: the address is shared). */
export const LIST_QUERY = { status: 'tinh-trang', level: 'cap', page: 'trang' } as const;

export interface ScienceTaskListPage {
  rows: ScienceTaskRow[];
  total: number;
  page: number;
  pages: number;
  status?: ScienceTaskStatus | undefined;
  level?: ScienceTaskLevel | undefined;
}

/** "01/03/2025 – 28/02/2027", or the half that is known. */
function period(row: ScienceTaskRow): string {
  const from = row.starts_on ? formatIsoDate(row.starts_on) : null;
  const to = row.ends_on ? formatIsoDate(row.ends_on) : null;
  if (from && to) return `${from} – ${to}`;
  if (from) return `Từ ${from}`;
  if (to) return `Đến ${to}`;
  return 'Chưa công bố';
}

const budget = (row: ScienceTaskRow) =>
  row.budget_vnd === null ? 'Chưa công bố' : formatVnd(Number(row.budget_vnd));

/** The list's address with these filters and page (defaults left out, so the first page is canonical). */
function listHref(
  site: PublicSite,
  f: { status?: string | undefined; level?: string | undefined; page?: number },
): string {
  const query = new URLSearchParams();
  if (f.status) query.set(LIST_QUERY.status, f.status);
  if (f.level) query.set(LIST_QUERY.level, f.level);
  if (f.page && f.page > 1) query.set(LIST_QUERY.page, String(f.page));
  const text = query.toString();
  return `${publicPath(site.code, 'science')}${text ? `?${text}` : ''}`;
}

function options<K extends string>(values: readonly K[], names: Record<K, string>, chosen: K | undefined) {
  return values
    .map(
      (value) =>
        `<option value="${escapeHtml(value)}"${value === chosen ? ' selected' : ''}>${escapeHtml(names[value])}</option>`,
    )
    .join('');
}

function taskItem(site: PublicSite, row: ScienceTaskRow): string {
  const id = `t-${escapeHtml(row.id)}`;
  const who = [
    row.host_organisation ? `Chủ trì: ${escapeHtml(row.host_organisation)}` : '',
    row.lead_scientist ? `Chủ nhiệm: ${escapeHtml(row.lead_scientist)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return `<article class="card" aria-labelledby="${id}">
<h2 id="${id}"><a href="${escapeHtml(publicPath(site.code, 'science', row.id))}">${escapeHtml(row.title)}</a></h2>
<p class="hint">Mã ${escapeHtml(row.code)} · ${escapeHtml(SCIENCE_TASK_LEVEL_NAMES[row.level])} · ${escapeHtml(SCIENCE_TASK_STATUS_NAMES[row.status])}</p>
${who ? `<p class="hint">${who}</p>` : ''}
${row.summary ? `<p>${escapeHtml(excerpt(row.summary, 240))}</p>` : ''}
</article>`;
}

function pager(site: PublicSite, list: ScienceTaskListPage): string {
  if (list.pages <= 1) return '';
  const at = { status: list.status, level: list.level };
  const prev =
    list.page > 1
      ? `<a href="${escapeHtml(listHref(site, { ...at, page: list.page - 1 }))}" rel="prev">← Trang trước</a>`
      : '<span></span>';
  const next =
    list.page < list.pages
      ? `<a href="${escapeHtml(listHref(site, { ...at, page: list.page + 1 }))}" rel="next">Trang sau →</a>`
      : '<span></span>';
  return `<nav class="pager" aria-label="Chuyển trang">${prev}<span>Trang ${list.page}/${list.pages}</span>${next}</nav>`;
}

/**
 * The registry's public list: what the section is, the filter form (status, level; a GET form, so
 * the filtered list has an address to share), the tasks of the page, and links to the others.
 */
export function scienceTaskListPageHtml(
  site: PublicSite,
  list: ScienceTaskListPage,
  publicUrl: string,
): Page {
  const filtered = Boolean(list.status || list.level);
  const count = filtered
    ? `Có ${list.total} nhiệm vụ phù hợp. <a href="${escapeHtml(listHref(site, {}))}">Xem tất cả</a>`
    : `Có ${list.total} nhiệm vụ đã công khai.`;
  const items =
    list.rows.length > 0
      ? list.rows.map((row) => taskItem(site, row)).join('\n')
      : `<p class="card">${filtered ? 'Không có nhiệm vụ nào phù hợp với bộ lọc.' : 'Chưa có nhiệm vụ nào được công khai.'}</p>`;
  const main = `<h1>${SECTION_TITLE}</h1>
<p class="desc">Các nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước của ${escapeHtml(site.name)} được công khai để người dân, doanh nghiệp và nhà khoa học theo dõi: tên, đơn vị chủ trì, kinh phí, tiến độ và kết quả.</p>
<form class="card" method="get" action="${escapeHtml(publicPath(site.code, 'science'))}" role="search" aria-label="Lọc nhiệm vụ">
<label for="tinh-trang">Tình trạng</label>
<select id="tinh-trang" name="${LIST_QUERY.status}"><option value="">Tất cả</option>${options(SCIENCE_TASK_STATUSES, SCIENCE_TASK_STATUS_NAMES, list.status)}</select>
<label for="cap">Cấp quản lý</label>
<select id="cap" name="${LIST_QUERY.level}"><option value="">Tất cả</option>${options(SCIENCE_TASK_LEVELS, SCIENCE_TASK_LEVEL_NAMES, list.level)}</select>
<button type="submit" class="primary">Lọc</button>
</form>
<p class="hint" aria-live="polite">${count}</p>
${items}
${pager(site, list)}`;
  return publicPage(site, {
    section: 'science',
    title: SECTION_TITLE,
    description: `Danh mục nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước được công khai của ${site.name}.`,
    path: listHref(site, { status: list.status, level: list.level, page: list.page }),
    main,
    // The filter form is sent to this page (a GET): the policy's form-action must allow it.
    postsForms: true,
    publicUrl,
  });
}

/** A file size in Vietnamese units: 1,5 MB. */
function fileSize(bytes: number): string {
  const format = (value: number) => value.toFixed(1).replace(/\.0$/, '').replace('.', ',');
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / 1024 / 1024)} MB`;
}

/** The public address of a file of a disclosed task. */
export const publicTaskFilePath = (site: PublicSite, taskId: string, fileId: string) =>
  publicPath(site.code, 'science', `${taskId}/tep/${fileId}`);

/**
 * A disclosed task's page: its facts (code, level, host, lead scientist, budget in đồng, dates,
 * status), the plain-language summary and results as paragraphs, and its files to download.
 */
export function scienceTaskPageHtml(
  site: PublicSite,
  task: { row: ScienceTaskRow; files: ScienceTaskFileRow[] },
  publicUrl: string,
): Page {
  const { row, files } = task;
  const fact = (label: string, value: string) =>
    `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
  const facts = [
    fact('Mã nhiệm vụ', row.code),
    fact('Cấp quản lý', SCIENCE_TASK_LEVEL_NAMES[row.level]),
    row.host_organisation ? fact('Tổ chức chủ trì', row.host_organisation) : '',
    row.lead_scientist ? fact('Chủ nhiệm nhiệm vụ', row.lead_scientist) : '',
    fact('Kinh phí ngân sách nhà nước', budget(row)),
    fact('Thời gian thực hiện', period(row)),
    fact('Tình trạng', SCIENCE_TASK_STATUS_NAMES[row.status]),
    row.published_at ? fact('Ngày công khai', formatIsoDate(vietnamDateOf(row.published_at))) : '',
  ].join('');
  const section = (id: string, title: string, body: string) =>
    `<section class="card" aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${body}</section>`;
  const fileList = files.length
    ? section(
        'tep',
        'Tài liệu đính kèm',
        `<ul class="facts">${files
          .map(
            (file) =>
              `<li><a href="${escapeHtml(publicTaskFilePath(site, row.id, file.id))}" download>${escapeHtml(file.name)}</a> <span class="hint">(${fileSize(file.size)})</span></li>`,
          )
          .join('')}</ul>`,
      )
    : '';
  const main = `<p><a href="${escapeHtml(publicPath(site.code, 'science'))}">← ${SECTION_TITLE}</a></p>
<h1>${escapeHtml(row.title)}</h1>
<section class="card" aria-labelledby="thong-tin"><h2 id="thong-tin">Thông tin chung</h2>
<table aria-labelledby="thong-tin">${facts}</table></section>
${row.summary ? section('tom-tat', 'Tóm tắt', `<p class="desc">${escapeHtml(row.summary)}</p>`) : ''}
${row.results ? section('ket-qua', 'Kết quả', `<p class="desc">${escapeHtml(row.results)}</p>`) : ''}
${fileList}`;
  const description = row.summary
    ? excerpt(row.summary, 200)
    : `Nhiệm vụ khoa học và công nghệ ${SCIENCE_TASK_LEVEL_NAMES[row.level].toLowerCase()}${row.host_organisation ? ` do ${row.host_organisation} chủ trì` : ''}.`;
  return publicPage(site, {
    section: 'science',
    title: row.title,
    description,
    path: publicPath(site.code, 'science', row.id),
    main,
    publicUrl,
  });
}

/** The section's "not found": an unknown site, task, file or address, all alike. */
export const SCIENCE_TASK_NOT_FOUND = errorPage(
  'Không tìm thấy nhiệm vụ',
  'Nhiệm vụ này không có trên trang công khai hoặc đường dẫn không đúng. Hãy mở danh sách nhiệm vụ khoa học và công nghệ để tìm lại.',
);
