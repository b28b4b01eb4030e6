// One interface for every document reader.

export type DocumentFormat = 'txt' | 'docx' | 'pdf';

export interface ReadContext {
  /** Epoch ms after which a reader must stop. */
  deadline: number;
  timeoutMs: number;
}

export interface ReadResult {
  /** Plain text; table rows as tab-separated cells on one line. */
  text: string;
  pages?: number;
  encoding?: string;
}

export interface DocumentReader {
  format: DocumentFormat;
  /** True when the bytes look like this format (magic bytes, not the file name). */
  sniff(bytes: Uint8Array): boolean;
  read(bytes: Uint8Array, ctx: ReadContext): Promise<ReadResult>;
}
