// @lantoa/exec: finds the external programs (LibreOffice, poppler, ffmpeg, espeak-ng, piper) and runs
// them with a time limit, an output cap and an abort signal, failing with a reason one can act on.
export { DEBIAN_DIRECTORIES, type FindOptions, findProgram } from './find.ts';
export { PROGRAMS, type Program } from './programs.ts';
export {
  DEFAULT_MAX_OUTPUT_BYTES,
  RunError,
  type RunFailure,
  type RunOptions,
  type RunResult,
  runProgram,
} from './run.ts';
