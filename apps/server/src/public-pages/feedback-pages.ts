import {
  FEEDBACK_PUBLIC_STATUS_NAMES,
  FEEDBACK_REJECT_REASON_NAMES,
  FEEDBACK_TOPIC_NAMES,
  FEEDBACK_TOPICS,
  formatIsoDate,
  vietnamDateOf,
} from '@lantoa/domain';
import type { FeedbackFollowUp } from '../use-cases/feedback/follow-feedback.ts';
import type { PublicFeedback } from '../use-cases/feedback/public-feedback-row.ts';
import type { PublicSite } from '../use-cases/public-site/load-public-site.ts';
import { errorPage, escapeHtml, type Page } from './html.ts';
import { excerpt } from './public-format.ts';
import { publicPage, publicPath } from './public-layout.ts';

// The public pages of citizens' feedback: the form (posted without script, as multipart so a photo
// can go with it; text fields before the file, which the server reads in that order) with the
// published questions and answers below it, the receipt with its code, the follow-up page of a code
// and a published question and answer's page. Nothing personal is ever shown: the published texts
// were cleared by a coordinator, and the follow-up page shows the course of an item, not its text.

/** What the form shows again after a refusal: the values typed (never the file) and why. */
export interface FeedbackFormState {
  values?: Record<string, string>;
  error?: { message: string; field?: string | undefined };
}

export interface PublishedFeedbackPage {
  items: PublicFeedback[];
  total: number;
  page: number;
  pageSize: number;
}

const SECTION_TITLE = 'Phản ánh, kiến nghị';
const DESCRIPTION =
  'Gửi phản ánh, kiến nghị về chính sách, dịch vụ công, chuyển đổi số, khoa học và công nghệ; nhận mã để theo dõi; xem các câu hỏi đã được trả lời.';
const FOLLOW = 'tra-cuu';
const ERROR_ID = 'feedback-error';
const day = (at: Date) => formatIsoDate(vietnamDateOf(at));

/** The follow-up page of a code (the code, if given, in its query string). */
export const feedbackFollowPath = (siteCode: string, code = '') =>
  `${publicPath(siteCode, 'feedback', FOLLOW)}${code ? `?ma=${encodeURIComponent(code)}` : ''}`;

function publishedItem(site: PublicSite, item: PublicFeedback): string {
  const id = `q-${escapeHtml(item.id)}`;
  const by = item.answeredBy ? ` · Trả lời: ${escapeHtml(item.answeredBy)}` : '';
  return `<article class="card" aria-labelledby="${id}">
<h3 id="${id}"><a href="${escapeHtml(publicPath(site.code, 'feedback', item.id))}">${escapeHtml(excerpt(item.question, 140))}</a></h3>
<p class="hint">${escapeHtml(FEEDBACK_TOPIC_NAMES[item.topic])} · Công khai ngày ${day(item.publishedAt)}${by}</p>
<p class="desc">${escapeHtml(excerpt(item.answer, 280))}</p>
</article>`;
}

function publishedList(site: PublicSite, list: PublishedFeedbackPage): string {
  const heading = '<h2 id="answered">Câu hỏi đã được trả lời</h2>';
  if (list.total === 0) {
    return `<section aria-labelledby="answered">${heading}
<p class="card">Chưa có câu hỏi nào được trả lời công khai.</p></section>`;
  }
  const base = publicPath(site.code, 'feedback');
  const pages = Math.ceil(list.total / list.pageSize);
  const links = [
    list.page > 1 ? `<a href="${escapeHtml(`${base}?trang=${list.page - 1}`)}">← Mới hơn</a>` : '',
    list.page < pages ? `<a href="${escapeHtml(`${base}?trang=${list.page + 1}`)}">Cũ hơn →</a>` : '',
  ].filter(Boolean);
  return `<section aria-labelledby="answered">${heading}
${list.items.map((item) => publishedItem(site, item)).join('\n')}
${links.length ? `<nav aria-label="Trang"><p>${links.join(' · ')}</p></nav>` : ''}
</section>`;
}

