// .docx → .pdf through one LibreOffice kept running between conversions. Starting LibreOffice is
// most of a one-off conversion's 10–19 s on a small server; an office that is already up converts a
// report of a few pages in well under a second. The office is started on the first conversion (most
// servers never make a PDF), listens on a local pipe (--accept=pipe,…;urp), has its own profile and
// temp directory, and is driven by uno/convert.py, a short UNO client run by Debian's python3 with
// python3-uno for each conversion. Conversions run one at a time (one office, one document), a few
// may wait, more are refused with pdf_busy. A conversion past its time limit kills the office (it may
// be hung), an office that died is started again by the next conversion (with a fresh profile: a
// killed office may leave its profile damaged), and close() stops it.
// Where the office cannot be used (no python3-uno, or it does not start) each conversion starts a
// LibreOffice of its own as before (convertDocxToPdfOnce).
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEBIAN_DIRECTORIES, findProgram, type Program, RunError, runProgram } from '@lantoa/exec';
import {
  convertDocxToPdfOnce,
  DEFAULT_PDF_TIMEOUT_MS,
  findLibreOffice,
  headlessOffice,
  PdfConversionError,
  type PdfOptions,
  PdfUnavailableError,
} from './pdf.ts';

/** The UNO client; its exit statuses are below. */
const UNO_CLIENT = fileURLToPath(new URL('./uno/convert.py', import.meta.url));
const CLIENT_EXIT = { noConnection: 3, documentFailed: 4, noUno: 5, officeLost: 6 } as const;

/**
 * The python3 that has python3-uno. Debian installs the module for /usr/bin/python3 only, so that
 * one is looked for before PATH (where pyenv or a virtualenv may put a python3 without it).
 */
const UNO_PYTHON: Program = { names: ['python3'], variable: 'LANTOA_UNO_PYTHON_COMMAND' };
const UNO_PYTHON_PATH = ['/usr/bin', '/bin'];

/** How long a ready office may take to answer a conversion's connection before it counts as gone. */
const CONNECT_TIMEOUT_MS = 5_000;
/** How long close() lets the office quit cleanly (it then removes its pipes) before killing it. */
const QUIT_TIMEOUT_MS = 5_000;
/** How long the watchdog may take to kill the office and exit before it is killed itself. */
const STOP_TIMEOUT_MS = 10_000;
/** After an office failed to start, conversions go one-off for this long before it is tried again. */
const START_RETRY_AFTER_MS = 10 * 60_000;
export const DEFAULT_PDF_MAX_WAITING = 8;

export interface PdfConverterOptions extends Pick<PdfOptions, 'soffice' | 'path'> {
  /**
   * The python3 with python3-uno: a path, or a name (default: LANTOA_UNO_PYTHON_COMMAND, else python3
   * in /usr/bin, /bin, then PATH).
   */
  python?: string;
  /** Conversions that may wait behind the one running; one more is refused (pdf_busy). Default 8. */
  maxWaiting?: number;
}

export interface ConvertOptions {
  /**
   * The limit for this conversion from the moment it runs (waiting behind others not counted),
   * starting the office included. Default 60 s.
   */
  timeoutMs?: number;
}

/** The running office, for tests and diagnostics. */
export interface OfficeProcess {
  /** The watchdog shell that runs soffice (see WATCHDOG): it exits when the office is gone. */
  readonly pid: number;
  /** Its LibreOffice profile: `pgrep -f <profileDir>` finds its soffice.bin. */
  readonly profileDir: string;
}

interface Office extends OfficeProcess {
  readonly pipe: string;
  /** Its own directory (removed when it stops): the profile, its temp files, the documents converted. */
  readonly workDir: string;
  /** The python3 that runs the UNO client. */
  readonly python: string;
  readonly child: ChildProcess;
  /** Aborted when the process has exited (or could not start). */
  readonly gone: AbortController;
  readonly exited: Promise<void>;
}

/**
 * Runs the office (the arguments after its work directory and its two pipe files) in a session and
 * process group of its own; when the office exits (quit, crashed, killed), or the watchdog gets
 * SIGTERM (PdfConverter stopping the office), or Node is gone, it kills the office's whole group
 * (soffice.bin may outlive soffice; a hung or stopped one dies of SIGKILL too), waits until the group
 * is empty, removes the office's files, and exits: Node then knows that the office is gone.
 * Node being gone, however it ended (killed, out of memory, a test worker torn down without running
 * 'exit' handlers), is seen on stdin: a pipe from Node that nobody writes to, whose read returns only
 * when Node has closed it by ending; the reader then sends the watchdog SIGTERM. One process does all
 * the ending, so nothing it needs is killed half-way.
 * `setsid` runs in place (a background job is not a group leader), so the office's group id is $!;
 * it is killed by pid too, in case the end comes before setsid has run. A background job's stdin is
 * /dev/null in sh, hence Node's pipe kept on descriptor 3.
 */
