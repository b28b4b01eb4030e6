import { formatVietnamDateTime } from '@lantoa/domain';
import type { UnsubscribeView } from '../use-cases/network/unsubscribe-view.ts';
import { escapeHtml, type Page, pageShell } from './html.ts';

/**
 * The page of a contact's unsubscribe link: who writes to them, and one button. Opening it changes
 * nothing (mail scanners open every link); the button posts the form, without script, to the same
 * address, where the token in the path is the only key. Once withdrawn, the page says since when.
 */
export function unsubscribePageHtml(view: UnsubscribeView, options: { justDone?: boolean } = {}): Page {
  const who = `<p>Người nhận: <strong>${escapeHtml(view.name)}</strong>${
    view.address ? ` (${escapeHtml(view.address)})` : ''
  }</p>`;
  if (view.unsubscribedAt) {
    return pageShell(
      'Đã hủy nhận tin',
      `<header class="top"><h1>Hủy nhận thông cáo báo chí</h1></header>
<main class="wrap">
<section class="card" aria-labelledby="done">
<h2 id="done" class="ok"><span aria-hidden="true">✔</span> ${options.justDone ? 'Đã hủy nhận tin' : 'Bạn đã hủy nhận tin trước đó'}</h2>
${who}
<p role="status">Từ ${formatVietnamDateTime(view.unsubscribedAt)}, ${escapeHtml(view.ownerName)} không gửi thông cáo báo chí đến bạn nữa.</p>
<p class="hint">Nếu muốn nhận lại, hãy liên hệ ${escapeHtml(view.ownerName)}.</p>
</section>
</main>`,
    );
  }
  return pageShell(
    'Hủy nhận thông cáo báo chí',
    `<header class="top"><h1>Hủy nhận thông cáo báo chí</h1></header>
<main class="wrap">
<section class="card" aria-labelledby="ask">
<h2 id="ask">Bạn không muốn nhận thông cáo báo chí của ${escapeHtml(view.ownerName)} nữa?</h2>
${who}
<form method="post" action="/huy-nhan-tin/${encodeURIComponent(view.token)}">
<button class="primary" type="submit">Hủy nhận tin</button>
</form>
<p class="hint">Sau khi bấm, bạn sẽ không nhận thêm thông cáo nào qua thư điện tử từ ${escapeHtml(view.ownerName)}.</p>
</section>
</main>`,
    '',
    { postsForms: true },
  );
}
