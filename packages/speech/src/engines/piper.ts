// Piper (neural voices, https://github.com/rhasspy/piper): far more natural, needs a voice model
// (.onnx with its .onnx.json beside it). Not packaged by Debian; configured when installed.
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

export interface PiperConfig extends OutputConfig {
  engine: 'piper';
  /** Path of the voice model (.onnx). */
  model: string;
  /** The binary, a path or a name (default LANTOA_PIPER_COMMAND, else 'piper'). */
  command?: string;
}

export function createPiperEngine(config: PiperConfig): SpeechEngine {
  const command = config.command ?? 'piper';
  let binary: string | null = null;
  const missing = () => speechErrors.piperMissing(command);
  const synthesizer: ChunkSynthesizer = {
    name: 'piper',
    async prepare() {
      binary = await findProgram(PROGRAMS.piper, { command: config.command, searchPath: config.searchPath });
      if (!binary) throw missing();
      try {
        await access(config.model, constants.R_OK);
      } catch {
        throw speechErrors.piperModelMissing(config.model);
      }
    },
    async synthesizeChunk(text, { signal, timeoutMs }) {
      const dir = await mkdtemp(join(tmpdir(), 'lantoa-piper-'));
      try {
        const output = join(dir, 'chunk.wav');
        await runProgram(binary ?? command, ['--model', config.model, '--output_file', output], {
          input: text,
          signal,
          timeoutMs,
        });
        return checkWav('piper', new Uint8Array(await readFile(output)));
      } catch (error) {
        throw runFailure('piper', error, timeoutMs, missing);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
  return pipelineEngine(synthesizer, config);
}
