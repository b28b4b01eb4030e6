import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildConsolidatedReportDocx,
  closePdfConverter,
  convertDocxToPdf,
  convertDocxToPdfOnce,
  type OfficeProcess,
  PdfConversionError,
  PdfConverter,
  PdfUnavailableError,
  pdfConversionAvailable,
  sharedPdfConverter,
} from '../src/index.ts';
import { sampleReport } from './fixtures.ts';

const UNO_CLIENT = fileURLToPath(new URL('../src/uno/convert.py', import.meta.url));

let pdf: Uint8Array;
let draft: Uint8Array;
let text: string;
let info: string;
let docx: Uint8Array;
let scratch: string;
/** The temp directory of this file's conversions (TMPDIR): other processes may convert meanwhile. */
let temp: string;
const previousTemp = process.env.TMPDIR;

/** What the conversions leave in their temp directory (nothing, once closed). */
const tempEntries = () => readdirSync(temp);

const pdfText = (bytes: Uint8Array, name = 'bao-cao.pdf'): string => {
  const file = join(scratch, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
};

/** The soffice.bin processes of an office, found by its profile directory. */
const officeBinaries = (office: OfficeProcess): number[] => {
  const found = spawnSync('pgrep', ['-f', `soffice\\.bin.*${office.profileDir}`], { encoding: 'utf8' });
  return found.stdout.split('\n').filter(Boolean).map(Number);
};

const runningOffice = (converter: PdfConverter): OfficeProcess => {
  const office = converter.officeProcess();
  if (!office) throw new Error('no office running');
  return office;
};

/** Polls until `check` holds (a process going down takes a moment). */
async function eventually(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** An executable shell script in the scratch directory. */
function script(name: string, body: string): string {
  const file = join(scratch, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

beforeAll(async () => {
  // LibreOffice and python3-uno are installed here and in CI. Two conversions asked at once through
  // the server's converter: they run one after the other in its one office, and both succeed.
  scratch = mkdtempSync(join(tmpdir(), 'lantoa-reports-test-'));
  temp = join(scratch, 'tmp');
  mkdirSync(temp);
  process.env.TMPDIR = temp;
  docx = await buildConsolidatedReportDocx(sampleReport());
  const draftDocx = await buildConsolidatedReportDocx(sampleReport({ number: null, date: '2026-12' }));
  [pdf, draft] = await Promise.all([
    convertDocxToPdf(docx, { timeoutMs: 90_000 }),
    convertDocxToPdf(draftDocx, { timeoutMs: 90_000 }),
  ]);
  text = pdfText(pdf);
  info = execFileSync('pdfinfo', [join(scratch, 'bao-cao.pdf')], { encoding: 'utf8' });
}, 120_000);

afterAll(async () => {
  await closePdfConverter();
  process.env.TMPDIR = previousTemp;
  if (previousTemp === undefined) delete process.env.TMPDIR;
  rmSync(scratch, { recursive: true, force: true });
});

describe('the consolidated report as PDF', () => {
  it('converts through LibreOffice into a PDF of one to three A4 pages', () => {
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(new TextDecoder().decode(draft.subarray(0, 5))).toBe('%PDF-');
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('keeps the Vietnamese text with its diacritics', () => {
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Tuyên Quang, ngày 05 tháng 12 năm 2026',
      'BÁO CÁO',
      'Khó khăn, vướng mắc',
      'Đề xuất, kiến nghị',
      'Nơi nhận:',
      'Nguyễn Thị Hồng Nhung',
    ]) {
      expect(text).toContain(s);
    }
    // The draft is its own document, not a second copy of the first.
    expect(pdfText(draft, 'du-thao.pdf')).toContain('tháng 12 năm 2026');
    expect(pdfText(draft, 'du-thao.pdf')).not.toContain('ngày 05 tháng 12');
  });

  it('prints the governing body and the national title each on one line, side by side', () => {
    const line = text.split('\n').find((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) ?? '';
    // The place's name is not split across lines ("…TỈNH TUYÊN / QUANG").
    expect(line).toMatch(/UBND TỈNH TUYÊN QUANG\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
  });
});

describe('the LibreOffice kept running between conversions', () => {
  it('converts the next report in the same office, leaving no document behind', async () => {
    const office = runningOffice(sharedPdfConverter());
    expect(officeBinaries(office)).toHaveLength(1);
    const again = await convertDocxToPdf(docx);
    expect(pdfText(again)).toContain('BÁO CÁO');
    expect(sharedPdfConverter().officeProcess()).toEqual(office);
    // Its directory holds its profile and temp directory only.
    expect(readdirSync(join(office.profileDir, '..')).sort()).toEqual(['profile', 'tmp']);
  });

  it('starts a new office when LibreOffice was killed, and the next conversion works', async () => {
    const converter = sharedPdfConverter();
    const office = runningOffice(converter);
    const [bin] = officeBinaries(office);
    process.kill(bin as number, 'SIGKILL');
    await eventually(() => converter.officeProcess() === null);

    const after = await converter.convert(docx, { timeoutMs: 90_000 });
    expect(pdfText(after)).toContain('Nguyễn Thị Hồng Nhung');
    const restarted = runningOffice(converter);
    expect(restarted.profileDir).not.toBe(office.profileDir);
    expect(officeBinaries(restarted)).toHaveLength(1);
    // The dead office's directory went with it.
    expect(existsSync(office.profileDir)).toBe(false);
  }, 120_000);

  it('kills a hung LibreOffice at the time limit, and the next conversion starts a new one', async () => {
    const converter = sharedPdfConverter();
    const office = runningOffice(converter);
    const [bin] = officeBinaries(office);
    process.kill(bin as number, 'SIGSTOP');

    const started = Date.now();
    const error = await converter.convert(docx, { timeoutMs: 3_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfConversionError);
    expect((error as PdfConversionError).code).toBe('pdf_timeout');
    expect((error as Error).message).toContain('quá lâu');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(officeBinaries(office)).toEqual([]);
    expect(converter.officeProcess()).toBeNull();

    const after = await converter.convert(docx, { timeoutMs: 90_000 });
    expect(pdfText(after)).toContain('BÁO CÁO');
  }, 120_000);

  it('refuses a conversion past the queue with a Vietnamese "try again later"', async () => {
    // Where LibreOffice is missing each conversion fails at once: the queue's bound is what is tested.
    const empty = join(scratch, 'no-office');
    mkdirSync(empty, { recursive: true });
    const converter = new PdfConverter({ path: empty, maxWaiting: 1 });
    const [running, waiting, refused] = await Promise.allSettled([
      converter.convert(docx),
      converter.convert(docx),
      converter.convert(docx),
    ]);
    expect(running.status === 'rejected' && running.reason).toBeInstanceOf(PdfUnavailableError);
    expect(waiting.status === 'rejected' && waiting.reason).toBeInstanceOf(PdfUnavailableError);
    const busy = refused.status === 'rejected' ? (refused.reason as PdfConversionError) : null;
    expect(busy).toBeInstanceOf(PdfConversionError);
    expect(busy?.code).toBe('pdf_busy');
    expect(busy?.message).toContain('Hãy thử lại sau');
    expect(busy?.message).toContain('.docx');
    await converter.close();
  });

  it('ends the office when its Node process is killed', async () => {
    // A process that converts once and prints its office, then is killed without a chance to clean up.
    const converter = new URL('../src/index.ts', import.meta.url).href;
    const program = `
      const { PdfConverter } = await import(${JSON.stringify(converter)});
      const converter = new PdfConverter();
      await converter.convert(new Uint8Array(${JSON.stringify([...docx])}));
      console.log(JSON.stringify(converter.officeProcess()));
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', program], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(child.stdout.setEncoding('utf8'), 'data')) as [string];
    const office = JSON.parse(line) as OfficeProcess;
    expect(officeBinaries(office)).toHaveLength(1);
    child.kill('SIGKILL');
    await eventually(() => officeBinaries(office).length === 0);
    await eventually(() => !existsSync(join(office.profileDir, '..')));
  }, 120_000);

  it('stops its office when closed: no soffice.bin left, its files removed', async () => {
    const office = runningOffice(sharedPdfConverter());
    await closePdfConverter();
    expect(officeBinaries(office)).toEqual([]);
    expect(existsSync(join(office.profileDir, '..'))).toBe(false);
    expect(tempEntries()).toEqual([]);
  });

  it('converts one LibreOffice per call where the office cannot be used (no python3-uno, or it does not start)', async () => {
    // A python3 without its site packages: no python3-uno. A soffice that refuses to listen.
    const noUno = new PdfConverter({ python: script('python3-no-uno', 'exec /usr/bin/python3 -S "$@"') });
    const soffice = execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
    const refusesToListen = new PdfConverter({
      soffice: script('soffice-no-listener', `case "$*" in *--accept=*) exit 1;; esac\nexec ${soffice} "$@"`),
    });
    const results = await Promise.all(
      [noUno, refusesToListen].map((converter) => converter.convert(docx, { timeoutMs: 90_000 })),
    );
    for (const [i, result] of results.entries())
      expect(pdfText(result, `one-off-${i}.pdf`)).toContain('BÁO CÁO');
    expect(noUno.officeProcess()).toBeNull();
    expect(refusesToListen.officeProcess()).toBeNull();
    await Promise.all([noUno.close(), refusesToListen.close()]);
    expect(tempEntries()).toEqual([]);
  }, 120_000);
});

describe('the UNO client (src/uno/convert.py)', () => {
  const client = (python: string, ...args: string[]) =>
    spawnSync(python, [UNO_CLIENT, ...args], { encoding: 'utf8', timeout: 20_000 });

  it('says there is no office on a pipe nobody listens on (3)', () => {
    const run = client(
      '/usr/bin/python3',
      '--pipe',
      'lantoa-office-nobody',
      '--connect-timeout',
      '0.3',
      'ping',
    );
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('no office on pipe lantoa-office-nobody');
  });

  it('says so where python3-uno is missing (5)', () => {
    // -S: without the site packages, where Debian puts python3-uno.
    const bare = spawnSync('/usr/bin/python3', ['-S', UNO_CLIENT, '--pipe', 'x', 'ping'], {
      encoding: 'utf8',
    });
    expect(bare.status).toBe(5);
    expect(bare.stderr).toContain('python3-uno is not installed');
  });
});

describe('the one-off conversion and a server without LibreOffice', () => {
  it('stops a one-off conversion that takes longer than its time limit, and cleans up', async () => {
    const error = await convertDocxToPdfOnce(docx, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfConversionError);
    expect((error as PdfConversionError).code).toBe('pdf_timeout');
    expect(tempEntries()).toEqual([]);
  });

  it('says so in Vietnamese when LibreOffice is not installed', async () => {
    const empty = join(scratch, 'empty-bin');
    mkdirSync(empty);
    expect(await pdfConversionAvailable({ path: empty })).toBe(false);
    expect(await pdfConversionAvailable({ soffice: join(empty, 'soffice') })).toBe(false);
    for (const attempt of [
      convertDocxToPdfOnce(new Uint8Array([1]), { path: empty }),
      new PdfConverter({ path: empty }).convert(new Uint8Array([1])),
    ]) {
      const error = await attempt.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfUnavailableError);
      expect((error as Error).message).toContain('LibreOffice');
      expect((error as Error).message).toContain(
        'apt-get install libreoffice-writer-nogui fonts-liberation2',
      );
      expect((error as Error).message).toContain('.docx');
    }
  });

  it('finds LibreOffice on the PATH where it is installed', async () => {
    expect(await pdfConversionAvailable()).toBe(true);
  });
});
