// .docx → .pdf through LibreOffice headless, where the server has it: finding LibreOffice, the errors
// the server shows, and the one-off conversion (one soffice per call, 10–19 s on a small server). The
// server converts through the long-lived office of pdf-converter.ts, which falls back to this one.
// Each one-off call gets its own temp directory and LibreOffice profile: two conversions sharing a
// profile block or fail each other.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findProgram, PROGRAMS, RunError, runProgram } from '@lantoa/exec';

export interface PdfOptions {
  /** Default 60 s; a first run creates the profile, which takes a few seconds. */
  timeoutMs?: number;
  /**
   * The LibreOffice binary: a path, or a name looked up in `path` (default: LANTOA_SOFFICE_COMMAND,
   * else soffice, then libreoffice).
   */
  soffice?: string;
  /** The search path for the binary (default `PATH`, then Debian's directories for LibreOffice). */
  path?: string;
  /** Aborting stops the conversion (PdfConversionError 'pdf_failed'). */
  signal?: AbortSignal;
}

/**
 * LibreOffice without a window, a start centre, a lock check or crash recovery, with its own profile
 * directory: two instances sharing a profile block or fail each other.
 */
export const headlessOffice = (profileDir: string): string[] => [
  `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
  '--headless',
  '--invisible',
  '--nologo',
  '--nodefault',
  '--nolockcheck',
  '--norestore',
];

export const DEFAULT_PDF_TIMEOUT_MS = 60_000;

const INSTALL = 'apt-get install libreoffice-writer-nogui fonts-liberation2';

/** LibreOffice is not installed on this server: offer the .docx instead. */
export class PdfUnavailableError extends Error {
  readonly code = 'pdf_unavailable';
  constructor() {
    super(
      `Không tạo được tệp PDF: máy chủ chưa cài LibreOffice (quản trị viên cài bằng lệnh "${INSTALL}"). ` +
        'Bạn vẫn có thể tải báo cáo dạng .docx và lưu thành PDF bằng Word.',
    );
    this.name = 'PdfUnavailableError';
  }
}

const MESSAGES = {
  pdf_failed: 'Không chuyển được báo cáo sang PDF. Hãy thử lại, hoặc tải tệp .docx.',
  pdf_timeout: 'Chuyển báo cáo sang PDF quá lâu nên đã dừng. Hãy thử lại sau, hoặc tải tệp .docx.',
  pdf_busy: 'Máy chủ đang chuyển nhiều báo cáo khác sang PDF. Hãy thử lại sau ít phút, hoặc tải tệp .docx.',
} as const;

/**
 * LibreOffice is installed but the conversion failed, took too long, or too many conversions are
 * waiting already (pdf_busy): each says in Vietnamese to try again or take the .docx.
 */
export class PdfConversionError extends Error {
  readonly code: keyof typeof MESSAGES;
  /** English, for logs. */
  readonly detail: string;
  constructor(code: keyof typeof MESSAGES, detail: string) {
    super(MESSAGES[code]);
    this.name = 'PdfConversionError';
    this.code = code;
    this.detail = detail;
  }
}

/** The path of LibreOffice's soffice, or null where it is not installed. */
export const findLibreOffice = (options: Pick<PdfOptions, 'soffice' | 'path'> = {}): Promise<string | null> =>
  findProgram(PROGRAMS.libreoffice, { command: options.soffice, searchPath: options.path });

export async function pdfConversionAvailable(options: PdfOptions = {}): Promise<boolean> {
  return (await findLibreOffice(options)) !== null;
}

/** One conversion by a LibreOffice started for it alone (its own profile), stopped when it is done. */
export async function convertDocxToPdfOnce(docx: Uint8Array, options: PdfOptions = {}): Promise<Uint8Array> {
  const soffice = await findLibreOffice(options);
  if (!soffice) throw new PdfUnavailableError();
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  const dir = await mkdtemp(join(tmpdir(), 'lantoa-pdf-'));
  try {
    const input = join(dir, 'bao-cao.docx');
    const outDir = join(dir, 'out');
    await writeFile(input, docx);
    const args = [...headlessOffice(join(dir, 'profile')), '--convert-to', 'pdf', '--outdir', outDir, input];
    try {
      // Its own process group: a time limit also ends the soffice.bin that soffice starts.
      await runProgram(soffice, args, { timeoutMs, killGroup: true, signal: options.signal });
    } catch (error) {
      if (error instanceof RunError && error.failure.kind === 'timed_out') {
        throw new PdfConversionError('pdf_timeout', `soffice killed after ${timeoutMs} ms`);
      }
      throw new PdfConversionError('pdf_failed', error instanceof Error ? error.message : String(error));
    }
    try {
      return new Uint8Array(await readFile(join(outDir, 'bao-cao.pdf')));
    } catch (e) {
      throw new PdfConversionError('pdf_failed', `soffice wrote no PDF: ${(e as Error).message}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
