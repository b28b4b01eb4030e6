// Piper (neural voices, https://github.com/rhasspy/piper): far more natural, needs a voice model
// (.onnx with its .onnx.json beside it). Not packaged by Debian; configured when installed.
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROGRAMS, runProgram } from '@lantoa/exec';
import { speechErrors } from '../errors.ts';
import { type OutputConfig, pipelineEngine, programSynthesizer } from '../pipeline.ts';
import type { SpeechEngine } from '../types.ts';

export interface PiperConfig extends OutputConfig {
  engine: 'piper';
  /** Path of the voice model (.onnx). */
  model: string;
  /** The binary, a path or a name (default LANTOA_PIPER_COMMAND, else 'piper'). */
  command?: string;
}

export function createPiperEngine(config: PiperConfig): SpeechEngine {
  const synthesizer = programSynthesizer({
    name: 'piper',
    program: PROGRAMS.piper,
    command: config.command,
    searchPath: config.searchPath,
    missing: () => speechErrors.piperMissing(config.command ?? 'piper'),
    async check() {
      try {
        await access(config.model, constants.R_OK);
      } catch {
        throw speechErrors.piperModelMissing(config.model);
      }
    },
    async run(binary, text, { signal, timeoutMs }) {
      const dir = await mkdtemp(join(tmpdir(), 'lantoa-piper-'));
      try {
        const output = join(dir, 'chunk.wav');
        await runProgram(binary, ['--model', config.model, '--output_file', output], {
          input: text,
          signal,
          timeoutMs,
        });
        return new Uint8Array(await readFile(output));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  });
  return pipelineEngine(synthesizer, config);
}
