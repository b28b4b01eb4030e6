// Test and benchmark fixtures: the sample plans as .docx (built with the `docx` library, tab lines
// as real Word tables) and as .pdf (converted by LibreOffice headless).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../../..');
export const samplesDir = resolve(repoRoot, 'samples/plans');
// The real path: the scorer runs only when invoked by its own path (a symlinked checkout would not).
export const scorer = realpathSync(resolve(repoRoot, 'samples/score-plan.mjs'));
export const SAMPLES = ['hoa-an-2026', 'son-la-2025', 'tuyen-quang-2026'] as const;

export const sampleText = (name: string): string => readFileSync(join(samplesDir, `${name}.txt`), 'utf8');
export const sampleGold = (name: string): unknown =>
  JSON.parse(readFileSync(join(samplesDir, `${name}.gold.json`), 'utf8'));

const run = (text: string, bold = false) => new TextRun({ text, font: 'Times New Roman', size: 26, bold });

/** Lines → Word paragraphs; consecutive lines with tabs → one table, one cell per tab field. */
export interface DocxOptions {
  /**
   * Header cells of tables centred, across and down, as many plans set them: a short heading ("TT")
   * then stands beside the second line of a long one, and its words start lower on the page.
   */
  centredHeader?: boolean;
  /** Pages set in this many columns of text, as some bulletins and newsletters print a plan. */
  columns?: number;
}

export async function textToDocx(text: string, options: DocxOptions = {}): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    if (line.includes('\t')) {
      const rows: string[][] = [];
      while (i < lines.length && (lines[i] as string).includes('\t'))
        rows.push((lines[i++] as string).split('\t'));
      i--;
      const cols = Math.max(...rows.map((r) => r.length));
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: rows.map(
            (r, k) =>
              new TableRow({
                tableHeader: k === 0,
                children: Array.from(
                  { length: cols },
                  (_, c) =>
                    new TableCell({
                      ...(k === 0 && options.centredHeader ? { verticalAlign: VerticalAlign.CENTER } : {}),
                      // A cell holding a list of bodies has one paragraph per body ("…;"), as typed in Word.
                      children: (r[c] ?? '').split(/(?<=;)\s+/).map(
                        (p) =>
                          new Paragraph({
                            children: [run(p.trim(), k === 0)],
                            ...(k === 0 && options.centredHeader ? { alignment: AlignmentType.CENTER } : {}),
                          }),
                      ),
                    }),
                ),
              }),
          ),
        }),
      );
      continue;
    }
    const centered = line === line.toLocaleUpperCase('vi') && line.length < 120;
    children.push(
      new Paragraph({
        children: [run(line.replace(/\*+/g, ''), centered)],
        spacing: { after: 120 },
        alignment: centered ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      }),
    );
  }
  const doc = new Document({
    sections: [
      {
        properties: {
          page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } },
          ...(options.columns ? { column: { count: options.columns, space: 567 } } : {}),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const APPENDIX_HEADER = ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'];

/** The sample with its tasks also given as an appendix table (TT | Tên nhiệm vụ | ...). */
export function withTaskAppendix(name: string, header: string[] = APPENDIX_HEADER): string {
  const gold = sampleGold(name) as {
    tasks: { title: string; lead: string[]; partners: string[]; timeframe: { text: string } }[];
  };
  const rows = gold.tasks.map((t, k) =>
    [String(k + 1), t.title, t.lead.join('; '), t.partners.join('; '), t.timeframe.text].join('\t'),
  );
  return [
    sampleText(name),
    '',
    'PHỤ LỤC',
    'DANH MỤC NHIỆM VỤ TRUYỀN THÔNG',
    header.join('\t'),
    ...rows,
    '',
  ].join('\n');
}

const execFileAsync = promisify(execFile);

/** Converts .docx files to .pdf in one LibreOffice run; fails loudly when soffice is missing. */
export async function docxToPdf(paths: string[], outDir: string): Promise<string[]> {
  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'].find((p) =>
    existsSync(p),
  );
  if (!soffice) {
    throw new Error(
      'LibreOffice (soffice) is required for the PDF tests: apt-get install libreoffice-writer-nogui',
    );
  }
  // A private profile lets several conversions run at once.
  const profile = mkdtempSync(join(tmpdir(), 'lantoa-lo-'));
  await execFileAsync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...paths,
    ],
    { timeout: 120_000 },
  );
  return paths.map((p) => join(outDir, basename(p).replace(/\.docx$/, '.pdf')));
}

/** Writes every sample as .txt, .docx and .pdf into a temp dir. */
export async function buildSampleFiles(
  variants: Record<string, string> = Object.fromEntries(SAMPLES.map((n) => [n, sampleText(n)])),
  docxOptions: Record<string, DocxOptions> = {},
): Promise<{ dir: string; files: Record<string, { txt: string; docx: string; pdf: string }> }> {
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-plans-'));
  const files: Record<string, { txt: string; docx: string; pdf: string }> = {};
  for (const [name, text] of Object.entries(variants)) {
    const txt = join(dir, `${name}.txt`);
    const docx = join(dir, `${name}.docx`);
    writeFileSync(txt, text);
    writeFileSync(docx, await textToDocx(text, docxOptions[name]));
    files[name] = { txt, docx, pdf: join(dir, `${name}.pdf`) };
  }
  await docxToPdf(
    Object.values(files).map((f) => f.docx),
    dir,
  );
  return { dir, files };
}

/** A minimal PDF written by hand: one page drawing `content`, optionally with an /Encrypt entry. */
export function handMadePdf(
  content: string,
  options: { encrypt?: boolean; font?: boolean } = {},
): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R${
      options.font ? ' /Resources << /Font << /F1 5 0 R >> >>' : ''
    } >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  if (options.encrypt) {
    // Standard security handler, RC4 40-bit, with /O and /U that no password opens.
    const o = 'A'.repeat(64);
    const u = 'B'.repeat(64);
    objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${o}> /U <${u}> /P -44 >>`);
  }
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(pdf.length);
    pdf += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) pdf += `${String(off).padStart(10, '0')} 00000 n \n`;
  const encrypt = options.encrypt
    ? ` /Encrypt ${objects.length} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]`
    : '';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** The official scorer's overall score of an extraction against a sample's hand-made answer. */
export function scoreAgainstGold(extract: unknown, name: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'lantoa-score-'));
  const pred = join(dir, `${name}.json`);
  writeFileSync(pred, JSON.stringify(extract));
  const out = execFileSync(
    process.execPath,
    [scorer, pred, join(samplesDir, `${name}.gold.json`), '--json'],
    {
      encoding: 'utf8',
    },
  );
  return (JSON.parse(out) as { overall: number }).overall;
}

/** The text as an e-mail or a web page's copy gives it: each line wrapped at `width` columns, between words. */
export function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.includes('\t') || line.length <= width) return [line];
      const lines: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > width) {
          lines.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      if (current) lines.push(current);
      return lines;
    })
    .join('\n');
}
