import { describe, expect, it } from 'vitest';
import { DEFAULT_UPLOAD_LIMITS, uploadLimitsFromEnv } from '../src/index.ts';

describe('uploadLimitsFromEnv', () => {
  it('reads megabytes and megapixels, keeping defaults for unset variables', () => {
    const limits = uploadLimitsFromEnv({
      LANTOA_MAX_IMAGE_MB: '5',
      LANTOA_MAX_VIDEO_MB: '1000',
      LANTOA_MAX_IMAGE_MEGAPIXELS: '40',
    });
    expect(limits.maxImageBytes).toBe(5 * 1024 * 1024);
    expect(limits.maxVideoBytes).toBe(1000 * 1024 * 1024);
    expect(limits.maxImagePixels).toBe(40_000_000);
    expect(limits.maxDocumentBytes).toBe(DEFAULT_UPLOAD_LIMITS.maxDocumentBytes);
    expect(limits.maxAudioBytes).toBe(DEFAULT_UPLOAD_LIMITS.maxAudioBytes);
  });

  it('refuses a value that is not a positive number, naming the variable', () => {
    expect(() => uploadLimitsFromEnv({ LANTOA_MAX_AUDIO_MB: 'nhiều' })).toThrow(/LANTOA_MAX_AUDIO_MB/);
    expect(() => uploadLimitsFromEnv({ LANTOA_MAX_DOCUMENT_MB: '0' })).toThrow(/LANTOA_MAX_DOCUMENT_MB/);
  });
});
