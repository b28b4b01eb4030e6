import type { AnyNode } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';

// Text and links out of HTML: a feed item's description (escaped HTML or CDATA), a page's title. The
// parser decodes every HTML entity (&nbsp;, &ecirc;…), which an XML parser leaves as they are.

// What a reader never sees as text.
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head']);
// Elements inside a line: no space is added around them, so "chuyển <b>đổi</b>" stays one phrase.
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);

/**
 * Whitespace collapsed, trimmed, composed (NFC), without control characters or lone surrogates:
 * what is read from the web is stored, and PostgreSQL refuses a NUL in text.
 */
export function cleanText(text: string): string {
  return (
    text
      .toWellFormed()
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
      .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .normalize('NFC')
  );
}

/** A text cut to `length` characters at most, an ellipsis marking the cut. */
export const clip = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

function collectText(nodes: readonly AnyNode[], out: string[]) {
  for (const node of nodes) {
    if (node.type === 'text') out.push(node.data);
    else if (node.type === 'cdata') collectText(node.children, out);
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      if (HIDDEN.has(node.name.toLowerCase())) continue;
      const spaced = !INLINE.has(node.name.toLowerCase());
      if (spaced) out.push(' ');
      collectText(node.children, out);
      if (spaced) out.push(' ');
    }
  }
}

/** The text a reader sees in an HTML fragment, on one line. */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return cleanText(html);
  const out: string[] = [];
  collectText(parseDocument(html).children, out);
  return cleanText(out.join(''));
}

/** An absolute http(s) URL from what a document wrote (relative to `base`); null for anything else. */
export function absoluteHttpUrl(raw: string | null | undefined, base: string): string | null {
  const text = raw?.trim();
  if (!text) return null;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The first image and the links of an HTML fragment, absolute, http(s) only. */
export function htmlImageAndLinks(html: string, base: string): { image: string | null; links: string[] } {
  if (!html.includes('<')) return { image: null, links: [] };
  const document = parseDocument(html);
  // Lazy-loading pages put the real picture in data-src and a placeholder (data: URL) in src.
  const image = DomUtils.findAll((el) => el.name === 'img', document.children)
    .flatMap((el) => [el.attribs['data-src'], el.attribs['data-original'], el.attribs.src])
    .map((src) => absoluteHttpUrl(src, base))
    .find((src) => src !== null);
  const links = DomUtils.findAll((el) => el.name === 'a' && Boolean(el.attribs.href), document.children)
    .map((el) => absoluteHttpUrl(el.attribs.href, base))
    .filter((href): href is string => href !== null);
  return { image: image ?? null, links: [...new Set(links)] };
}