/** A small form that opens the follow-up page of a code (GET, no script). */
function followForm(site: PublicSite, typed = '', headingLevel: 'h1' | 'h2' = 'h2'): string {
  return `<section class="card" aria-labelledby="follow">
<${headingLevel} id="follow">Tra cứu phản ánh đã gửi</${headingLevel}>
<form method="get" action="${escapeHtml(publicPath(site.code, 'feedback', FOLLOW))}">
<label for="ma">Mã tiếp nhận</label>
<input id="ma" name="ma" type="text" autocomplete="off" autocapitalize="characters" maxlength="40" placeholder="PA-XXXX-XXXX" value="${escapeHtml(typed)}" aria-describedby="ma-hint">
<p class="hint" id="ma-hint">Mã bạn nhận được khi gửi, ví dụ PA-7K3M-Q9TD (viết thường, không gạch nối cũng được).</p>
<button class="wide" type="submit">Tra cứu</button>
</form>
</section>`;
}

/** An input's attributes when the last refusal was about it. */
const invalid = (state: FeedbackFormState, field: string) =>
  state.error?.field === field ? ` aria-invalid="true" aria-describedby="${ERROR_ID}"` : '';

/**
 * The section's page: the form (topic, text, place, optional contact details and photo), the follow-up
 * box, then the questions and answers published.
 */
