// SVG: parsed as XML (not well-formed → refused), then sanitised in place by DOMPurify's SVG profile
// on a jsdom window, plus our own rule that every reference must stay inside the document: scripts,
// event handlers, foreignObject, javascript: and external URLs (href, url(), @import) are removed.
import { createRequire } from 'node:module';
import type createDOMPurifyType from 'dompurify';
import type { JSDOM as JSDOMType } from 'jsdom';
import { rejections } from './errors.ts';

// jsdom takes about a second to load: it is required on the first SVG, not when the server (or each
// test file) imports this module.
const require = createRequire(import.meta.url);

const SVG_NS = 'http://www.w3.org/2000/svg';

let shared: { window: JSDOMType['window']; purify: ReturnType<typeof createDOMPurifyType> } | undefined;
function engine() {
  if (shared) return shared;
  const { JSDOM } = require('jsdom') as { JSDOM: typeof JSDOMType };
  const createDOMPurify = require('dompurify') as typeof createDOMPurifyType;
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName.toLowerCase();
    const value = data.attrValue.trim();
    if (name === 'href' || name === 'xlink:href') {
      const embeddedImage = node.nodeName.toLowerCase() === 'image' && SAFE_DATA_IMAGE.test(value);
      if (!value.startsWith('#') && !embeddedImage) data.keepAttr = false;
    } else if (hasExternalReference(value)) data.keepAttr = false;
  });
  shared = { window, purify };
  return shared;
}

/** Raster images embedded as data: URLs are fine; an embedded SVG could carry its own script. */
const SAFE_DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,/i;

/** url(…) to anything but a fragment, or an @import: both fetch from outside. */
function hasExternalReference(css: string): boolean {
  if (/@import/i.test(css)) return true;
  for (const m of css.matchAll(/url\(\s*(['"]?)([^)'"]*)\1\s*\)/gi)) {
    const target = (m[2] ?? '').trim();
    if (!target.startsWith('#') && !SAFE_DATA_IMAGE.test(target)) return true;
  }
  return false;
}

const stripExternalCss = (css: string): string =>
  css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)([^)'"]*)\1\s*\)/gi, (all, _q: string, target: string) =>
      target.trim().startsWith('#') || SAFE_DATA_IMAGE.test(target.trim()) ? all : 'none',
    );

/** Cheap sniff: does this text look like an SVG document (after prolog, comments, doctype)? */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '');
  const rest = head.replace(
    /^(\s+|<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>)*/i,
    '',
  );
  return /^<svg[\s>]/i.test(rest) || /^<[a-z][\w-]*:svg[\s>]/i.test(rest);
}

export interface SanitizedSvg {
  bytes: Uint8Array;
  /** Intrinsic size in CSS pixels (from width/height, else the viewBox, else 300×150). */
  width: number;
  height: number;
}

/** Sanitises an SVG; throws 'corrupt' when it is not well-formed XML with an <svg> root. */
export function sanitizeSvg(bytes: Uint8Array): SanitizedSvg {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw rejections.corrupt('SVG', 'not UTF-8', error);
  }
  const { window, purify } = engine();
  const doc = new window.DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (
    doc.getElementsByTagName('parsererror').length > 0 ||
    root.namespaceURI !== SVG_NS ||
    root.localName !== 'svg'
  )
    throw rejections.corrupt('SVG', `not well-formed: ${root.textContent?.slice(0, 200) ?? ''}`);

  // <use> is left out of DOMPurify's profile for its external references; ours may only point inside.
  purify.sanitize(root, { IN_PLACE: true, USE_PROFILES: { svg: true, svgFilters: true }, ADD_TAGS: ['use'] });
  for (const style of Array.from(root.getElementsByTagName('style')))
    style.textContent = stripExternalCss(style.textContent ?? '');

  const size = intrinsicSize(root);
  const out = new window.XMLSerializer().serializeToString(root);
  return { bytes: new TextEncoder().encode(out), ...size };
}

const UNIT_PX: Record<string, number> = {
  '': 1,
  px: 1,
  pt: 4 / 3,
  pc: 16,
  mm: 96 / 25.4,
  cm: 96 / 2.54,
  in: 96,
};

function length(value: string | null): number | null {
  const m = /^\s*([\d.]+(?:e[+-]?\d+)?)\s*(px|pt|pc|mm|cm|in)?\s*$/i.exec(value ?? '');
  if (!m) return null;
  const n = Number(m[1]) * (UNIT_PX[(m[2] ?? '').toLowerCase()] ?? 1);
  return Number.isFinite(n) && n > 0 ? n : null;
}

function viewBox(root: Element): [number, number, number, number] | null {
  const parts = (root.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x))) return null;
  const [x = 0, y = 0, w = 0, h = 0] = parts;
  return w > 0 && h > 0 ? [x, y, w, h] : null;
}

function intrinsicSize(root: Element): { width: number; height: number } {
  const box = viewBox(root);
  let width = length(root.getAttribute('width'));
  let height = length(root.getAttribute('height'));
  if (box && width && !height) height = (width * box[3]) / box[2];
  if (box && height && !width) width = (height * box[2]) / box[3];
  return { width: width ?? box?.[2] ?? 300, height: height ?? box?.[3] ?? 150 };
}

/**
 * Rewrites the root size so the SVG renders at most `max` pixels on its long side: a vector image
 * declaring 100000×100000 would otherwise be rasterised at full size.
 */
export function svgSizedFor(
  sanitized: Uint8Array,
  max: number,
): { bytes: Uint8Array; width: number; height: number } {
  const { window } = engine();
  const doc = new window.DOMParser().parseFromString(new TextDecoder().decode(sanitized), 'image/svg+xml');
  const root = doc.documentElement;
  const { width, height } = intrinsicSize(root);
  if (!viewBox(root)) root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const scale = Math.min(1, max / Math.max(width, height));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  root.setAttribute('width', String(w));
  root.setAttribute('height', String(h));
  return {
    bytes: new TextEncoder().encode(new window.XMLSerializer().serializeToString(root)),
    width: w,
    height: h,
  };
}
