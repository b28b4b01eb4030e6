// Whether a stored file may be shown inline in the browser: only raster pictures (judged from their
// bytes) within the megapixel cap. Anything else, including a pixel bomb stored before the cap
// existed, downloads as an attachment instead of being decoded by whoever opens it.
import sharp from 'sharp';
import { DEFAULT_UPLOAD_LIMITS } from './limits.ts';

const RASTER_IMAGES: [string, number[]][] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]],
  ['image/webp', [0x52, 0x49, 0x46, 0x46]],
];

/** The media type to show the bytes inline with, or null when they must download. */
export async function inlineImageType(
  bytes: Uint8Array,
  maxImagePixels = DEFAULT_UPLOAD_LIMITS.maxImagePixels,
): Promise<string | null> {
  const type = RASTER_IMAGES.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0];
  if (!type) return null;
  try {
    // The header alone: no pixel is decoded here.
    const { width = 0, height = 0 } = await sharp(bytes, { limitInputPixels: false }).metadata();
    return width > 0 && height > 0 && width * height <= maxImagePixels ? type : null;
  } catch {
    return null;
  }
}
