import { formatIsoDate, MAX_PROPOSAL_FILES, vietnamDateOf } from '@lantoa/domain';
import type { UploadLimits } from '@lantoa/media';
import type { PublicSite } from '../use-cases/public-site/load-public-site.ts';
import type { PublicScienceProblem } from '../use-cases/science-problems/public-science-problem-row.ts';
import { errorPage, escapeHtml, type Page } from './html.ts';
import { excerpt } from './public-format.ts';
import { publicPage, publicPath } from './public-layout.ts';

// The public pages of problems for scientists (đặt hàng khoa học và công nghệ): the list of a site's
// problems, a problem's page with the proposal form, and the receipt. The form is posted without
// script, as multipart (text fields before the file inputs, which the server reads in that order);
// a refusal shows it again with the values typed (never the files) and each error beside its field.
// Nothing a proposal's sender gave appears on any of these pages.

/** What the form shows: the values typed, the errors by field name, a message above, the guard. */
export interface ProposalFormState {
  values: Record<string, string | undefined>;
  errors: Partial<Record<string, string>>;
  message?: string | undefined;
  /** The form guard's hidden fields (formGuardFields), made for this page. */
  guard: string;
}

export interface ProblemPageOptions {
  publicUrl: string;
  limits: Pick<UploadLimits, 'maxImageBytes' | 'maxDocumentBytes'>;
}

const SECTION_TITLE = 'Đặt hàng khoa học và công nghệ';
const esc = escapeHtml;
const day = (at: Date) => formatIsoDate(vietnamDateOf(at));
const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Where a problem stands, as the public reads it. */
function standing(problem: PublicScienceProblem): string {
  if (problem.status === 'closed') return 'Đã đóng, đã có kết quả';
  return problem.acceptsProposals ? 'Đang nhận đề xuất' : 'Đã hết hạn nhận đề xuất, đang xem xét';
}

function problemItem(site: PublicSite, problem: PublicScienceProblem): string {
  const id = `p-${esc(problem.id)}`;
  const tail =
    problem.status === 'closed'
      ? problem.outcome
        ? `<p class="desc"><strong>Kết quả:</strong> ${esc(excerpt(problem.outcome, 300))}</p>`
        : ''
      : `<p><strong>Hạn nhận đề xuất:</strong> ${formatIsoDate(problem.deadline)}</p>`;
  return `<article class="card" aria-labelledby="${id}">
<h3 id="${id}"><a href="${esc(publicPath(site.code, 'problems', problem.id))}">${esc(problem.title)}</a></h3>
<p class="hint">${esc(excerpt(problem.holder, 160))} · ${esc(problem.bodyName)} · Công bố ngày ${day(problem.publishedAt)}</p>
<p class="desc">${esc(excerpt(problem.needs, 280))}</p>
${tail}
</article>`;
}

function listSection(
  site: PublicSite,
  id: string,
  title: string,
  problems: PublicScienceProblem[],
  empty: string,
): string {
  const items = problems.length
    ? problems.map((problem) => problemItem(site, problem)).join('\n')
    : `<p class="card">${esc(empty)}</p>`;
  return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(title)}</h2>
${items}
</section>`;
}

/**
 * The site's problems: those taking proposals, those under review (deadline passed), and the closed
 * ones with their outcome. Each links to its page, where the whole text and the form are.
 */
export function scienceProblemListPage(
  site: PublicSite,
  list: { open: PublicScienceProblem[]; closed: PublicScienceProblem[] },
  publicUrl: string,
): Page {
  const taking = list.open.filter((problem) => problem.acceptsProposals);
  const reviewing = list.open.filter((problem) => !problem.acceptsProposals);
  const main = `<h1>${SECTION_TITLE}</h1>
