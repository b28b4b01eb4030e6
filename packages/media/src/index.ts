// @lantoa/media: checks uploaded communication products (images, PDF, Word, audio, video) and makes
// their thumbnails.
export { ALLOWED_FORMATS_TEXT, UploadRejectedError, type UploadRejectionCode } from './errors.ts';
export {
  EVIDENCE_FORMATS,
  type FileKind,
  FORMATS,
  type FormatSet,
  LIBRARY_FORMATS,
  type MediaFormat,
  type MediaKind,
  PLAN_FORMATS,
  WORKBOOK_FORMATS,
} from './formats.ts';
export { inlineImageType } from './inline.ts';
export {
  type InspectedAt,
  type InspectedFile,
  type InspectedUpload,
  type InspectOptions,
  inspectFile,
  inspectFileAt,
  inspectUpload,
  type UploadAt,
  type UploadInput,
} from './inspect.ts';
export { DEFAULT_UPLOAD_LIMITS, type UploadLimits, uploadLimitsFromEnv } from './limits.ts';
export { sanitizeSvg } from './svg.ts';
export { makeThumbnail, probeDuration, THUMBNAIL_SIZE, type Thumbnail } from './thumbnail.ts';
export { type MediaSource, type MediaTools, mediaTools } from './tools.ts';
export {
  DEFAULT_ISOLATION_LIMITS,
  type IsolatedTask,
  IsolatedTaskError,
  IsolationLimitError,
  type IsolationLimits,
  type RemoteError,
  runIsolated,
} from './worker/isolate.ts';
