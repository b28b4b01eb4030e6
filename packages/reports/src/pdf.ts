// .docx → .pdf through LibreOffice headless, where the server has it. Each call gets its own temp
// directory and LibreOffice profile: two conversions sharing a profile block or fail each other.
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PdfOptions {
  /** Default 60 s; a first run creates the profile, which takes a few seconds. */
  timeoutMs?: number;
  /**
   * The LibreOffice binary: a path, or a name looked up in `PATH` (default: soffice, then
   * libreoffice).
   */
  soffice?: string;
  /** The search path for the binary (default `process.env.PATH`). */
  path?: string;
}

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

/** LibreOffice is installed but the conversion failed or took too long. */
export class PdfConversionError extends Error {
  readonly code: 'pdf_failed' | 'pdf_timeout';
  /** English, for logs. */
  readonly detail: string;
  constructor(code: 'pdf_failed' | 'pdf_timeout', detail: string) {
    super(
      code === 'pdf_timeout'
        ? 'Chuyển báo cáo sang PDF quá lâu nên đã dừng. Hãy thử lại sau, hoặc tải tệp .docx.'
        : 'Không chuyển được báo cáo sang PDF. Hãy thử lại, hoặc tải tệp .docx.',
    );
    this.name = 'PdfConversionError';
    this.code = code;
    this.detail = detail;
  }
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function findSoffice(options: PdfOptions): Promise<string | null> {
  const names = options.soffice ? [options.soffice] : ['soffice', 'libreoffice'];
  const dirs = (options.path ?? process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    if (name.includes('/')) {
      if (await isExecutable(name)) return name;
      continue;
    }
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (await isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

export async function pdfConversionAvailable(options: PdfOptions = {}): Promise<boolean> {
  return (await findSoffice(options)) !== null;
}

export async function convertDocxToPdf(docx: Uint8Array, options: PdfOptions = {}): Promise<Uint8Array> {
  const soffice = await findSoffice(options);
  if (!soffice) throw new PdfUnavailableError();
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  const dir = await mkdtemp(join(tmpdir(), 'lantoa-pdf-'));
  try {
    const input = join(dir, 'bao-cao.docx');
    const outDir = join(dir, 'out');
    await writeFile(input, docx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--invisible',
      '--nologo',
      '--nodefault',
      '--nolockcheck',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      input,
    ];
    await run(soffice, args, timeoutMs);
    try {
      return new Uint8Array(await readFile(join(outDir, 'bao-cao.pdf')));
    } catch (e) {
      throw new PdfConversionError('pdf_failed', `soffice wrote no PDF: ${(e as Error).message}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs soffice in its own process group, so a timeout also ends the soffice.bin it starts. */
function run(file: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      if (stderr.length < 4000) stderr += s;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new PdfConversionError('pdf_failed', `cannot start ${file}: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) reject(new PdfConversionError('pdf_timeout', `soffice killed after ${timeoutMs} ms`));
      else if (code !== 0) {
        reject(new PdfConversionError('pdf_failed', `soffice exited ${code ?? signal}: ${stderr.trim()}`));
      } else resolve();
    });
  });
}
