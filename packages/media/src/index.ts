// @lantoa/media: checks uploaded communication products (images, PDF, Word, audio, video) and makes
// their thumbnails.
export { ALLOWED_FORMATS_TEXT, UploadRejectedError, type UploadRejectionCode } from './errors.ts';
export { FORMATS, type MediaFormat, type MediaKind } from './formats.ts';
export { type InspectedUpload, inspectUpload, type UploadInput } from './inspect.ts';
export { DEFAULT_UPLOAD_LIMITS, type UploadLimits, uploadLimitsFromEnv } from './limits.ts';
export { sanitizeSvg } from './svg.ts';
export { makeThumbnail, probeDuration, THUMBNAIL_SIZE, type Thumbnail } from './thumbnail.ts';
export { type MediaTools, mediaTools } from './tools.ts';
