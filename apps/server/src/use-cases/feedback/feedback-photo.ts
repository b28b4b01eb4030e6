import { inspectFile, type UploadLimits } from '@lantoa/media';
import type { UploadedFile } from '../files/store-file.ts';
import { uploadError } from '../files/upload-error.ts';

/** A citizen's photo: a picture as phones take and save them (no SVG: nothing drawn by script). */
export const FEEDBACK_PHOTO_FORMATS = ['jpg', 'png', 'webp', 'gif'] as const;

/**
 * The limits a photo is checked against: the library's, with pictures capped at 10 MB (a phone's
 * photo is 2–6 MB; a public form should not take the library's 20 MB).
 */
export function feedbackPhotoLimits(limits: UploadLimits): UploadLimits {
  return { ...limits, maxImageBytes: Math.min(limits.maxImageBytes, 10 * 1024 * 1024) };
}

/**
 * The photo through the library's media checks (the content decides; a corrupt or disguised file is
 * refused in Vietnamese), or null when none was picked (an empty file input sends no file).
 */
export async function checkFeedbackPhoto(file: UploadedFile | undefined, limits: Partial<UploadLimits>) {
  if (!file || file.bytes.byteLength === 0) return null;
  return inspectFile(
    { name: file.name, bytes: file.bytes, declaredType: file.mediaType },
    { accept: [...FEEDBACK_PHOTO_FORMATS], limits },
  ).catch(uploadError);
}
