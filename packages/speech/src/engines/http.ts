// A speech service over HTTP: POST {"text", "voice"} as JSON with a bearer key, audio bytes back.
// WAV answers are joined as they are; other audio (MP3, Ogg) is decoded to WAV by ffmpeg first.
import { findProgram, PROGRAMS } from '@lantoa/exec';
import { decodeToWav } from '../encode.ts';
import { SpeechError, speechErrors } from '../errors.ts';
import { type ChunkSynthesizer, checkWav, type OutputConfig, pipelineEngine } from '../pipeline.ts';
import type { SpeechEngine } from '../types.ts';

export interface HttpSpeechConfig extends OutputConfig {
  engine: 'http';
  url: string;
  /** Sent as `Authorization: Bearer <key>`. */
  apiKey?: string;
  /** Default 'vi'. */
  voice?: string;
}

const isWav = (bytes: Uint8Array): boolean =>
  bytes.length >= 12 &&
  String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' &&
  String.fromCharCode(...bytes.subarray(8, 12)) === 'WAVE';

export function createHttpSpeechEngine(config: HttpSpeechConfig): SpeechEngine {
  const synthesizer: ChunkSynthesizer = {
    name: 'http',
    async prepare() {},
    async synthesizeChunk(text, { signal, timeoutMs }) {
      const timeout = AbortSignal.timeout(timeoutMs);
      let response: Response;
      let bytes: Uint8Array;
      try {
        response = await fetch(config.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'audio/wav, audio/*',
            ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
          },
          body: JSON.stringify({ text, voice: config.voice ?? 'vi' }),
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        bytes = new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        if (signal?.aborted) throw speechErrors.aborted(signal.reason);
        if (timeout.aborted) throw speechErrors.timeout(timeoutMs);
        throw speechErrors.httpUnreachable(config.url, error);
      }
      if (response.status === 401 || response.status === 403) throw speechErrors.httpRefused(response.status);
      if (!response.ok) {
        const body = new TextDecoder().decode(bytes.subarray(0, 300));
        throw speechErrors.engineFailed('http', `status ${response.status}: ${body}`);
      }
      if (isWav(bytes)) return checkWav('http', bytes);
      const ffmpeg = await findProgram(PROGRAMS.ffmpeg, {
        command: config.ffmpeg,
        searchPath: config.searchPath,
      });
      if (!ffmpeg) {
        throw speechErrors.engineFailed(
          'http',
          `answered ${response.headers.get('content-type') ?? 'unknown'} audio, not WAV, and ffmpeg is missing`,
        );
      }
      try {
        return checkWav('http', await decodeToWav(bytes, ffmpeg, { signal, timeoutMs }));
      } catch (error) {
        if (error instanceof SpeechError && error.code !== 'encode_failed') throw error;
        throw speechErrors.engineFailed('http', `undecodable answer: ${(error as Error).message}`, error);
      }
    },
  };
  return pipelineEngine(synthesizer, config);
}