const WATCHDOG = `
work_dir=$1 accept_pipe=$2 instance_pipe=$3
shift 3
exec 3<&0 </dev/null
trap : TERM
setsid "$@" &
office=$!
( trap - TERM; read -r _ <&3; kill -TERM $$ ) &
reader=$!
wait "$office"
kill -KILL "$office" 2>/dev/null
kill -KILL -"$office" 2>/dev/null
while kill -0 -"$office" 2>/dev/null; do sleep 0.1; done
kill -KILL "$reader" 2>/dev/null
rm -rf "$work_dir" "$accept_pipe" "$instance_pipe"
`;

/** The connection was refused: the office was gone before the request reached it. */
class OfficeNotAnswering extends Error {}

/** Milliseconds on the monotonic clock: a test's pinned Date must not stretch a time limit. */
const now = (): number => performance.now();
const remaining = (deadline: number): number => Math.max(1, deadline - now());

export class PdfConverter {
  readonly #options: PdfConverterOptions;
  readonly #maxWaiting: number;
  /** Aborted by close(): stops the UNO client or one-off LibreOffice running. */
  readonly #closing = new AbortController();
  /** The conversions in order: each starts when the one before has settled. */
  #tail: Promise<unknown> = Promise.resolve();
  /** Conversions accepted and not settled (the running one and those waiting). */
  #inFlight = 0;
  #office: Office | null = null;
  #python: string | null | undefined;
  /** False for good once the python has no python3-uno. */
  #unoAvailable = true;
  /** The office is not started again before this time (it failed to start). */
  #startAgainAt = 0;
  #jobs = 0;

  constructor(options: PdfConverterOptions = {}) {
    this.#options = options;
    this.#maxWaiting = options.maxWaiting ?? DEFAULT_PDF_MAX_WAITING;
  }

  /** The office now running, if any. */
  officeProcess(): OfficeProcess | null {
    const office = this.#office;
    return office && !office.gone.signal.aborted ? { pid: office.pid, profileDir: office.profileDir } : null;
  }

