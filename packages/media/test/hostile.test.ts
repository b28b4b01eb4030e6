// The security review's hostile files (findings 7, 8, 17, 18), generated here, against inspectFile:
// archives judged by what they really inflate to, PDFs parsed for scripts behind name escapes and in
// object streams, encrypted PDFs, pixel bombs, pictures that are not pictures, and each purpose's
// formats (evidence takes office files and text, the library does not).
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_FORMATS,
  inlineImageType,
  inspectFile,
  inspectUpload,
  PLAN_FORMATS,
  UploadRejectedError,
  type UploadRejectionCode,
  WORKBOOK_FORMATS,
} from '../src/index.ts';
import { minimalPdf } from './fixtures.ts';
import {
  DOCUMENT_XML,
  deflatedRun,
  docxWith,
  encryptedPdf,
  entry,
  fakePng,
  objectStreamPdf,
  pdfWithOpenAction,
  pixelBomb,
  png,
  type RawEntry,
  WORKBOOK_XML,
  writeZip,
  XLSX_CONTENT_TYPES,
  xlsxWithSheet,
} from './hostile-files.ts';

async function refusal(promise: Promise<unknown>, code: UploadRejectionCode): Promise<UploadRejectedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadRejectedError);
  const rejected = error as UploadRejectedError;
  expect(rejected.code).toBe(code);
  expect(rejected.message).toMatch(/Hãy/);
  return rejected;
}

const MB = 1024 * 1024;

const rows = (n: number): string => {
  const out: string[] = ['<worksheet><sheetData>'];
  for (let i = 1; i <= n; i++) out.push(`<row r="${i}"><c r="A${i}"><v>${i}</v></c></row>`);
  out.push('</sheetData></worksheet>');
  return out.join('');
};

