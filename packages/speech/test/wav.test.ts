import { describe, expect, it } from 'vitest';
import { encodeWav, joinWav, parseWav, splitIntoChunks, wavDurationSeconds } from '../src/index.ts';

const silence = (seconds: number, sampleRate = 16_000): Uint8Array =>
  encodeWav({
    encoding: 1,
    sampleRate,
    channels: 1,
    bitsPerSample: 16,
    data: new Uint8Array(Math.round(seconds * sampleRate) * 2),
  });

describe('WAV', () => {
  it('joins chunks into one file whose duration is the sum', () => {
    const joined = parseWav(joinWav([silence(0.5), silence(1.25), silence(2)]));
    expect(wavDurationSeconds(joined)).toBeCloseTo(3.75, 6);
    expect(joined.sampleRate).toBe(16_000);
  });

  it('reads a streamed WAV whose sizes are placeholders (espeak-ng --stdout)', () => {
    const wav = silence(1);
    const view = new DataView(wav.buffer);
    view.setUint32(4, 0x7ffff024, true);
    view.setUint32(40, 0x7ffff000, true);
    expect(wavDurationSeconds(parseWav(wav))).toBeCloseTo(1, 6);
  });

  it('refuses to join chunks of different sample rates', () => {
    expect(() => joinWav([silence(1, 16_000), silence(1, 22_050)])).toThrow(/formats differ/);
  });
});

describe('splitIntoChunks', () => {
  it('keeps sentences whole, starts a chunk at each paragraph, and closes headings', () => {
    const text = 'THÔNG BÁO\nCâu một. Câu hai!\n\nĐoạn hai.';
    expect(splitIntoChunks(text, 400)).toEqual(['THÔNG BÁO. Câu một. Câu hai!', 'Đoạn hai.']);
    expect(splitIntoChunks(text, 12)).toEqual(['THÔNG BÁO.', 'Câu một.', 'Câu hai!', 'Đoạn hai.']);
  });

  it('breaks a sentence longer than the limit between words', () => {
    const chunks = splitIntoChunks(`${'từ '.repeat(100).trim()}.`, 50);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.every((chunk) => chunk.length <= 50)).toBe(true);
  });

  it('has nothing to say for punctuation only', () => {
    expect(splitIntoChunks(' . - \n\n ')).toEqual([]);
  });
});
