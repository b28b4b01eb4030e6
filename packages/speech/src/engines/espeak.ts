// espeak-ng (Debian package `espeak-ng`), the default engine: robotic but intelligible, offline,
// and fast enough to read a long bulletin in well under a second.
import { findProgram, PROGRAMS, runProgram } from '@lantoa/exec';
import { speechErrors } from '../errors.ts';
import {
  type ChunkSynthesizer,
  checkWav,
  type OutputConfig,
  pipelineEngine,
  runFailure,
} from '../pipeline.ts';
import type { SpeechEngine } from '../types.ts';

export interface EspeakConfig extends OutputConfig {
  engine: 'espeak-ng';
  /** espeak-ng voice, default 'vi' (Northern); also 'vi-vn-x-central', 'vi-vn-x-south'. */
  voice?: string;
  /** Default 140, slower than espeak's 175: loudspeakers echo across a village. */
  wordsPerMinute?: number;
  /** The binary, a path or a name (default LANTOA_ESPEAK_COMMAND, else 'espeak-ng'). */
  command?: string;
}

export const DEFAULT_ESPEAK_WPM = 140;

export function createEspeakEngine(config: EspeakConfig): SpeechEngine {
  const voice = config.voice ?? 'vi';
  const wpm = config.wordsPerMinute ?? DEFAULT_ESPEAK_WPM;
  let binary: string | null = null;
  const synthesizer: ChunkSynthesizer = {
    name: 'espeak-ng',
    async prepare() {
      binary = await findProgram(PROGRAMS.espeakNg, {
        command: config.command,
        searchPath: config.searchPath,
      });
      if (!binary) throw speechErrors.espeakMissing();
    },
    async synthesizeChunk(text, { signal, timeoutMs }) {
      try {
        // -b 1: the input is UTF-8; the text goes through stdin so it never meets a shell or argv.
        const args = ['-v', voice, '-s', String(wpm), '-b', '1', '--stdin', '--stdout'];
        const { stdout } = await runProgram(binary ?? 'espeak-ng', args, { input: text, signal, timeoutMs });
        return checkWav('espeak-ng', stdout);
      } catch (error) {
        throw runFailure('espeak-ng', error, timeoutMs, speechErrors.espeakMissing);
      }
    },
  };
  return pipelineEngine(synthesizer, config);
}
