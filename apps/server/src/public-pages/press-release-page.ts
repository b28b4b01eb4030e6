import { formatVietnamDateTime } from '@lantoa/domain';
import type { PublicPressRelease } from '../use-cases/press/public-press-release.ts';
import { escapeHtml, type Page, pageShell } from './html.ts';

/**
 * The public page of a sent press release, the tracked link its messages carry: the issuer, when,
 * the text (escaped, its line breaks kept by the style) and the products it carries. No script.
 */
export function pressReleasePageHtml(release: PublicPressRelease): Page {
  const items = release.items.length
    ? `<h3>Sản phẩm truyền thông kèm theo</h3>
<ul class="facts">
${release.items.map((title) => `<li>${escapeHtml(title)}</li>`).join('\n')}
</ul>`
    : '';
  return pageShell(
    release.title,
    `<header class="top"><h1>Thông cáo báo chí</h1></header>
<main class="wrap">
<article class="card" aria-labelledby="title">
<h2 id="title">${escapeHtml(release.title)}</h2>
<p class="hint">${escapeHtml(release.bodyName)} · ${formatVietnamDateTime(release.sentAt)}</p>
<p class="desc">${escapeHtml(release.text)}</p>
${items}
</article>
</main>`,
  );
}
