export type AudioFormat = 'opus' | 'mp3' | 'wav';

export interface SynthesizedAudio {
  readonly bytes: Uint8Array;
  readonly format: AudioFormat;
  /** For Content-Type: audio/ogg, audio/mpeg or audio/wav. */
  readonly mediaType: string;
  /** File name extension without the dot: opus (Ogg Opus), mp3, wav. */
  readonly extension: string;
  /** Read back from the produced file. */
  readonly durationSeconds: number;
}

export interface SynthesizeOptions {
  /** Called after each chunk and at the end with a fraction in [0, 1]; reaches 1 on success. */
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
}

export interface SpeechEngine {
  readonly name: string;
  synthesize(text: string, options?: SynthesizeOptions): Promise<SynthesizedAudio>;
}
