import QRCode from 'qrcode';

// Level M restores 15% of a damaged code: enough for a printed certificate that gets folded or a
// screen photographed at an angle, while a verification URL of up to 62 characters fits version 4
// (33×33 modules), which a phone reads from across a training room. A margin of 2 modules is half
// the standard's quiet zone; the white around the code on the page or screen supplies the rest.
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

/** A QR code of `text` as an SVG document (one path, scalable), e.g. the attendance code shown at a session. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...QR_OPTIONS, type: 'svg' });
}

/** A QR code of `text` as a PNG about `sizePx` pixels wide (black on white), e.g. for a PDF. */
export async function qrPng(text: string, sizePx: number): Promise<Uint8Array> {
  if (!Number.isInteger(sizePx) || sizePx < 21 || sizePx > 4096) {
    throw new RangeError(`QR size must be a whole number of pixels from 21 to 4096, got ${sizePx}`);
  }
  const png = await QRCode.toBuffer(text, { ...QR_OPTIONS, type: 'png', width: sizePx });
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