<p>Các bài toán khoa học và công nghệ mà cơ quan, doanh nghiệp, địa phương của ${esc(site.name)} cần giải quyết. Nhà khoa học, tổ chức khoa học và công nghệ, doanh nghiệp có giải pháp hãy mở từng bài toán để xem chi tiết và gửi đề xuất trước hạn.</p>
${listSection(site, 'dang-nhan', 'Đang nhận đề xuất', taking, 'Hiện chưa có đặt hàng nào đang nhận đề xuất.')}
${reviewing.length ? listSection(site, 'dang-xem-xet', 'Đã hết hạn nhận, đang xem xét', reviewing, '') : ''}
${listSection(site, 'da-dong', 'Đã có kết quả', list.closed, 'Chưa có đặt hàng nào đã có kết quả.')}`;
  return publicPage(site, {
    section: 'problems',
    title: SECTION_TITLE,
    description: `Các bài toán khoa học và công nghệ ${site.name} đặt hàng: nội dung cần giải quyết, hạn nhận đề xuất, cách gửi đề xuất và kết quả.`,
    path: publicPath(site.code, 'problems'),
    main,
    publicUrl,
  });
}

/** A field's label, input (or textarea), hint and error, tied together for screen readers. */
function field(
  state: ProposalFormState,
  f: {
    name: string;
    label: string;
    hint?: string;
    required?: boolean;
    maxLength: number;
    type?: 'text' | 'email' | 'tel';
    autocomplete?: string;
    multiline?: boolean;
  },
): string {
  const id = `f-${f.name}`;
  const error = state.errors[f.name];
  const described = [f.hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ');
  const attrs = [
    `id="${id}"`,
    `name="${f.name}"`,
    `maxlength="${f.maxLength}"`,
    f.required ? 'required' : '',
    f.autocomplete ? `autocomplete="${f.autocomplete}"` : '',
    described ? `aria-describedby="${described}"` : '',
    error ? 'aria-invalid="true"' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const value = state.values[f.name] ?? '';
  const input = f.multiline
    ? `<textarea ${attrs} rows="8">${esc(value)}</textarea>`
    : `<input ${attrs} type="${f.type ?? 'text'}"${f.type === 'tel' ? ' inputmode="tel"' : ''} value="${esc(value)}">`;
  return `<label for="${id}">${esc(f.label)}${f.required ? ' (bắt buộc)' : ''}</label>
${input}
${f.hint ? `<p class="hint" id="${id}-hint">${esc(f.hint)}</p>` : ''}
${error ? `<p class="err" id="${id}-err">${esc(error)}</p>` : ''}`;
}

/** The proposal form: who you are and how to reach you, the proposal, consent, then the files. */
function proposalForm(
  site: PublicSite,
  problem: PublicScienceProblem,
  state: ProposalFormState,
  options: ProblemPageOptions,
): string {
  const consentError = state.errors.consent;
  const filesError = state.errors.files;
  const files = Array.from({ length: MAX_PROPOSAL_FILES }, (_, i) => {
    const id = `f-files-${i + 1}`;
    return `<label for="${id}">Tệp ${i + 1}</label>
<input id="${id}" name="files" type="file" accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png,.webp,.gif" aria-describedby="f-files-hint${filesError ? ' f-files-err' : ''}"${filesError ? ' aria-invalid="true"' : ''}>`;
  }).join('\n');
  return `<section class="card" aria-labelledby="gui">
<h2 id="gui">Gửi đề xuất</h2>
<p class="hint">Hãy gửi trước hết ngày ${formatIsoDate(problem.deadline)}. Thông tin liên hệ của bạn chỉ ${esc(problem.bodyName)} dùng để trao đổi về đề xuất, không được công khai.</p>
${state.message ? `<p class="msg" role="alert">${esc(state.message)}</p>` : ''}
<form method="post" action="${esc(publicPath(site.code, 'problems', problem.id))}" enctype="multipart/form-data">
${state.guard}
${field(state, { name: 'organisation', label: 'Tổ chức, doanh nghiệp', hint: 'Để trống nếu bạn gửi với tư cách cá nhân.', maxLength: 500, autocomplete: 'organization' })}
${field(state, { name: 'contact_name', label: 'Họ và tên người liên hệ', required: true, maxLength: 200, autocomplete: 'name' })}
${field(state, { name: 'email', label: 'Thư điện tử', type: 'email', hint: 'Để lại thư điện tử hoặc số điện thoại, ít nhất một.', maxLength: 320, autocomplete: 'email' })}
${field(state, { name: 'phone', label: 'Số điện thoại', type: 'tel', hint: 'Số di động hoặc số cố định có mã vùng, ví dụ 0912 345 678.', maxLength: 40, autocomplete: 'tel' })}
${field(state, { name: 'summary', label: 'Tóm tắt đề xuất', required: true, hint: 'Giải pháp, công nghệ, kinh nghiệm của bạn; thời gian và kinh phí dự kiến nếu có.', maxLength: 10000, multiline: true })}
<label class="check" for="f-consent"><input id="f-consent" name="consent" type="checkbox" value="1" required${state.values.consent ? ' checked' : ''}${consentError ? ' aria-invalid="true" aria-describedby="f-consent-err"' : ''}> Tôi đồng ý để ${esc(problem.bodyName)} lưu và sử dụng thông tin liên hệ trên để trao đổi về đề xuất này (bắt buộc).</label>
${consentError ? `<p class="err" id="f-consent-err">${esc(consentError)}</p>` : ''}
<fieldset>
<legend>Tệp đính kèm (không bắt buộc, tối đa ${MAX_PROPOSAL_FILES} tệp)</legend>
<p class="hint" id="f-files-hint">PDF, Word (.docx), Excel (.xlsx) hoặc ảnh (JPEG, PNG, WebP, GIF); tài liệu tối đa ${mb(options.limits.maxDocumentBytes)}, ảnh tối đa ${mb(options.limits.maxImageBytes)} mỗi tệp.</p>
${files}
${filesError ? `<p class="err" id="f-files-err">${esc(filesError)}</p>` : ''}
</fieldset>
<button class="primary" type="submit">Gửi đề xuất</button>
</form>
</section>`;
}