  convert(docx: Uint8Array, options: ConvertOptions = {}): Promise<Uint8Array> {
    if (this.#closing.signal.aborted) return Promise.reject(closedError());
    if (this.#inFlight > this.#maxWaiting) {
      const detail = `${this.#inFlight} conversions in flight (limit ${this.#maxWaiting + 1})`;
      return Promise.reject(new PdfConversionError('pdf_busy', detail));
    }
    this.#inFlight += 1;
    const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
    const run = this.#tail
      .then(() => this.#convertNow(docx, now() + timeoutMs, timeoutMs))
      .finally(() => {
        this.#inFlight -= 1;
      });
    this.#tail = run.catch(() => {});
    return run;
  }

  /**
   * Stops the office (asked to quit, killed if it does not) and refuses further conversions; the one
   * running and those waiting fail with pdf_failed.
   */
  async close(): Promise<void> {
    if (this.#closing.signal.aborted) return;
    this.#closing.abort();
    await this.#tail;
    if (this.#office) await this.#stopOffice(this.#office, { quit: true });
  }

  async #convertNow(docx: Uint8Array, deadline: number, timeoutMs: number): Promise<Uint8Array> {
    if (this.#closing.signal.aborted) throw closedError();
    const soffice = await findLibreOffice(this.#options);
    if (!soffice) throw new PdfUnavailableError();
    // Twice at most: an office that died while idle may not have been noticed yet.
    for (let attempt = 1; ; attempt += 1) {
      const office = await this.#readyOffice(soffice, deadline, timeoutMs);
      if (!office) break;
      try {
        return await this.#convertIn(office, docx, deadline, timeoutMs);
      } catch (error) {
        if (!(error instanceof OfficeNotAnswering)) throw error;
        await this.#stopOffice(office, { quit: false });
        if (attempt === 2) throw new PdfConversionError('pdf_failed', error.message);
      }
    }
    return convertDocxToPdfOnce(docx, {
      soffice: this.#options.soffice,
      path: this.#options.path,
      timeoutMs: remaining(deadline),
      signal: this.#closing.signal,
    });
  }

  /** The office, started if need be; null where it cannot be used (the caller converts one-off). */
  async #readyOffice(soffice: string, deadline: number, timeoutMs: number): Promise<Office | null> {
    const current = this.#office;
    if (current && !current.gone.signal.aborted) return current;
    if (current) await this.#stopOffice(current, { quit: false });
    if (!this.#unoAvailable || now() < this.#startAgainAt) return null;
    const python = await this.#findPython();
    if (!python) {
      this.#unoAvailable = false;
      return null;
    }
    const office = await this.#startOffice(soffice, python);
    try {
      await this.#runClient(office, ['ping'], deadline, remaining(deadline));
      return office;
    } catch (error) {
      await this.#stopOffice(office, { quit: false });
      if (error instanceof RunError && error.failure.kind === 'timed_out') {
        throw new PdfConversionError('pdf_timeout', `LibreOffice did not start within ${timeoutMs} ms`);
      }
      if (this.#closing.signal.aborted) throw closedError();
      if (exitCode(error) === CLIENT_EXIT.noUno) this.#unoAvailable = false;
      else this.#startAgainAt = now() + START_RETRY_AFTER_MS;
      return null;
    }
  }

  async #convertIn(
    office: Office,
    docx: Uint8Array,
    deadline: number,
    timeoutMs: number,
  ): Promise<Uint8Array> {
    this.#jobs += 1;
    const source = join(office.workDir, `bao-cao-${this.#jobs}.docx`);
    const target = join(office.workDir, `bao-cao-${this.#jobs}.pdf`);
    try {
      await writeFile(source, docx);
      try {
        await this.#runClient(office, ['convert', source, target], deadline, CONNECT_TIMEOUT_MS);
      } catch (error) {
        throw await this.#conversionFailure(office, error, timeoutMs);
      }
      try {
        return new Uint8Array(await readFile(target));
      } catch (e) {
        throw new PdfConversionError('pdf_failed', `LibreOffice wrote no PDF: ${(e as Error).message}`);
      }
    } finally {
      await Promise.all([rm(source, { force: true }), rm(target, { force: true })]);
    }
  }

  /** What a failed UNO client means, after stopping the office where it can no longer be trusted. */
  async #conversionFailure(office: Office, error: unknown, timeoutMs: number): Promise<Error> {
    const detail = error instanceof Error ? error.message : String(error);
    if (error instanceof RunError && error.failure.kind === 'timed_out') {
      // Hung, or too slow for this document: either way the next conversion needs a fresh office.
      await this.#stopOffice(office, { quit: false });
      return new PdfConversionError('pdf_timeout', `LibreOffice killed after ${timeoutMs} ms`);
    }
    if (this.#closing.signal.aborted) return closedError();
    const code = exitCode(error);
    if (code === CLIENT_EXIT.documentFailed) return new PdfConversionError('pdf_failed', detail);
    if (code === CLIENT_EXIT.noConnection) return new OfficeNotAnswering(detail);
    // Crashed or killed during the conversion, or the client failed some other way: start afresh.
    await this.#stopOffice(office, { quit: false });
    return new PdfConversionError('pdf_failed', detail);
  }

  #runClient(office: Office, args: string[], deadline: number, connectTimeoutMs: number) {
    const connectSeconds = (Math.min(connectTimeoutMs, remaining(deadline)) / 1000).toFixed(1);
    return runProgram(
      office.python,
      [UNO_CLIENT, '--pipe', office.pipe, '--connect-timeout', connectSeconds, ...args],
      {
        timeoutMs: remaining(deadline),
        signal: AbortSignal.any([this.#closing.signal, office.gone.signal]),
      },
    );
  }

  async #findPython(): Promise<string | null> {
    if (this.#python === undefined) {
      const searchPath = [...UNO_PYTHON_PATH, process.env.PATH ?? '', ...DEBIAN_DIRECTORIES].join(delimiter);
      this.#python = await findProgram(UNO_PYTHON, { command: this.#options.python, searchPath });
    }
    return this.#python;
  }

  async #startOffice(soffice: string, python: string): Promise<Office> {
    const workDir = await mkdtemp(join(tmpdir(), 'lantoa-office-'));
    const profileDir = join(workDir, 'profile');
    // LibreOffice's own temp files (lu*.tmp) go here, so that a killed office leaves none in /tmp.
    const officeTemp = join(workDir, 'tmp');
    await mkdir(officeTemp);
    const pipe = `lantoa-office-${randomUUID()}`;
    const office = [
      soffice,
      ...headlessOffice(profileDir),
      `--accept=pipe,name=${pipe};urp;StarOffice.ComponentContext`,
    ];
    const child = spawn(
      '/bin/sh',
      ['-c', WATCHDOG, 'lantoa-office', workDir, ...officePipes(profileDir, pipe), ...office],
      {
        // A session of its own: a signal to Node's group (Ctrl+C) leaves stopping it to Node.
        // stdin: the pipe whose end tells the watchdog that Node is gone.
        detached: true,
        stdio: ['pipe', 'ignore', 'ignore'],
        env: { ...process.env, TMPDIR: officeTemp },
      },
    );
    // An idle office does not keep Node running: a process that is done exits, and the office with it.
    child.unref();
    (child.stdin as Socket | null)?.unref();
    // Nothing is written to it; a watchdog already gone must not turn into an unhandled error.
    child.stdin?.on('error', () => {});
    const gone = new AbortController();
    const exited = new Promise<void>((resolve) => {
      // 'error' alone when it could not start at all.
      child.on('exit', () => resolve());
      child.on('error', () => resolve());
    }).then(() => gone.abort());
    const started: Office = { pid: child.pid ?? -1, profileDir, pipe, workDir, python, child, gone, exited };
    this.#office = started;
    return started;
  }

  /**
   * Stops `office` (asked to quit first when `quit`, else killed by its watchdog) and waits until it
   * is gone with its files: its directory and the pipes a killed office leaves in /tmp.
   */
  async #stopOffice(office: Office, { quit }: { quit: boolean }): Promise<void> {
    // Waiting for it to end keeps Node running (an idle office does not).
    office.child.ref();
    if (quit && !office.gone.signal.aborted) {
      const args = [UNO_CLIENT, '--pipe', office.pipe, '--connect-timeout', '1', 'terminate'];
      await runProgram(office.python, args, { timeoutMs: QUIT_TIMEOUT_MS }).catch(() => {});
      await settlesWithin(office.exited, QUIT_TIMEOUT_MS);
    }
    // Only while the watchdog lives: once it has exited, its id may be another process's.
    if (!office.gone.signal.aborted) signal(office.pid, 'SIGTERM');
    await settlesWithin(office.exited, STOP_TIMEOUT_MS);
    if (!office.gone.signal.aborted) {
      // A watchdog that did not manage (a process stuck in the kernel): kill its group, wait on.
      signal(-office.pid, 'SIGKILL');
      await office.exited;
    }
    // The watchdog has removed them; again here for one that was killed.
    await Promise.all([
      rm(office.workDir, { recursive: true, force: true }),
      ...officePipes(office.profileDir, office.pipe).map((pipe) => rm(pipe, { force: true })),
    ]);
    if (this.#office === office) this.#office = null;
  }
}

function closedError(): PdfConversionError {
  return new PdfConversionError('pdf_failed', 'the PDF converter was closed');
}

function exitCode(error: unknown): number | null {
  return error instanceof RunError && error.failure.kind === 'failed' ? error.failure.exitCode : null;
}

function signal(pid: number, name: NodeJS.Signals): void {
  if (Math.abs(pid) <= 1) return;
  try {
    process.kill(pid, name);
  } catch {
    // Gone already.
  }
}

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/**
 * The sockets LibreOffice leaves in /tmp when it is killed (it removes them when it quits): the
 * --accept pipe, and the single-instance pipe named after its profile (an MD5 of the profile's URL in
 * UTF-16, each byte in unpadded hex, as desktop/source/app/officeipcthread.cxx names it).
 */
function officePipes(profileDir: string, pipe: string): [string, string] {
  const uid = process.getuid?.() ?? 0;
  const profileUrl = Buffer.from(pathToFileURL(profileDir).href, 'utf16le');
  const digest = createHash('md5').update(profileUrl).digest();
  const singleInstance = Array.from(digest, (byte) => byte.toString(16)).join('');
  return [
    join('/tmp', `OSL_PIPE_${uid}_${pipe}`),
    join('/tmp', `OSL_PIPE_${uid}_SingleOfficeIPC_${singleInstance}`),
  ];
}

let shared: PdfConverter | null = null;

/** The server process's converter (one office per process), created on first use. */
export function sharedPdfConverter(): PdfConverter {
  shared ??= new PdfConverter();
  return shared;
}

/** Converts through the server process's long-lived LibreOffice (see PdfConverter). */
export function convertDocxToPdf(docx: Uint8Array, options: ConvertOptions = {}): Promise<Uint8Array> {
  return sharedPdfConverter().convert(docx, options);
}

/** Stops the server process's LibreOffice, if one was started; call it when the server closes. */
export async function closePdfConverter(): Promise<void> {
  const converter = shared;
  shared = null;
  await converter?.close();
}
