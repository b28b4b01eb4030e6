import {
  formatIsoDate,
  MISINFORMATION_PLACE_NAMES,
  MISINFORMATION_PLACES,
  MISINFORMATION_VERDICT_NAMES,
  vietnamDateOf,
} from '@lantoa/domain';
import type { PublicCorrection } from '../use-cases/misinformation/public-correction-row.ts';
import type { PublicSite } from '../use-cases/public-site/load-public-site.ts';
import { errorPage, escapeHtml, type Page } from './html.ts';
import { excerpt } from './public-format.ts';
import { publicPage, publicPath } from './public-layout.ts';

// The public pages of reports of false information: the report form (posted without script, as
// multipart so a screenshot can go with it; text fields before the file, which the server reads in
// that order), the receipt with its code, and the corrections the province published. A correction
// names where the false post was only by its host, as text: a link to it would spread it.

/** What the form shows again after a refusal: the values typed (never the file) and why. */
export interface ReportFormState {
  values?: Record<string, string>;
  error?: { message: string; field?: string | undefined };
}

export interface CorrectionsPage {
  items: PublicCorrection[];
  total: number;
  page: number;
  pageSize: number;
}

const SECTION_TITLE = 'Báo tin sai sự thật';
const DESCRIPTION =
  'Báo cho cơ quan chức năng bài viết, video hay tin nhắn có thông tin sai sự thật, xuyên tạc, xấu độc; xem các tin cải chính đã công bố.';
const day = (at: Date) => formatIsoDate(vietnamDateOf(at));
const ERROR_ID = 'report-error';

/** Where the false post was, for a correction: the platform, and the host as plain text. */
function seenWhere(correction: PublicCorrection): string {
  const place = MISINFORMATION_PLACE_NAMES[correction.seenWhere];
  return correction.host ? `${place} (${correction.host})` : place;
}

function correctionItem(site: PublicSite, c: PublicCorrection): string {
  const verdict = c.verdict ? ` · ${escapeHtml(MISINFORMATION_VERDICT_NAMES[c.verdict])}` : '';
  return `<article class="card" aria-labelledby="c-${escapeHtml(c.id)}">
<h3 id="c-${escapeHtml(c.id)}"><a href="${escapeHtml(publicPath(site.code, 'misinformation', c.id))}">${escapeHtml(c.title)}</a></h3>
<p class="hint">Công bố ngày ${day(c.publishedAt)}${verdict} · Xuất hiện trên: ${escapeHtml(seenWhere(c))}</p>
<p class="desc">${escapeHtml(excerpt(c.text, 280))}</p>
</article>`;
}

function corrections(site: PublicSite, list: CorrectionsPage): string {
  if (list.total === 0) {
    return `<section aria-labelledby="corrections"><h2 id="corrections">Tin cải chính đã công bố</h2>
<p class="card">Chưa có tin cải chính nào.</p></section>`;
  }
  const base = publicPath(site.code, 'misinformation');
  const pages = Math.ceil(list.total / list.pageSize);
  const links = [
    list.page > 1 ? `<a href="${escapeHtml(`${base}?trang=${list.page - 1}`)}">← Tin mới hơn</a>` : '',
    list.page < pages ? `<a href="${escapeHtml(`${base}?trang=${list.page + 1}`)}">Tin cũ hơn →</a>` : '',
  ].filter(Boolean);
  return `<section aria-labelledby="corrections"><h2 id="corrections">Tin cải chính đã công bố</h2>
${list.items.map((c) => correctionItem(site, c)).join('\n')}
${links.length ? `<nav aria-label="Trang"><p>${links.join(' · ')}</p></nav>` : ''}
</section>`;
}

/** An input's description (its hint), and when the last refusal was about it, that refusal too. */
function described(state: ReportFormState, field: string, hint?: string): string {
  const refused = state.error?.field === field;
  const ids = [hint, refused ? ERROR_ID : undefined].filter(Boolean).join(' ');
  return `${ids ? ` aria-describedby="${ids}"` : ''}${refused ? ' aria-invalid="true"' : ''}`;
}

/**
 * The section's page: what to report and why, the form (link and/or screenshot, where it was seen,
 * what is false, optional contact), then the corrections published.
 */
