// Upload limits per kind. Sizes are checked before any parsing, so a huge file costs nothing; archive
// limits are checked against what the archive really inflates to, not only what it declares.

export interface UploadLimits {
  /** Images (png, jpeg, webp, gif, svg), bytes. */
  maxImageBytes: number;
  /** PDF and Word documents, bytes. */
  maxDocumentBytes: number;
  maxAudioBytes: number;
  maxVideoBytes: number;
  /**
   * Decoded width × height of a raster image; guards against decompression bombs. 50 MP covers
   * every phone photo in its default mode, and decoding one costs about a second and little memory.
   */
  maxImagePixels: number;
  /** Office archives (.docx, .xlsx, .pptx, .odt…): at most this many entries… */
  maxZipEntries: number;
  /** …inflating (really, and as declared) to at most this many bytes in total… */
  maxZipUncompressedBytes: number;
  /** …no single part to more than this (a document's text, a sheet; default 64 MB)… */
  maxZipPartBytes?: number;
  /** …and no entry compressed more than this ratio (deflate peaks near 1032:1 on zeros). */
  maxZipRatio: number;
  /** Rows over all the sheets of a spreadsheet, counted while inflating (default 1,000,000). */
  maxSheetRows?: number;
}

const MB = 1024 * 1024;

export const DEFAULT_UPLOAD_LIMITS: Readonly<Required<UploadLimits>> = Object.freeze({
  maxImageBytes: 20 * MB,
  maxDocumentBytes: 50 * MB,
  maxAudioBytes: 100 * MB,
  maxVideoBytes: 500 * MB,
  maxImagePixels: 50_000_000,
  maxZipEntries: 5_000,
  maxZipUncompressedBytes: 200 * MB,
  maxZipPartBytes: 64 * MB,
  maxZipRatio: 200,
  maxSheetRows: 1_000_000,
});

const ENV: [keyof UploadLimits, string, number][] = [
  ['maxImageBytes', 'LANTOA_MAX_IMAGE_MB', MB],
  ['maxDocumentBytes', 'LANTOA_MAX_DOCUMENT_MB', MB],
  ['maxAudioBytes', 'LANTOA_MAX_AUDIO_MB', MB],
  ['maxVideoBytes', 'LANTOA_MAX_VIDEO_MB', MB],
  ['maxImagePixels', 'LANTOA_MAX_IMAGE_MEGAPIXELS', 1_000_000],
];

/** Limits from LANTOA_MAX_{IMAGE,DOCUMENT,AUDIO,VIDEO}_MB and LANTOA_MAX_IMAGE_MEGAPIXELS; unset → default. */
export function uploadLimitsFromEnv(env: Record<string, string | undefined> = process.env): UploadLimits {
  const limits: UploadLimits = { ...DEFAULT_UPLOAD_LIMITS };
  for (const [key, name, unit] of ENV) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(
        `Biến môi trường ${name} phải là một số dương (ví dụ 20), hiện là "${raw}". Hãy sửa lại.`,
      );
    limits[key] = Math.floor(value * unit);
  }
  return limits;
}

export function resolveLimits(limits?: Partial<UploadLimits>): Required<UploadLimits> {
  const out: Required<UploadLimits> = { ...DEFAULT_UPLOAD_LIMITS };
  for (const [key, value] of Object.entries(limits ?? {}) as [keyof UploadLimits, number | undefined][])
    if (value !== undefined) out[key] = value;
  return out;
}
