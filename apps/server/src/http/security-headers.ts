import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './context.ts';

type Directives = Record<string, readonly string[]>;

/** A Content-Security-Policy header value from its directives, in the order given. */
export function contentSecurityPolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The CSP source that allows exactly this inline `<script>` or `<style>` text and nothing else. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The staff app (and Swagger UI): scripts only from files of this origin, so data that reaches the
 * page as HTML can never run. Styles may be inline because Ant Design's CSS-in-JS inserts `<style>`
 * elements and ECharts positions its tooltip with `style` attributes; a style cannot run script.
 */
export const APP_POLICY = contentSecurityPolicy({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: for the icons of Ant Design and Swagger UI, blob: for previews of a file being uploaded.
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
});

/**
 * A self-contained server-rendered page (the contest page): nothing is loaded but the page's own
 * inline script and style, allowed by their hashes, and its calls to the API of this origin.
 * A hash, not a nonce: the page is the same for everyone, and no `'unsafe-inline'` for either.
 */
export function inlinePagePolicy(inline: {
  scripts: readonly string[];
  styles: readonly string[];
  /** The page posts a form to this origin (the attendance page works without script). */
  postsForms?: boolean;
}): string {
  const hashes = (texts: readonly string[]) => (texts.length ? texts.map(sha256Source) : ["'none'"]);
  return contentSecurityPolicy({
    'default-src': ["'none'"],
    'script-src': hashes(inline.scripts),
    'style-src': hashes(inline.styles),
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': [inline.postsForms ? "'self'" : "'none'"],
    'frame-ancestors': ["'none'"],
  });
}

/** Sent on every response, whatever it is. */
const COMMON_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * Security headers on every response. An HTML response gets the staff app's Content-Security-Policy
 * unless its route set a stricter one of its own (the contest page's hashes, the sandbox of
 * uploaded files), so a page added later is covered without anyone remembering to.
 */
export function registerSecurityHeaders(app: FastifyInstance, deps: AppDeps): void {
  const headers = { ...COMMON_HEADERS };
  // Browsers only honour HSTS over https; a deployment reached over http must stay reachable.
  if (deps.config.publicUrl.startsWith('https://')) headers['strict-transport-security'] = 'max-age=31536000';
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(headers);
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', APP_POLICY);
    }
    return payload;
  });
}
