// WAV (RIFF) reading and writing for joining synthesised chunks. espeak-ng writing to stdout
// cannot seek back, so its RIFF and data sizes are placeholders (0x7fffffff): the data chunk is
// taken as whatever follows, up to the declared size.

export interface WavFormat {
  /** 1 = integer PCM, 3 = IEEE float. */
  readonly encoding: 1 | 3;
  readonly sampleRate: number;
  readonly channels: number;
  readonly bitsPerSample: number;
}

export interface Wav extends WavFormat {
  /** Interleaved samples, a whole number of frames. */
  readonly data: Uint8Array;
}

const ascii = (bytes: Uint8Array, at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));

/** Parses a PCM or float WAV; throws (English message) when the bytes are not one. */
export function parseWav(bytes: Uint8Array): Wav {
  if (bytes.length < 12 || ascii(bytes, 0) !== 'RIFF' || ascii(bytes, 8) !== 'WAVE') {
    throw new Error('not a RIFF/WAVE file');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let format: WavFormat | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = ascii(bytes, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16) throw new Error('fmt chunk too short');
      let tag = view.getUint16(body, true);
      // WAVE_FORMAT_EXTENSIBLE: the real tag is the first two bytes of the sub-format GUID.
      if (tag === 0xfffe && size >= 40) tag = view.getUint16(body + 24, true);
      if (tag !== 1 && tag !== 3) throw new Error(`unsupported WAV encoding ${tag}`);
      format = {
        encoding: tag,
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!format) throw new Error('data chunk before fmt chunk');
      const blockAlign = blockAlignOf(format);
      const available = Math.min(size, bytes.length - body);
      const length = available - (available % blockAlign);
      return { ...format, data: bytes.subarray(body, body + length) };
    }
    offset = body + size + (size % 2);
  }
  throw new Error('no data chunk');
}

const blockAlignOf = (format: WavFormat): number => Math.max(1, (format.channels * format.bitsPerSample) / 8);

export function wavDurationSeconds(wav: Wav): number {
  return wav.data.length / (wav.sampleRate * blockAlignOf(wav));
}

/** A canonical 44-byte-header WAV. */
export function encodeWav(wav: Wav): Uint8Array {
  const out = new Uint8Array(44 + wav.data.length);
  const view = new DataView(out.buffer);
  const blockAlign = blockAlignOf(wav);
  const text = (at: number, s: string): void => {
    for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + wav.data.length, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, wav.encoding, true);
  view.setUint16(22, wav.channels, true);
  view.setUint32(24, wav.sampleRate, true);
  view.setUint32(28, wav.sampleRate * blockAlign, true);
  view.setUint16(32, blockAlign, true);
  view.setUint16(34, wav.bitsPerSample, true);
  text(36, 'data');
  view.setUint32(40, wav.data.length, true);
  out.set(wav.data, 44);
  return out;
}

const sameFormat = (a: WavFormat, b: WavFormat): boolean =>
  a.encoding === b.encoding &&
  a.sampleRate === b.sampleRate &&
  a.channels === b.channels &&
  a.bitsPerSample === b.bitsPerSample;

/**
 * Joins WAV files of one format into one (their samples end to end). Throws when the formats
 * differ: resampling belongs to ffmpeg, not here.
 */
export function joinWav(parts: readonly Uint8Array[]): Uint8Array {
  const wavs = parts.map(parseWav);
  const first = wavs[0];
  if (!first) throw new Error('nothing to join');
  const mismatch = wavs.find((wav) => !sameFormat(wav, first));
  if (mismatch) {
    throw new Error(
      `WAV formats differ: ${first.sampleRate} Hz/${first.channels} ch/${first.bitsPerSample} bit vs ` +
        `${mismatch.sampleRate} Hz/${mismatch.channels} ch/${mismatch.bitsPerSample} bit`,
    );
  }
  const data = new Uint8Array(wavs.reduce((sum, wav) => sum + wav.data.length, 0));
  let at = 0;
  for (const wav of wavs) {
    data.set(wav.data, at);
    at += wav.data.length;
  }
  return encodeWav({ ...first, data });
}
