import { inlinePagePolicy } from '../http/security-headers.ts';
import { PAGE_STYLE } from './style.ts';

/** A server-rendered document and the Content-Security-Policy that lets exactly its inline code run. */
export interface Page {
  html: string;
  csp: string;
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** JSON safe to embed in a `<script type="application/json">` element. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy HH:mm in Vietnam time (UTC+7, no daylight saving). */
export function vietnamDateTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * 3_600_000);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/**
 * A complete, self-contained document: inline style, optional inline script, system fonts. Its
 * policy allows those two by hash and nothing else, so markup that slipped through unescaped (and
 * any inline `style` attribute or event handler) is inert.
 */
export function pageShell(
  title: string,
  body: string,
  script = '',
  options: { postsForms?: boolean; head?: string } = {},
): Page {
  const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#0b4f8a">
<title>${escapeHtml(title)}</title>
${options.head ?? ''}
<style>${PAGE_STYLE}</style>
</head>
<body>
${body}
${script ? `<script>${script}</script>` : ''}
</body>
</html>
`;
  return {
    html,
    csp: inlinePagePolicy({
      scripts: script ? [script] : [],
      styles: [PAGE_STYLE],
      postsForms: options.postsForms,
    }),
  };
}

/** A small Vietnamese error page (unknown contest, too many requests, server error). */
export function errorPage(title: string, message: string): Page {
  return pageShell(
    title,
    `<main class="wrap"><section class="card"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></section></main>`,
  );
}
