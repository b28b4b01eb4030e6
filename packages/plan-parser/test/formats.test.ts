import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlanFile, parsePlanText, readPlanDocument } from '../src/index.ts';
import { buildSampleFiles, SAMPLES, sampleText, scoreAgainstGold, withTaskAppendix } from './fixtures.ts';

let files: Record<string, { txt: string; docx: string; pdf: string }>;
const variants: Record<string, string> = Object.fromEntries(SAMPLES.map((n) => [n, sampleText(n)]));
variants['hoa-an-appendix'] = withTaskAppendix('hoa-an-2026');
// Long headings that wrap over three lines in their cells, centred down and across: in the PDF the
// header's first line holds only the tops of the long ones.
variants['hoa-an-appendix-centred'] = withTaskAppendix('hoa-an-2026', [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan, đơn vị chủ trì thực hiện nhiệm vụ',
  'Cơ quan, đơn vị phối hợp thực hiện nhiệm vụ',
  'Thời gian thực hiện',
]);

// Set in two columns of text, as a bulletin prints a plan: the PDF's lines are read down the left
// column, then down the right.
const TWO_COLUMNS = ['son-la-2025', 'tuyen-quang-2026'] as const;
const twoColumns = (name: string) => `${name}-two-columns`;

beforeAll(async () => {
  // One LibreOffice run converts every .docx; it must be installed (CI installs it).
  ({ files } = await buildSampleFiles(
    { ...variants, ...Object.fromEntries(TWO_COLUMNS.map((n) => [twoColumns(n), sampleText(n)])) },
    {
      'hoa-an-appendix-centred': { centredHeader: true },
      ...Object.fromEntries(TWO_COLUMNS.map((n) => [twoColumns(n), { columns: 2 }])),
    },
  ));
}, 120_000);

describe('the same plan as .txt, .docx and .pdf', () => {
  it('reads a PDF set in two columns down each column, as well as the plain text', async () => {
    for (const name of TWO_COLUMNS) {
      const pdf = await parsePlanFile((files[twoColumns(name)] as { pdf: string }).pdf);
      expect(scoreAgainstGold(pdf, name), name).toBeGreaterThanOrEqual(0.98);
      expect(
        pdf.tasks.map((t) => t.ref),
        name,
      ).toEqual(parsePlanText(sampleText(name)).tasks.map((t) => t.ref));
    }
  });

  for (const name of Object.keys(variants)) {
    it(`gives the same extraction for ${name}`, async () => {
      const f = files[name] as { txt: string; docx: string; pdf: string };
      const [txt, docx, pdf] = await Promise.all([
        parsePlanFile(f.txt),
        parsePlanFile(f.docx),
        parsePlanFile(f.pdf),
      ]);
      expect(docx).toEqual(txt);
      expect(pdf).toEqual(txt);
      expect(txt.tasks.length).toBeGreaterThan(0);
    });
  }

  it('detects the format from the content, not the file name', async () => {
    const f = files['son-la-2025'] as { docx: string; pdf: string };
    expect((await readPlanDocument(readFileSync(f.docx), 'ke-hoach.pdf')).format).toBe('docx');
    expect((await readPlanDocument(readFileSync(f.pdf), 'ke-hoach.txt')).format).toBe('pdf');
  });

  it('takes the tasks from the appendix table, one per row, when the plan has one', async () => {
    const x = await parsePlanFile((files['hoa-an-appendix'] as { docx: string }).docx);
    expect(x.tasks.map((t) => t.ref)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(x.tasks[0]?.lead).toEqual(['Phòng Văn hóa - Xã hội', 'Trung tâm Dịch vụ công']);
  });
});

describe('plain text encodings', () => {
  const text = sampleText('hoa-an-2026');
  const expected = parsePlanText(text);
  const utf16be = (s: string) => {
    const le = Buffer.from(s, 'utf16le');
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
    return le;
  };

  it('reads UTF-8 with a BOM, UTF-16 LE and UTF-16 BE with a BOM', async () => {
    const inputs = [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]),
    ];
    for (const bytes of inputs) {
      const doc = await readPlanDocument(new Uint8Array(bytes));
      expect(doc.format).toBe('txt');
      expect(parsePlanText(doc.text)).toEqual(expected);
    }
  });

  it('reads Windows line endings and the old tone placement (Hoà) the same way', () => {
    const old = text.replace(/\n/g, '\r\n').replace(/Hòa/g, 'Hoà');
    expect(parsePlanText(old)).toEqual(expected);
  });
});
