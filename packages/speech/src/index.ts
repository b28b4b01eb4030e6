export { DEFAULT_CHUNK_CHARS, splitIntoChunks } from './chunks.ts';
export {
  createSpeechEngine,
  type SpeechAvailability,
  type SpeechConfig,
  type SpeechEngineName,
  speechAvailability,
  speechConfigFromEnv,
} from './config.ts';
export { MEDIA_TYPES } from './encode.ts';
export { createEspeakEngine, DEFAULT_ESPEAK_WPM, type EspeakConfig } from './engines/espeak.ts';
export { createHttpSpeechEngine, type HttpSpeechConfig } from './engines/http.ts';
export { createPiperEngine, type PiperConfig } from './engines/piper.ts';
export { SpeechError, type SpeechErrorCode } from './errors.ts';
export { ABBREVIATIONS } from './normalise/abbreviations.ts';
export { normaliseForSpeech } from './normalise/normalise.ts';
export { readInteger, readNumber } from './normalise/numbers.ts';
export {
  applyPronunciations,
  findPronunciations,
  isCapitalsOnly,
  type Lexicon,
  type Pronunciation,
  type PronunciationMatch,
} from './normalise/pronunciations.ts';
export {
  SPEECH_FINDING_KINDS,
  type SpeechFinding,
  type SpeechFindingKind,
  type SpeechReadiness,
  speechReadiness,
} from './normalise/readiness.ts';
export { DEFAULT_CHUNK_TIMEOUT_MS, MAX_SPEECH_TEXT_LENGTH, type OutputConfig } from './pipeline.ts';
export type { AudioFormat, SpeechEngine, SynthesizedAudio, SynthesizeOptions } from './types.ts';
export { encodeWav, joinWav, parseWav, type Wav, type WavFormat, wavDurationSeconds } from './wav.ts';