export function misinformationFormPage(
  site: PublicSite,
  options: {
    guard: string;
    state: ReportFormState;
    corrections: CorrectionsPage;
    maxScreenshotMb: number;
    publicUrl: string;
  },
): Page {
  const { state } = options;
  const v = (name: string) => escapeHtml(state.values?.[name] ?? '');
  const chosen = state.values?.seen_where ?? '';
  const places = MISINFORMATION_PLACES.map(
    (p) =>
      `<option value="${p}"${p === chosen ? ' selected' : ''}>${escapeHtml(MISINFORMATION_PLACE_NAMES[p])}</option>`,
  ).join('');
  const error = state.error
    ? `<p class="err" id="${ERROR_ID}" role="alert">${escapeHtml(state.error.message)}</p>`
    : '';
  const action = publicPath(site.code, 'misinformation');
  const main = `<h1>${SECTION_TITLE}</h1>
<section class="card" aria-labelledby="report">
<h2 id="report">Gửi báo cáo</h2>
<p>Bạn thấy bài viết, video, tin nhắn có thông tin sai sự thật, xuyên tạc hoặc xấu độc về chủ trương, chính sách hay tình hình địa phương? Hãy báo để cơ quan chức năng của tỉnh xác minh và cải chính. Xin đừng chia sẻ lại bài viết đó.</p>
<form method="post" action="${escapeHtml(action)}" enctype="multipart/form-data">
${options.guard}
${error}
<label for="link">Đường dẫn bài viết (link)</label>
<input id="link" name="link" type="text" inputmode="url" autocomplete="off" maxlength="2000" value="${v('link')}"${described(state, 'link', 'link-hint')}>
<p class="hint" id="link-hint">Dán địa chỉ của bài đăng, video hoặc bài báo. Có thể để trống nếu gửi ảnh chụp màn hình bên dưới.</p>
<label for="seen_where">Bạn thấy tin này ở đâu?</label>
<select id="seen_where" name="seen_where" required${described(state, 'seen_where')}><option value="">Chọn nơi bạn thấy</option>${places}</select>
<label for="description">Thông tin nào sai sự thật?</label>
<textarea id="description" name="description" required maxlength="5000" rows="5"${described(state, 'description', 'description-hint')}>${v('description')}</textarea>
<p class="hint" id="description-hint">Ghi ngắn gọn nội dung sai và điều bạn biết là đúng, nếu có.</p>
<h3>Thông tin liên hệ (không bắt buộc)</h3>
<p class="hint">Chỉ cán bộ xử lý xem được, để hỏi thêm khi cần; không bao giờ được công khai.</p>
<label for="contact_name">Họ và tên</label>
<input id="contact_name" name="contact_name" type="text" autocomplete="name" maxlength="200" value="${v('contact_name')}"${described(state, 'contact_name')}>
<label for="contact_phone">Số điện thoại di động</label>
<input id="contact_phone" name="contact_phone" type="tel" inputmode="tel" autocomplete="tel" maxlength="20" value="${v('contact_phone')}"${described(state, 'contact_phone')}>
<label for="contact_email">Thư điện tử</label>
<input id="contact_email" name="contact_email" type="email" autocomplete="email" maxlength="320" value="${v('contact_email')}"${described(state, 'contact_email')}>
<label for="screenshot">Ảnh chụp màn hình</label>
<input id="screenshot" name="screenshot" type="file" accept="image/png,image/jpeg,image/webp,image/gif"${described(state, 'file', 'screenshot-hint')}>
<p class="hint" id="screenshot-hint">Ảnh PNG, JPEG, WebP hoặc GIF, tối đa ${options.maxScreenshotMb} MB. Cần có đường dẫn hoặc ảnh chụp, ít nhất một trong hai.</p>
<button class="primary" type="submit">Gửi báo cáo</button>
</form>
</section>
${corrections(site, options.corrections)}`;
  return publicPage(site, {
    section: 'misinformation',
    title: SECTION_TITLE,
    description: DESCRIPTION,
    path: options.corrections.page > 1 ? `${action}?trang=${options.corrections.page}` : action,
    main,
    postsForms: true,
    publicUrl: options.publicUrl,
  });
}

/** The receipt: the code to keep, and what happens next. */
export function misinformationReceiptPage(site: PublicSite, code: string, publicUrl: string): Page {
  const back = publicPath(site.code, 'misinformation');
  const main = `<h1>Đã nhận báo cáo</h1>
<section class="card" aria-labelledby="receipt">
<h2 id="receipt">Mã tiếp nhận của bạn</h2>
<p class="big" role="status">${escapeHtml(code)}</p>
<p>Hãy ghi lại mã này và đọc mã khi liên hệ với cơ quan chức năng về báo cáo của bạn. Cán bộ sẽ xác minh thông tin; nếu đúng là tin sai sự thật, tin cải chính sẽ được đăng tại trang này và phát trên loa truyền thanh của các xã, phường liên quan.</p>
<p>Cảm ơn bạn đã góp phần ngăn tin sai lan rộng. Xin đừng chia sẻ lại bài viết đó.</p>
<p><a href="${escapeHtml(back)}">Về trang báo tin sai sự thật</a></p>
</section>`;
  return publicPage(site, {
    section: 'misinformation',
    title: 'Đã nhận báo cáo',
    description: DESCRIPTION,
    path: back,
    main,
    publicUrl,
  });
}

/** A published correction's page: its title, day, what was false and where it appeared (as text). */
export function correctionPage(site: PublicSite, correction: PublicCorrection, publicUrl: string): Page {
  const back = publicPath(site.code, 'misinformation');
  const verdict = correction.verdict
    ? `<li>Đánh giá: ${escapeHtml(MISINFORMATION_VERDICT_NAMES[correction.verdict])}</li>`
    : '';
  const main = `<article class="card" aria-labelledby="title">
<h1 id="title">${escapeHtml(correction.title)}</h1>
<p class="hint">Tin cải chính · Công bố ngày ${day(correction.publishedAt)}</p>
<ul class="facts">${verdict}<li>Tin sai xuất hiện trên: ${escapeHtml(seenWhere(correction))}</li></ul>
<p class="desc">${escapeHtml(correction.text)}</p>
</article>
<p><a href="${escapeHtml(back)}">Các tin cải chính khác và báo tin sai sự thật</a></p>`;
  return publicPage(site, {
    section: 'misinformation',
    title: correction.title,
    description: excerpt(correction.text, 200),
    path: publicPath(site.code, 'misinformation', correction.id),
    main,
    publicUrl,
  });
}

/** An address of the section that leads nowhere (a site without a public home, a correction withdrawn). */
export const MISINFORMATION_NOT_FOUND = errorPage(
  'Không tìm thấy trang',
  'Trang này không tồn tại hoặc tin cải chính đã được gỡ. Hãy kiểm tra lại đường dẫn.',
);