/** A problem's whole text, its standing and, while it takes proposals, the form. */
export function scienceProblemPage(
  site: PublicSite,
  problem: PublicScienceProblem,
  state: ProposalFormState | null,
  options: ProblemPageOptions,
): Page {
  const expected = problem.expected
    ? `<h2>Kết quả mong muốn</h2>
<p class="desc">${esc(problem.expected)}</p>`
    : '';
  const outcome =
    problem.status === 'closed'
      ? `<section class="card" aria-labelledby="ket-qua"><h2 id="ket-qua">Kết quả</h2>
<p class="desc">${esc(problem.outcome || 'Đặt hàng đã đóng.')}</p></section>`
      : '';
  const form =
    problem.acceptsProposals && state
      ? proposalForm(site, problem, state, options)
      : state?.message
        ? `<p class="msg" role="alert">${esc(state.message)}</p>`
        : '';
  const main = `<article class="card" aria-labelledby="de-bai">
<h1 id="de-bai">${esc(problem.title)}</h1>
<p class="hint">${esc(problem.bodyName)} · Công bố ngày ${day(problem.publishedAt)}</p>
<ul class="facts">
<li><strong>Đơn vị có nhu cầu:</strong> ${esc(problem.holder)}</li>
<li><strong>Hạn nhận đề xuất:</strong> hết ngày ${formatIsoDate(problem.deadline)}</li>
<li><strong>Tình trạng:</strong> ${standing(problem)}</li>
</ul>
<h2>Nội dung cần giải quyết</h2>
<p class="desc">${esc(problem.needs)}</p>
${expected}
</article>
${outcome}
${form}
<p><a href="${esc(publicPath(site.code, 'problems'))}">← Các đặt hàng khác</a></p>`;
  return publicPage(site, {
    section: 'problems',
    title: problem.title,
    description: `Đặt hàng của ${problem.bodyName}, hạn nhận đề xuất ${formatIsoDate(problem.deadline)}: ${excerpt(problem.needs, 140)}`,
    path: publicPath(site.code, 'problems', problem.id),
    main,
    postsForms: problem.acceptsProposals,
    publicUrl: options.publicUrl,
  });
}

/** The receipt: the code to keep, what happens next; nothing of what was sent is repeated. */
export function proposalReceivedPage(
  site: PublicSite,
  problem: PublicScienceProblem,
  code: string,
  publicUrl: string,
): Page {
  const main = `<section class="card" aria-labelledby="da-nhan">
<h1 id="da-nhan" class="ok">Đã nhận đề xuất của bạn</h1>
<p>Cảm ơn bạn đã gửi đề xuất cho đặt hàng «${esc(problem.title)}».</p>
<p>Mã tiếp nhận của bạn:</p>
<p class="big" id="ma-tiep-nhan">${esc(code)}</p>
<p>Hãy ghi lại mã này. ${esc(problem.bodyName)} sẽ xem xét và liên hệ với bạn qua thư điện tử hoặc số điện thoại bạn đã để lại; khi trao đổi về đề xuất, hãy cho biết mã này.</p>
<p><a href="${esc(publicPath(site.code, 'problems', problem.id))}">Xem lại đặt hàng</a> · <a href="${esc(publicPath(site.code, 'problems'))}">Các đặt hàng khác</a></p>
</section>`;
  return publicPage(site, {
    section: 'problems',
    title: 'Đã nhận đề xuất',
    description: `Đề xuất cho đặt hàng «${excerpt(problem.title, 120)}» đã được tiếp nhận.`,
    path: publicPath(site.code, 'problems', problem.id),
    main,
    publicUrl,
  });
}

/** What an unknown problem, a draft or a site without a public home answers. */
export const PROBLEM_NOT_FOUND = errorPage(
  'Không tìm thấy đặt hàng',
  'Đặt hàng khoa học và công nghệ này không tồn tại hoặc chưa được công bố. Hãy kiểm tra lại đường dẫn.',
);
