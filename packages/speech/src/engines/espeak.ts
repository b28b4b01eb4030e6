// espeak-ng (Debian package `espeak-ng`), the default engine: robotic but intelligible, offline,
// and fast enough to read a long bulletin in well under a second.
import { PROGRAMS, runProgram } from '@lantoa/exec';
import { speechErrors } from '../errors.ts';
import { type OutputConfig, pipelineEngine, programSynthesizer } from '../pipeline.ts';
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
  const synthesizer = programSynthesizer({
    name: 'espeak-ng',
    program: PROGRAMS.espeakNg,
    command: config.command,
    searchPath: config.searchPath,
    missing: speechErrors.espeakMissing,
    async run(binary, text, { signal, timeoutMs }) {
      // -b 1: the input is UTF-8; the text goes through stdin so it never meets a shell or argv.
      const args = ['-v', voice, '-s', String(wpm), '-b', '1', '--stdin', '--stdout'];
      return (await runProgram(binary, args, { input: text, signal, timeoutMs })).stdout;
    },
  });
  return pipelineEngine(synthesizer, config);
}
