import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProgram } from '@lantoa/exec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSpeechEngine,
  encodeWav,
  MAX_SPEECH_TEXT_LENGTH,
  parseWav,
  SpeechError,
  speechAvailability,
  speechConfigFromEnv,
  wavDurationSeconds,
} from '../src/index.ts';
import { SPOKEN_GROUPS } from './spoken-pairs.ts';

// About sixty words, with the numbers, dates and abbreviations a commune bulletin carries.
const BULLETIN = `THÔNG BÁO CỦA UBND XÃ
Thực hiện Nghị quyết 57-NQ/TW về phát triển KH&CN và CĐS, UBND xã tổ chức tập huấn kỹ năng số
cho người dân vào lúc 7h30 ngày 18/5/2026 tại hội trường nhà văn hóa thôn.

Đến nay 80% hộ gia đình đã cài ứng dụng VNeID. Đề nghị các thôn vận động bà con tham gia đầy đủ,
mang theo điện thoại thông minh. Mọi thắc mắc xin liên hệ bộ phận một cửa của xã.`;

const rejection = async (promise: Promise<unknown>): Promise<SpeechError> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpeechError);
  return error as SpeechError;
};

const available = await speechAvailability();

describe('espeak-ng', () => {
  it('reports what is installed', () => {
    expect(available.espeakNg).toBe(true);
    expect(available.canEncode).toBe(true);
  });

  it('reads a bulletin to Ogg Opus whose duration, read from the file, is plausible', async () => {
    const engine = createSpeechEngine({ engine: 'espeak-ng', format: 'opus' });
    const progress: number[] = [];
    const audio = await engine.synthesize(BULLETIN, { onProgress: (f) => progress.push(f) });
    expect(engine.name).toBe('espeak-ng');
    expect(audio).toMatchObject({ format: 'opus', mediaType: 'audio/ogg', extension: 'opus' });
    expect(new TextDecoder().decode(audio.bytes.subarray(0, 4))).toBe('OggS');
    expect(audio.durationSeconds).toBeGreaterThan(10);
    expect(audio.durationSeconds).toBeLessThan(60);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('keeps WAV when asked (as without ffmpeg), duration from the header', async () => {
    const engine = createSpeechEngine({ engine: 'espeak-ng', format: 'wav' });
    const progress: number[] = [];
    const audio = await engine.synthesize(BULLETIN, { onProgress: (f) => progress.push(f) });
    expect(audio).toMatchObject({ format: 'wav', mediaType: 'audio/wav', extension: 'wav' });
    expect(audio.durationSeconds).toBeGreaterThan(10);
    expect(audio.durationSeconds).toBeLessThan(60);
    expect(audio.durationSeconds).toBeCloseTo(wavDurationSeconds(parseWav(audio.bytes)), 6);
    expect(progress.at(-1)).toBe(1);
  });

  it('falls back to WAV when ffmpeg is not on the search path', async () => {
    const engine = createSpeechEngine({ engine: 'espeak-ng', format: 'mp3', ffmpeg: 'ffmpeg-absent' });
    const audio = await engine.synthesize('Xin chào bà con.');
    expect(audio.format).toBe('wav');
    expect(audio.durationSeconds).toBeGreaterThan(0.3);
  });

  it('encodes MP3 too', async () => {
    const audio = await createSpeechEngine({ engine: 'espeak-ng', format: 'mp3' }).synthesize(
      'Xin chào bà con.',
    );
    expect(audio).toMatchObject({ format: 'mp3', mediaType: 'audio/mpeg', extension: 'mp3' });
    expect(audio.durationSeconds).toBeGreaterThan(0.3);
  });

  it('refuses empty and too long text with a Vietnamese message', async () => {
    const engine = createSpeechEngine({ engine: 'espeak-ng' });
    const empty = await rejection(engine.synthesize('  \n . '));
    expect(empty.code).toBe('empty_text');
    expect(empty.message).toBe('Bản tin chưa có nội dung để đọc. Hãy nhập nội dung bản tin rồi thử lại.');
    const long = await rejection(engine.synthesize('a '.repeat(MAX_SPEECH_TEXT_LENGTH)));
    expect(long.code).toBe('text_too_long');
    expect(long.message).toContain('tối đa 20.000 ký tự');
  });

  it('says how to install espeak-ng when it is missing', async () => {
    const engine = createSpeechEngine({ engine: 'espeak-ng', searchPath: '/nonexistent' });
    const error = await rejection(engine.synthesize('Xin chào.'));
    expect(error.code).toBe('engine_missing');
    expect(error.message).toMatch(/^Máy chủ chưa cài espeak-ng.*apt-get install espeak-ng/);
  });

  // espeak-ng reads a word it does not take for Vietnamese in its English voice, and its phoneme
  // listing marks the switch "(en)": no word the normaliser produces may do that (issue 20).
  it('says every word of the spoken-pairs table in its Vietnamese voice', async () => {
    const words = [
      ...new Set(
        SPOKEN_GROUPS.flatMap(({ pairs }) =>
          pairs.flatMap(([, spoken]) => spoken.toLowerCase().split(/[^\p{L}]+/u)),
        ).filter(Boolean),
      ),
    ];
    // One word a sentence, so that the listing has one line a word.
    const { stdout } = await runProgram('espeak-ng', ['-q', '-x', '-v', 'vi', '--stdin'], {
      input: words.map((word) => `${word}.`).join('\n'),
      timeoutMs: 20_000,
    });
    const lines = new TextDecoder().decode(stdout).split('\n').filter(Boolean);
    expect(lines).toHaveLength(words.length);
    expect(words.filter((_, i) => lines[i]?.includes('(en)'))).toEqual([]);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const engine = createSpeechEngine({ engine: 'espeak-ng' });
    const error = await rejection(engine.synthesize('Xin chào.', { signal: controller.signal }));
    expect(error.code).toBe('aborted');
  });
});

describe('piper', () => {
  it('fails clearly when piper is not installed', async () => {
    const engine = createSpeechEngine({
      engine: 'piper',
      model: '/nonexistent/vi.onnx',
      searchPath: '/nonexistent',
    });
    const error = await rejection(engine.synthesize('Xin chào.'));
    expect(error.code).toBe('engine_missing');
    expect(error.message).toContain('Máy chủ chưa cài piper');
  });

  it('fails clearly when the voice model is missing', async () => {
    // Any executable stands in for the binary: the model is checked before anything runs.
    const engine = createSpeechEngine({
      engine: 'piper',
      model: '/nonexistent/vi.onnx',
      command: '/bin/true',
    });
    const error = await rejection(engine.synthesize('Xin chào.'));
    expect(error.code).toBe('voice_missing');
    expect(error.message).toContain('"/nonexistent/vi.onnx"');
    expect(error.message).toContain('LANTOA_PIPER_MODEL');
  });
});

describe('HTTP engine', () => {
  let server: Server;
  let url: string;
  const requests: { authorization?: string; body: { text: string; voice: string } }[] = [];

  const readBody = async (request: IncomingMessage): Promise<string> => {
    const parts: Buffer[] = [];
    for await (const part of request) parts.push(part as Buffer);
    return Buffer.concat(parts).toString('utf8');
  };

  beforeAll(async () => {
    // Answers one tenth of a second of silence per word, at 16 kHz.
    server = createServer(async (request, response) => {
      const body = JSON.parse(await readBody(request)) as { text: string; voice: string };
      requests.push({ authorization: request.headers.authorization, body });
      if (request.headers.authorization !== 'Bearer khoa-bi-mat') {
        response.writeHead(401).end();
        return;
      }
      const words = body.text.split(/\s+/).length;
      const wav = encodeWav({
        encoding: 1,
        sampleRate: 16_000,
        channels: 1,
        bitsPerSample: 16,
        data: new Uint8Array(words * 1_600 * 2),
      });
      response.writeHead(200, { 'content-type': 'audio/wav' }).end(wav);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tts`;
  });

  afterAll(() => {
    server.close();
  });

  it('posts each chunk as JSON and joins the answers', async () => {
    requests.length = 0;
    const engine = createSpeechEngine({
      engine: 'http',
      url,
      apiKey: 'khoa-bi-mat',
      voice: 'vi-north',
      format: 'wav',
      maxChunkChars: 60,
    });
    const progress: number[] = [];
    const audio = await engine.synthesize(BULLETIN, { onProgress: (f) => progress.push(f) });
    expect(requests.length).toBeGreaterThan(3);
    expect(requests[0]?.body.voice).toBe('vi-north');
    expect(requests[0]?.body.text).toContain('Ủy ban nhân dân');
    const words = requests.reduce((sum, r) => sum + r.body.text.split(/\s+/).length, 0);
    expect(audio.durationSeconds).toBeCloseTo(words * 0.1, 6);
    expect(progress).toHaveLength(requests.length);
    expect(progress.at(-1)).toBe(1);
  });

  it('says to check the API key when the service refuses it', async () => {
    const engine = createSpeechEngine({ engine: 'http', url, apiKey: 'sai', format: 'wav' });
    const error = await rejection(engine.synthesize('Xin chào.'));
    expect(error.code).toBe('engine_failed');
    expect(error.message).toContain('LANTOA_SPEECH_API_KEY');
  });
});

describe('speechConfigFromEnv', () => {
  it('defaults to espeak-ng and Opus', () => {
    expect(speechConfigFromEnv({})).toMatchObject({ engine: 'espeak-ng', format: 'opus' });
  });

  it('reads the HTTP and piper settings', () => {
    expect(
      speechConfigFromEnv({
        LANTOA_SPEECH_ENGINE: 'http',
        LANTOA_SPEECH_URL: 'https://tts.example.vn/v1',
        LANTOA_SPEECH_API_KEY: 'k',
        LANTOA_AUDIO_FORMAT: 'mp3',
      }),
    ).toEqual({
      engine: 'http',
      url: 'https://tts.example.vn/v1',
      apiKey: 'k',
      format: 'mp3',
      voice: undefined,
    });
    expect(
      speechConfigFromEnv({ LANTOA_SPEECH_ENGINE: 'piper', LANTOA_PIPER_MODEL: '/srv/vi.onnx' }),
    ).toMatchObject({
      engine: 'piper',
      model: '/srv/vi.onnx',
    });
  });

  it('names the variable to fix', () => {
    expect(() => speechConfigFromEnv({ LANTOA_SPEECH_ENGINE: 'google' })).toThrow(
      /LANTOA_SPEECH_ENGINE="google"/,
    );
    expect(() => speechConfigFromEnv({ LANTOA_AUDIO_FORMAT: 'flac' })).toThrow(/opus, mp3 hoặc wav/);
    expect(() => speechConfigFromEnv({ LANTOA_SPEECH_ENGINE: 'piper' })).toThrow(/LANTOA_PIPER_MODEL/);
  });
});

describe('temporary files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lantoa-speech-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a piper model path that exists but a binary that is absent as engine_missing', async () => {
    const model = join(dir, 'vi.onnx');
    await writeFile(model, 'not a model');
    const engine = createSpeechEngine({ engine: 'piper', model, command: join(dir, 'piper') });
    expect((await rejection(engine.synthesize('Xin chào.'))).code).toBe('engine_missing');
  });

  /** A stand-in piper: reads the text, writes `output` where `--output_file` says. */
  async function standInPiper(output: string): Promise<string> {
    const script = join(dir, `piper-${Math.random().toString(36).slice(2)}`);
    await writeFile(
      script,
      [
        '#!/bin/sh',
        'cat > /dev/null',
        'while [ $# -gt 0 ]; do [ "$1" = --output_file ] && out="$2"; shift; done',
        `cp '${output}' "$out"`,
      ].join('\n'),
      { mode: 0o755 },
    );
    return script;
  }

  it('reads each chunk through piper’s output file, and refuses an output that is not a WAV', async () => {
    const model = join(dir, 'vi.onnx');
    await writeFile(model, 'a model');
    const second = { encoding: 1, sampleRate: 16_000, channels: 1, bitsPerSample: 16 } as const;
    const wav = join(dir, 'chunk.wav');
    await writeFile(wav, encodeWav({ ...second, data: new Uint8Array(32_000) }));
    const piper = createSpeechEngine({
      engine: 'piper',
      model,
      command: await standInPiper(wav),
      format: 'wav',
    });
    const audio = await piper.synthesize('Xin chào.');
    expect(audio.format).toBe('wav');
    expect(audio.durationSeconds).toBeCloseTo(1);

    const text = join(dir, 'chunk.txt');
    await writeFile(text, 'not a WAV');
    const broken = createSpeechEngine({
      engine: 'piper',
      model,
      command: await standInPiper(text),
      format: 'wav',
    });
    const error = await rejection(broken.synthesize('Xin chào.'));
    expect(error.code).toBe('engine_failed');
    expect(error.detail).toMatch(/^piper: output is not a WAV/);
  });
});

describe('engine binary given by a path that does not exist', () => {
  it('reads as engine_missing for espeak-ng', async () => {
    const engine = createSpeechEngine({ engine: 'espeak-ng', command: '/nonexistent/espeak-ng' });
    expect((await rejection(engine.synthesize('Xin chào.'))).code).toBe('engine_missing');
  });
});