export function feedbackFormPage(
  site: PublicSite,
  options: {
    guard: string;
    state: FeedbackFormState;
    communes: { id: string; name: string }[];
    published: PublishedFeedbackPage;
    maxPhotoMb: number;
    publicUrl: string;
  },
): Page {
  const { state } = options;
  const v = (name: string) => escapeHtml(state.values?.[name] ?? '');
  const option = (value: string, label: string, chosen: string) =>
    `<option value="${escapeHtml(value)}"${value === chosen ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  const topics = FEEDBACK_TOPICS.map((t) =>
    option(t, FEEDBACK_TOPIC_NAMES[t], state.values?.topic ?? ''),
  ).join('');
  const communes = options.communes
    .map((c) => option(c.id, c.name, state.values?.place_body_id ?? ''))
    .join('');
  const communeField = options.communes.length
    ? `<label for="place_body_id">Xã, phường</label>
<select id="place_body_id" name="place_body_id"${invalid(state, 'place_body_id')}><option value="">Không chọn</option>${communes}</select>`
    : '';
  const error = state.error
    ? `<p class="err" id="${ERROR_ID}" role="alert">${escapeHtml(state.error.message)}</p>`
    : '';
  const action = publicPath(site.code, 'feedback');
  const main = `<h1>${SECTION_TITLE}</h1>
<section class="card" aria-labelledby="send">
<h2 id="send">Gửi phản ánh, kiến nghị</h2>
<p>Bạn có ý kiến, vướng mắc hay đề xuất về chủ trương, chính sách, thủ tục hành chính, dịch vụ công, chuyển đổi số, khoa học và công nghệ tại địa phương? Hãy gửi cho ${escapeHtml(site.name)}. Phản ánh được chuyển đến cơ quan có trách nhiệm trả lời trong ${site.feedbackDays} ngày.</p>
<form method="post" action="${escapeHtml(action)}" enctype="multipart/form-data">
${options.guard}
${error}
<label for="topic">Lĩnh vực</label>
<select id="topic" name="topic" required${invalid(state, 'topic')}><option value="">Chọn lĩnh vực</option>${topics}</select>
<label for="text">Nội dung phản ánh, kiến nghị</label>
<textarea id="text" name="text" required maxlength="5000" rows="6" aria-describedby="text-hint"${invalid(state, 'text')}>${v('text')}</textarea>
<p class="hint" id="text-hint">Nêu rõ sự việc, thời gian và điều bạn đề nghị. Không cần ghi số điện thoại hay số căn cước vào đây.</p>
<h3>Địa điểm (không bắt buộc)</h3>
<label for="place">Nơi xảy ra</label>
<input id="place" name="place" type="text" maxlength="300" autocomplete="off" value="${v('place')}" aria-describedby="place-hint"${invalid(state, 'place')}>
<p class="hint" id="place-hint">Ví dụ: thôn, tổ dân phố, tên cơ quan hoặc tuyến đường.</p>
${communeField}
<h3>Thông tin liên hệ (không bắt buộc)</h3>
<p class="hint">Chỉ cán bộ tiếp nhận và cơ quan giải quyết xem được, để hỏi thêm khi cần. Thông tin này không bao giờ được công khai.</p>
<label for="contact_name">Họ và tên</label>
<input id="contact_name" name="contact_name" type="text" autocomplete="name" maxlength="200" value="${v('contact_name')}"${invalid(state, 'contact_name')}>
<label for="contact_phone">Số điện thoại</label>
<input id="contact_phone" name="contact_phone" type="tel" inputmode="tel" autocomplete="tel" maxlength="20" value="${v('contact_phone')}"${invalid(state, 'contact_phone')}>
<label for="contact_email">Thư điện tử</label>
<input id="contact_email" name="contact_email" type="email" autocomplete="email" maxlength="320" value="${v('contact_email')}"${invalid(state, 'contact_email')}>
<label for="photo">Ảnh minh họa (không bắt buộc)</label>
<input id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp,image/gif" aria-describedby="photo-hint"${invalid(state, 'file')}>
<p class="hint" id="photo-hint">Ảnh JPEG, PNG, WebP hoặc GIF, tối đa ${options.maxPhotoMb} MB. Ảnh chỉ cán bộ giải quyết xem được, không được công khai.${state.error?.field === 'file' ? ' Hãy chọn lại ảnh.' : ''}</p>
<button class="primary" type="submit">Gửi phản ánh</button>
</form>
</section>
${followForm(site)}
${publishedList(site, options.published)}`;
  return publicPage(site, {
    section: 'feedback',
    title: SECTION_TITLE,
    description: DESCRIPTION,
    path: options.published.page > 1 ? `${action}?trang=${options.published.page}` : action,
    main,
    postsForms: true,
    publicUrl: options.publicUrl,
  });
}

/** The receipt: the code to keep, where to follow it, and what happens next. */
export function feedbackReceiptPage(site: PublicSite, code: string, publicUrl: string): Page {
  const follow = feedbackFollowPath(site.code, code);
  const main = `<h1>Đã nhận phản ánh</h1>
<section class="card" aria-labelledby="receipt">
<h2 id="receipt">Mã tiếp nhận của bạn</h2>
<p class="big" role="status">${escapeHtml(code)}</p>
<p>Hãy ghi lại mã này. Phản ánh sẽ được chuyển đến cơ quan có trách nhiệm, trả lời trong ${site.feedbackDays} ngày kể từ ngày chuyển. Bạn xem tình trạng và câu trả lời bằng mã này.</p>
<p><a href="${escapeHtml(follow)}">Theo dõi phản ánh ${escapeHtml(code)}</a></p>
<p><a href="${escapeHtml(publicPath(site.code, 'feedback'))}">Về trang phản ánh, kiến nghị</a></p>
</section>`;
  return publicPage(site, {
    section: 'feedback',
    title: 'Đã nhận phản ánh',
    description: DESCRIPTION,
    path: publicPath(site.code, 'feedback'),
    main,
    publicUrl,
  });
}

/** The course of an item, as the follow-up page lists it. */
function followFacts(site: PublicSite, item: FeedbackFollowUp): string {
  const facts = [
    `<li>Lĩnh vực: ${escapeHtml(FEEDBACK_TOPIC_NAMES[item.topic])}</li>`,
    `<li>Ngày gửi: ${day(item.sentAt)}</li>`,
    item.handler ? `<li>Cơ quan giải quyết: ${escapeHtml(item.handler)}</li>` : '',
    item.routedAt && item.handler ? `<li>Ngày chuyển đến cơ quan giải quyết: ${day(item.routedAt)}</li>` : '',
    item.dueOn ? `<li>Hạn trả lời: ${formatIsoDate(item.dueOn)}</li>` : '',
    item.answeredAt ? `<li>Ngày trả lời: ${day(item.answeredAt)}</li>` : '',
    item.rejectReason ? `<li>Lý do: ${escapeHtml(FEEDBACK_REJECT_REASON_NAMES[item.rejectReason])}</li>` : '',
  ].filter(Boolean);
  const answer =
    item.answer !== null
      ? `<h3>Câu trả lời</h3>
<p class="desc">${escapeHtml(item.answer)}</p>`
      : '';
  const published = item.publishedId
    ? `<p><a href="${escapeHtml(publicPath(site.code, 'feedback', item.publishedId))}">Xem hỏi – đáp đã công khai</a></p>`
    : '';
  return `<section class="card" aria-labelledby="status">
<h2 id="status">Phản ánh ${escapeHtml(item.code)}</h2>
<p class="big" role="status">${escapeHtml(FEEDBACK_PUBLIC_STATUS_NAMES[item.status])}</p>
<ul class="facts">${facts.join('')}</ul>
${answer}
${published}
</section>`;
}

/**
 * The follow-up page: the code box, and the item's course when a code was given (or why nothing was
 * found). Only the course is shown: the code is not an identity.
 */
export function feedbackFollowPage(
  site: PublicSite,
  options: { typed: string; item: FeedbackFollowUp | null; publicUrl: string },
): Page {
  const typed = options.typed.trim();
  const result = options.item
    ? followFacts(site, options.item)
    : typed
      ? `<section class="card" aria-labelledby="status"><h2 id="status">Không tìm thấy</h2>
<p role="status">Không có phản ánh nào mang mã «${escapeHtml(typed)}» gửi tới ${escapeHtml(site.name)}. Hãy kiểm tra lại mã (ví dụ PA-7K3M-Q9TD).</p></section>`
      : '';
  const main = `${followForm(site, typed, 'h1')}
${result}
<p><a href="${escapeHtml(publicPath(site.code, 'feedback'))}">Về trang phản ánh, kiến nghị</a></p>`;
  return publicPage(site, {
    section: 'feedback',
    title: 'Tra cứu phản ánh',
    description: 'Tra cứu tình trạng và câu trả lời của phản ánh, kiến nghị bằng mã tiếp nhận.',
    path: feedbackFollowPath(site.code),
    main,
    // Its code box is a form (GET), which the policy's form-action governs too.
    postsForms: true,
    publicUrl: options.publicUrl,
  });
}

/** A published question and answer's page. */
export function feedbackAnswerPage(site: PublicSite, item: PublicFeedback, publicUrl: string): Page {
  const by = item.answeredBy ? `<li>Cơ quan trả lời: ${escapeHtml(item.answeredBy)}</li>` : '';
  const answered = item.answeredAt ? `<li>Ngày trả lời: ${day(item.answeredAt)}</li>` : '';
  const main = `<article class="card" aria-labelledby="title">
<h1 id="title">Hỏi – đáp: ${escapeHtml(FEEDBACK_TOPIC_NAMES[item.topic])}</h1>
<ul class="facts"><li>Ngày gửi: ${day(item.sentAt)}</li>${by}${answered}<li>Công khai ngày ${day(item.publishedAt)}</li></ul>
<h2>Câu hỏi</h2>
<p class="desc">${escapeHtml(item.question)}</p>
<h2>Trả lời</h2>
<p class="desc">${escapeHtml(item.answer)}</p>
</article>
<p><a href="${escapeHtml(publicPath(site.code, 'feedback'))}">Gửi phản ánh, kiến nghị và xem các câu hỏi khác</a></p>`;
  return publicPage(site, {
    section: 'feedback',
    title: `Hỏi – đáp: ${excerpt(item.question, 80)}`,
    description: excerpt(item.answer, 200),
    path: publicPath(site.code, 'feedback', item.id),
    main,
    publicUrl,
  });
}

/** An address of the section that leads nowhere (a site without a public home, a Q&A not published). */
export const FEEDBACK_NOT_FOUND = errorPage(
  'Không tìm thấy trang',
  'Trang này không tồn tại hoặc câu hỏi – trả lời chưa được công khai. Hãy kiểm tra lại đường dẫn.',
);
