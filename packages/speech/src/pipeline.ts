// What every engine shares: NFC and length check, normalisation, chunking, chunk-by-chunk synthesis
// with progress, joining the WAV chunks, then Opus/MP3 through ffmpeg when it is installed.
import { findProgram, PROGRAMS, type Program, RunError } from '@lantoa/exec';
import { DEFAULT_CHUNK_CHARS, splitIntoChunks } from './chunks.ts';
import { encodeWav, MEDIA_TYPES } from './encode.ts';
import { SpeechError, speechErrors } from './errors.ts';
import { normaliseForSpeech } from './normalise/normalise.ts';
import type { AudioFormat, SpeechEngine, SynthesizedAudio, SynthesizeOptions } from './types.ts';
import { joinWav, parseWav, wavDurationSeconds } from './wav.ts';

/** Characters of input text accepted in one bulletin (before normalisation). */
export const MAX_SPEECH_TEXT_LENGTH = 20_000;
export const DEFAULT_CHUNK_TIMEOUT_MS = 60_000;

export interface OutputConfig {
  /** Default 'opus'; falls back to 'wav' when ffmpeg or ffprobe is not installed. */
  format?: AudioFormat;
  /**
   * ffmpeg and ffprobe binaries: a path, or a name looked up in `searchPath` (default
   * LANTOA_FFMPEG_COMMAND and LANTOA_FFPROBE_COMMAND, else ffmpeg and ffprobe).
   */
  ffmpeg?: string;
  ffprobe?: string;
  /** Where binaries are looked up (default `PATH`, then Debian's directories). */
  searchPath?: string;
  /** Per chunk (and per encoding step). Default 60 s. */
  timeoutMs?: number;
  /** Default 400 characters. */
  maxChunkChars?: number;
  /** Default 20,000 characters. */
  maxTextLength?: number;
}

export interface ChunkContext {
  readonly signal?: AbortSignal;
  readonly timeoutMs: number;
}

/** One engine's part: check it can run, and turn one chunk of text into a WAV. */
export interface ChunkSynthesizer {
  readonly name: string;
  /** Throws a SpeechError (engine_missing, voice_missing) when the engine cannot run. */
  prepare(): Promise<void>;
  synthesizeChunk(text: string, context: ChunkContext): Promise<Uint8Array>;
}

/** Maps a failed program run to the matching SpeechError. */
function runFailure(
  engine: string,
  error: unknown,
  timeoutMs: number,
  missing: () => SpeechError,
): SpeechError {
  if (error instanceof SpeechError) return error;
  if (error instanceof RunError) {
    const { failure } = error;
    if (failure.kind === 'timed_out') return speechErrors.timeout(timeoutMs);
    if (failure.kind === 'aborted') return speechErrors.aborted(failure.reason);
    if (failure.kind === 'not_installed') return missing();
  }
  return speechErrors.engineFailed(engine, error instanceof Error ? error.message : String(error), error);
}

/** An engine that runs a local program on each chunk of text (espeak-ng, piper). */
export interface ProgramChunks {
  readonly name: string;
  readonly program: Program;
  /** The binary, a path or a name (default the program's variable, else its name). */
  readonly command: string | undefined;
  readonly searchPath: string | undefined;
  /** The engine's own "not installed" error, saying how to install it. */
  readonly missing: () => SpeechError;
  /** What else must be there before anything runs (piper's voice model). */
  readonly check?: () => Promise<void>;
  /** Runs the program found at `binary` on one chunk; answers what it wrote, a WAV. */
  run(binary: string, text: string, context: ChunkContext): Promise<Uint8Array>;
}

/**
 * The chunk synthesizer of a local program: found on the search path before anything runs (absent:
 * the engine's own error), each chunk's output checked to be a WAV, a failed run told apart as not
 * installed, timed out, aborted or failed.
 */
export function programSynthesizer(engine: ProgramChunks): ChunkSynthesizer {
  let binary: string | null = null;
  return {
    name: engine.name,
    async prepare() {
      binary = await findProgram(engine.program, { command: engine.command, searchPath: engine.searchPath });
      if (!binary) throw engine.missing();
      await engine.check?.();
    },
    async synthesizeChunk(text, context) {
      try {
        const found = binary ?? engine.command ?? engine.program.names[0];
        return checkWav(engine.name, await engine.run(found, text, context));
      } catch (error) {
        throw runFailure(engine.name, error, context.timeoutMs, engine.missing);
      }
    },
  };
}

async function findEncoders(config: OutputConfig): Promise<{ ffmpeg: string; ffprobe: string } | null> {
  const [ffmpeg, ffprobe] = await Promise.all([
    findProgram(PROGRAMS.ffmpeg, { command: config.ffmpeg, searchPath: config.searchPath }),
    findProgram(PROGRAMS.ffprobe, { command: config.ffprobe, searchPath: config.searchPath }),
  ]);
  return ffmpeg && ffprobe ? { ffmpeg, ffprobe } : null;
}

/** Share of the progress bar given to encoding, when there is encoding to do. */
const ENCODING_SHARE = 0.1;

export function pipelineEngine(synthesizer: ChunkSynthesizer, config: OutputConfig): SpeechEngine {
  const timeoutMs = config.timeoutMs ?? DEFAULT_CHUNK_TIMEOUT_MS;
  const maxLength = config.maxTextLength ?? MAX_SPEECH_TEXT_LENGTH;
  return {
    name: synthesizer.name,
    async synthesize(text: string, options: SynthesizeOptions = {}): Promise<SynthesizedAudio> {
      const { signal, onProgress } = options;
      const input = text.normalize('NFC');
      if (input.length > maxLength) throw speechErrors.tooLong(input.length, maxLength);
      const chunks = splitIntoChunks(normaliseForSpeech(input), config.maxChunkChars ?? DEFAULT_CHUNK_CHARS);
      if (chunks.length === 0) throw speechErrors.emptyText();

      await synthesizer.prepare();
      const wanted = config.format ?? 'opus';
      const encoders = wanted === 'wav' ? null : await findEncoders(config);
      const share = encoders ? 1 - ENCODING_SHARE : 1;

      const parts: Uint8Array[] = [];
      for (const [index, chunk] of chunks.entries()) {
        if (signal?.aborted) throw speechErrors.aborted(signal.reason);
        parts.push(await synthesizer.synthesizeChunk(chunk, { signal, timeoutMs }));
        onProgress?.(((index + 1) / chunks.length) * share);
      }

      let wav: Uint8Array;
      try {
        wav = joinWav(parts);
      } catch (error) {
        throw speechErrors.engineFailed(
          synthesizer.name,
          `joining chunks: ${(error as Error).message}`,
          error,
        );
      }
      if (!encoders || wanted === 'wav') {
        return {
          bytes: wav,
          format: 'wav',
          mediaType: MEDIA_TYPES.wav,
          extension: 'wav',
          durationSeconds: wavDurationSeconds(parseWav(wav)),
        };
      }
      const encoded = await encodeWav(wav, wanted, encoders, { timeoutMs, signal });
      onProgress?.(1);
      return { ...encoded, format: wanted, mediaType: MEDIA_TYPES[wanted], extension: wanted };
    },
  };
}

/** Checks that bytes claimed to be a WAV are one, so a bad answer fails here and not at the join. */
export function checkWav(engine: string, bytes: Uint8Array): Uint8Array {
  try {
    parseWav(bytes);
    return bytes;
  } catch (error) {
    throw speechErrors.engineFailed(engine, `output is not a WAV: ${(error as Error).message}`, error);
  }
}
