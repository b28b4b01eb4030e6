// Files: the reference to a stored upload, and a file answered as its bytes.
import { z } from 'zod';
import { id } from './common.ts';

/** A stored file as lists name it (evidence, attachments). */
export const storedFileRef = z.object({
  id,
  name: z.string().nullable(),
  mediaType: z.string().nullable(),
  size: z.number().int().nullable(),
});

/** The bytes of a file, whatever their type. */
const bytes = z.instanceof(Uint8Array).meta({ type: 'string', format: 'binary' });

/**
 * A generated or stored file, sent as its bytes under one of `mediaTypes` (never as JSON). Declared
 * per media type, as OpenAPI documents a file; the bytes are not checked on the way out.
 */
export const fileResponse = (description: string, mediaTypes: readonly string[]) => ({
  description,
  content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: bytes }])),
});

export const MEDIA_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  any: 'application/octet-stream',
} as const;
