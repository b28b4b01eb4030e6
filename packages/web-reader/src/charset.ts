// Bytes → text as a browser would read them (WHATWG encoding sniffing, simplified): a byte-order
// mark, else the charset the server declared, else the document's own declaration (<meta charset>,
// <meta http-equiv="Content-Type">, <?xml encoding?>) in its first bytes, else UTF-8. Vietnamese
// sites are UTF-8 nearly always, but older portals still declare windows-1258, which Node's
// TextDecoder reads; a label it does not know is read as UTF-8.

const SNIFF_BYTES = 4096;

function decoderFor(label: string | null | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset a document declares in its first bytes (HTML meta, or the XML declaration). */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so the ASCII of the declaration reads right whatever
  // the real encoding is.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1] ?? null;
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

/**
 * The text of a document. The result is NFC: some Vietnamese sites write tone marks as combining
 * characters, and the rest of the app compares and stores composed text.
 */
export function decodeDocument(bytes: Uint8Array, headerCharset: string | null): string {
  const declared = declaredCharset(bytes);
  const decoder =
    decoderFor(byteOrderMark(bytes)) ??
    decoderFor(headerCharset) ??
    // A document that declares UTF-16 inside itself, readable as ASCII, is not UTF-16: browsers
    // read it as UTF-8 (WHATWG HTML, "prescan").
    (declared && !/^utf-?16/i.test(declared) ? decoderFor(declared) : null) ??
    new TextDecoder('utf-8');
  return decoder.decode(bytes).normalize('NFC');
}
