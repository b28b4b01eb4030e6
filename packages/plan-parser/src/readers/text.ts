// Plain text: UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM (or plainly UTF-16 by its NULs).
import { readErrors } from '../errors.ts';
import type { DocumentReader, ReadResult } from './types.ts';

function utf16Order(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  // No BOM: text in UTF-16 has a NUL in every other byte for ASCII characters.
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  if (odd > n / 2 / 3 && even === 0) return 'utf-16le';
  if (even > n / 2 / 3 && odd === 0) return 'utf-16be';
  return null;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad > Math.max(2, sample.length * 0.01);
}

/** Decodes text, or returns null when the bytes are not text. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } | null {
  const order = utf16Order(bytes);
  if (order) {
    const text = new TextDecoder(order).decode(bytes).replace(/^\uFEFF/, '');
    return looksBinary(text) ? null : { text, encoding: order };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    return looksBinary(text) ? null : { text, encoding: 'utf-8' };
  } catch {
    return null;
  }
}

export const textReader: DocumentReader = {
  format: 'txt',
  sniff: (bytes) => {
    // Look at a prefix cut at a character boundary (UTF-8 continuation bytes are 10xxxxxx).
    let end = Math.min(bytes.length, 65536);
    if (end < bytes.length) while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
    return decodeText(bytes.subarray(0, end & (utf16Order(bytes) ? ~1 : ~0))) !== null;
  },
  async read(bytes): Promise<ReadResult> {
    const decoded = decodeText(bytes);
    if (!decoded) {
      throw readErrors.unsupported(
        'không phải văn bản UTF-8',
        'not UTF-8/UTF-16 text (legacy encoding such as TCVN3/VNI, or binary data)',
      );
    }
    if (!decoded.text.trim()) throw readErrors.empty();
    return { text: decoded.text, encoding: decoded.encoding };
  },
};
