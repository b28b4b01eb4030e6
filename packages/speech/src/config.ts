// Choosing the engine: from a config object, or from environment variables.
import { findProgram, PROGRAMS } from '@lantoa/exec';
import { createEspeakEngine, type EspeakConfig } from './engines/espeak.ts';
import { createHttpSpeechEngine, type HttpSpeechConfig } from './engines/http.ts';
import { createPiperEngine, type PiperConfig } from './engines/piper.ts';
import { speechErrors } from './errors.ts';
import type { AudioFormat, SpeechEngine } from './types.ts';

export type SpeechConfig = EspeakConfig | PiperConfig | HttpSpeechConfig;
export type SpeechEngineName = SpeechConfig['engine'];

const ENGINES: readonly SpeechEngineName[] = ['espeak-ng', 'piper', 'http'];
const FORMATS: readonly AudioFormat[] = ['opus', 'mp3', 'wav'];

export function createSpeechEngine(config: SpeechConfig): SpeechEngine {
  switch (config.engine) {
    case 'espeak-ng':
      return createEspeakEngine(config);
    case 'piper':
      return createPiperEngine(config);
    case 'http':
      return createHttpSpeechEngine(config);
  }
}

const value = (env: Record<string, string | undefined>, name: string): string | undefined => {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
};

/**
 * Reads LANTOA_SPEECH_ENGINE (espeak-ng | piper | http, default espeak-ng), LANTOA_SPEECH_VOICE,
 * LANTOA_SPEECH_RATE (espeak-ng words per minute), LANTOA_PIPER_MODEL, LANTOA_PIPER_COMMAND,
 * LANTOA_SPEECH_URL, LANTOA_SPEECH_API_KEY and LANTOA_AUDIO_FORMAT (opus | mp3 | wav, default opus).
 * Throws a SpeechError (invalid_config) naming the variable to fix.
 */
export function speechConfigFromEnv(env: Record<string, string | undefined> = process.env): SpeechConfig {
  const engine = value(env, 'LANTOA_SPEECH_ENGINE') ?? 'espeak-ng';
  if (!ENGINES.includes(engine as SpeechEngineName)) {
    throw speechErrors.invalidConfig('LANTOA_SPEECH_ENGINE', engine, 'espeak-ng, piper hoặc http');
  }
  const format = value(env, 'LANTOA_AUDIO_FORMAT') ?? 'opus';
  if (!FORMATS.includes(format as AudioFormat)) {
    throw speechErrors.invalidConfig('LANTOA_AUDIO_FORMAT', format, 'opus, mp3 hoặc wav');
  }
  const common = { format: format as AudioFormat };
  const voice = value(env, 'LANTOA_SPEECH_VOICE');
  switch (engine as SpeechEngineName) {
    case 'espeak-ng': {
      const rate = value(env, 'LANTOA_SPEECH_RATE');
      const wordsPerMinute = rate === undefined ? undefined : Number(rate);
      if (
        wordsPerMinute !== undefined &&
        !(Number.isInteger(wordsPerMinute) && wordsPerMinute >= 80 && wordsPerMinute <= 450)
      ) {
        throw speechErrors.invalidConfig(
          'LANTOA_SPEECH_RATE',
          rate ?? '',
          'một số nguyên từ 80 đến 450 (từ mỗi phút)',
        );
      }
      return { engine: 'espeak-ng', ...common, voice, wordsPerMinute };
    }
    case 'piper': {
      const model = value(env, 'LANTOA_PIPER_MODEL');
      if (!model)
        throw speechErrors.missingConfig(
          'LANTOA_PIPER_MODEL',
          'đường dẫn tệp mô hình giọng đọc piper (.onnx)',
        );
      return { engine: 'piper', ...common, model, command: value(env, 'LANTOA_PIPER_COMMAND') };
    }
    case 'http': {
      const url = value(env, 'LANTOA_SPEECH_URL');
      if (!url)
        throw speechErrors.missingConfig(
          'LANTOA_SPEECH_URL',
          'địa chỉ dịch vụ đọc văn bản (http:// hoặc https://)',
        );
      if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
        throw speechErrors.invalidConfig('LANTOA_SPEECH_URL', url, 'một địa chỉ http:// hoặc https://');
      }
      return { engine: 'http', ...common, url, apiKey: value(env, 'LANTOA_SPEECH_API_KEY'), voice };
    }
  }
}

export interface SpeechAvailability {
  readonly espeakNg: boolean;
  readonly piper: boolean;
  readonly ffmpeg: boolean;
  readonly ffprobe: boolean;
  /** Opus/MP3 output needs both ffmpeg and ffprobe; otherwise audio is kept as WAV. */
  readonly canEncode: boolean;
}

/** Which speech programs are installed (looked up in `searchPath`, default `PATH` and Debian's directories). */
export async function speechAvailability(options: { searchPath?: string } = {}): Promise<SpeechAvailability> {
  const [espeakNg, piper, ffmpeg, ffprobe] = await Promise.all(
    [PROGRAMS.espeakNg, PROGRAMS.piper, PROGRAMS.ffmpeg, PROGRAMS.ffprobe].map(
      async (program) => (await findProgram(program, { searchPath: options.searchPath })) !== null,
    ),
  );
  return {
    espeakNg: espeakNg === true,
    piper: piper === true,
    ffmpeg: ffmpeg === true,
    ffprobe: ffprobe === true,
    canEncode: ffmpeg === true && ffprobe === true,
  };
}