describe('archives are judged by what they really inflate to', () => {
  it('refuses a docx whose document.xml is honestly too long for a plan, naming the part', async () => {
    // 20 MB of varied paragraphs: compresses like real text (ratio well under the bomb threshold).
    const paragraphs: string[] = [];
    for (let i = 0, size = 0; size < 20 * MB; i++) {
      const p = `<w:p><w:r><w:t>Nhiệm vụ số ${i} giao cho đơn vị ${(i * 7919) % 1000}</w:t></w:r></w:p>`;
      paragraphs.push(p);
      size += p.length;
    }
    const xml = DOCUMENT_XML.replace('<w:body>', `<w:body>${paragraphs.join('')}`);
    const docx = docxWith(xml);
    const error = await refusal(
      inspectFile(
        { name: 'ke-hoach.docx', bytes: docx },
        { accept: PLAN_FORMATS, limits: { maxZipPartBytes: 16 * MB } },
      ),
      'too_large',
    );
    expect(error.message).toMatch(/word\/document\.xml/);
    expect(error.message).toMatch(/quá dài/);
  });

  it('stops a docx that declares 2,000 bytes and inflates to 1 GiB after one slice', async () => {
    const lying = docxWith({ ...deflatedRun(1024, 0x20), crc: 0, size: 2000 });
    expect(lying.length).toBeLessThan(2 * MB);
    const started = Date.now();
    const error = await refusal(
      inspectFile({ name: 'noi-doi.docx', bytes: lying }, { accept: PLAN_FORMATS }),
      'zip_bomb',
    );
    expect(error.detail).toMatch(/past its declared size/);
    // Worker start-up included; inflating the whole gigabyte would take far longer.
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('refuses an xlsx whose sheet is a gigabyte of whitespace, honestly declared or not', async () => {
    const bomb = deflatedRun(1024, 0x20);
    const honest = xlsxWithSheet(bomb);
    await refusal(
      inspectFile({ name: 'mau.xlsx', bytes: honest }, { accept: WORKBOOK_FORMATS }),
      'too_large',
    );
    const lying = xlsxWithSheet({ ...bomb, crc: 0, size: 4000 });
    const error = await refusal(
      inspectFile({ name: 'mau.xlsx', bytes: lying }, { accept: WORKBOOK_FORMATS }),
      'zip_bomb',
    );
    expect(error.message).toMatch(/Excel/);
  });

  it('counts a workbook’s rows while inflating and stops past the cap', async () => {
    const book = xlsxWithSheet(rows(50_000));
    const error = await refusal(
      inspectFile(
        { name: 'cau-hoi.xlsx', bytes: book },
        { accept: WORKBOOK_FORMATS, limits: { maxSheetRows: 5_001 } },
      ),
      'too_large',
    );
    expect(error.message).toMatch(/quá nhiều dòng/);
    const small = xlsxWithSheet(rows(100));
    const ok = await inspectFile(
      { name: 'cau-hoi.xlsx', bytes: small },
      { accept: WORKBOOK_FORMATS, limits: { maxSheetRows: 5_001 } },
    );
    expect(ok).toMatchObject({ kind: 'spreadsheet', extension: 'xlsx' });
  });
});

describe('PDFs are parsed, not scanned', () => {
  it('finds JavaScript and Launch actions behind name escapes, in either hex case', async () => {
    for (const action of [
      '/S /J#61vaScript /JS (app.alert(1))',
      '/S /J#61v#61Script /J#53 (x)',
      '/S /L#61u#6ech /F (calc.exe)',
      '/#53 /#4a#61vaScript',
    ]) {
      const pdf = pdfWithOpenAction(`<< ${action} >>`);
      await refusal(inspectUpload({ name: 'hex.pdf', bytes: pdf }), 'unsafe_content');
    }
  });

  it('finds a JavaScript action inside a compressed object stream, even one whose /Type is escaped', async () => {
    for (const type of ['/ObjStm', '/Ob#6aStm']) {
      const pdf = objectStreamPdf('<< /S /JavaScript /JS (app.launchURL("http://x")) >>', type);
      expect(new TextDecoder('latin1').decode(pdf)).not.toMatch(/JavaScript/);
      await refusal(
        inspectFile({ name: 'objstm.pdf', bytes: pdf }, { accept: EVIDENCE_FORMATS }),
        'unsafe_content',
      );
    }
  });

  it('refuses an encrypted PDF, and keeps accepting a plain one', async () => {
    const encrypted = encryptedPdf();
    const error = await refusal(
      inspectFile({ name: 'khoa.pdf', bytes: encrypted }, { accept: EVIDENCE_FORMATS }),
      'corrupt',
    );
    expect(error.message).toMatch(/mật khẩu/);
    await expect(
      inspectFile({ name: 'sach.pdf', bytes: minimalPdf() }, { accept: EVIDENCE_FORMATS }),
    ).resolves.toMatchObject({ kind: 'pdf' });
  });
});

describe('pictures', () => {
  it('refuses pixel bombs of 30000×30000 and 9990×9990 (over the 50 MP default) everywhere', async () => {
    for (const [w, h] of [
      [30_000, 30_000],
      [9990, 9990],
    ] as const) {
      const bomb = await pixelBomb(w, h);
      await refusal(inspectFile({ name: 'bom.png', bytes: bomb }, { accept: EVIDENCE_FORMATS }), 'too_large');
      await refusal(inspectUpload({ name: 'bom.png', bytes: bomb }), 'too_large');
      expect(await inlineImageType(bomb)).toBeNull();
    }
    expect(await inlineImageType(await png(40, 30))).toBe('image/png');
  });

  it('refuses a PNG signature followed by HTML, and never shows it inline', async () => {
    const fake = fakePng('<html><script>alert(1)</script></html>');
    const error = await inspectFile({ name: 'fake.png', bytes: fake }, { accept: EVIDENCE_FORMATS }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UploadRejectedError);
    expect(await inlineImageType(fake)).toBeNull();
  });
});

describe('formats per purpose', () => {
  it('takes spreadsheets and text as evidence but not in the library', async () => {
    const book = xlsxWithSheet(rows(3));
    await expect(
      inspectFile({ name: 'so-lieu.xlsx', bytes: book }, { accept: EVIDENCE_FORMATS }),
    ).resolves.toMatchObject({
      kind: 'spreadsheet',
    });
    await refusal(inspectUpload({ name: 'so-lieu.xlsx', bytes: book }), 'unsupported_type');
    const csv = new TextEncoder().encode('Đơn vị,Số lượng\nHòa An,12\n');
    await expect(
      inspectFile({ name: 'bang.csv', bytes: csv }, { accept: EVIDENCE_FORMATS }),
    ).resolves.toMatchObject({
      kind: 'text',
      mediaType: 'text/csv',
    });
    const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(120).fill(0)]);
    await refusal(
      inspectFile({ name: 'ghi-chu.txt', bytes: elf }, { accept: EVIDENCE_FORMATS }),
      'type_mismatch',
    );
  });

  it('refuses an HTML page named .pdf and a docx for a workbook import', async () => {
    const html = new TextEncoder().encode('<!doctype html><html><body>x</body></html>');
    await refusal(
      inspectFile({ name: 'fake.html.pdf', bytes: html }, { accept: EVIDENCE_FORMATS }),
      'type_mismatch',
    );
    const docx = docxWith(DOCUMENT_XML);
    await refusal(
      inspectFile({ name: 'mau.xlsx', bytes: docx }, { accept: WORKBOOK_FORMATS }),
      'type_mismatch',
    );
    await refusal(
      inspectFile({ name: 'mau.docx', bytes: docx }, { accept: WORKBOOK_FORMATS }),
      'unsupported_type',
    );
  });

  it('refuses a real-looking stored entry that is shorter than declared', async () => {
    const raw = new TextEncoder().encode(WORKBOOK_XML);
    const stored: RawEntry = {
      name: 'xl/workbook.xml',
      data: raw,
      method: 0,
      crc: crc32(raw),
      size: raw.length,
      declaredSize: raw.length + 10,
    };
    const book = writeZip([entry('[Content_Types].xml', XLSX_CONTENT_TYPES), stored]);
    await refusal(inspectFile({ name: 'x.xlsx', bytes: book }, { accept: WORKBOOK_FORMATS }), 'corrupt');
  });
});
