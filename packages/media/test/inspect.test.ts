import { crc32, deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectUpload, UploadRejectedError, type UploadRejectionCode } from '../src/index.ts';
import { jpeg, minimalPdf } from './fixtures.ts';
import {
  DOCUMENT_XML,
  DOCX_CONTENT_TYPES,
  docxWith,
  entry,
  pixelBomb,
  png,
  writeZip,
} from './hostile-files.ts';

async function rejection(promise: Promise<unknown>): Promise<UploadRejectedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadRejectedError);
  const rejected = error as UploadRejectedError;
  // Every refusal tells the user, in Vietnamese, what to do next.
  expect(rejected.message).toMatch(/Hãy/);
  expect(rejected.message).toBe(rejected.message.normalize('NFC'));
  return rejected;
}

const expectCode = async (promise: Promise<unknown>, code: UploadRejectionCode, detail?: RegExp) => {
  const error = await rejection(promise);
  expect(error.code).toBe(code);
  if (detail) expect(error.detail).toMatch(detail);
};

const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(120).fill(0)]);

describe('inspectUpload: happy paths', () => {
  it('accepts a PNG and a JPEG made by sharp, naming them safely', async () => {
    const p = await inspectUpload({ name: 'C:\\Users\\ban\\Ảnh bìa.PNG', bytes: await png() });
    expect(p).toMatchObject({ kind: 'image', mediaType: 'image/png', extension: 'png', name: 'Ảnh bìa.png' });
    const j = await inspectUpload({
      name: '../../etc/poster.jpeg',
      bytes: await jpeg(),
      declaredType: 'image/jpeg',
    });
    expect(j).toMatchObject({ kind: 'image', mediaType: 'image/jpeg', extension: 'jpg', name: 'poster.jpg' });
  });

  it('normalises names to NFC and drops control and bidi characters', async () => {
    const decomposed = 'Ba\u0300i ho\u0323c\u202Egnp.exe.png';
    const r = await inspectUpload({ name: decomposed, bytes: await png() });
    expect(r.name).toBe('Bài họcgnp.exe.png');
    expect(r.name).toBe(r.name.normalize('NFC'));
  });

  it('takes the type from the content when the name has no extension', async () => {
    const r = await inspectUpload({ name: 'banner', bytes: await png() });
    expect(r).toMatchObject({ extension: 'png', name: 'banner.png' });
  });

  it('accepts a hand-written PDF', async () => {
    const r = await inspectUpload({
      name: 'to-roi.pdf',
      bytes: minimalPdf(),
      declaredType: 'application/pdf',
    });
    expect(r).toMatchObject({ kind: 'pdf', mediaType: 'application/pdf', extension: 'pdf' });
  });

  it('accepts a .docx made by the docx package', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('Hỏi – đáp về Nghị quyết 57')] }] });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const r = await inspectUpload({ name: 'hoi-dap.docx', bytes, declaredType: 'application/octet-stream' });
    expect(r).toMatchObject({ kind: 'word', extension: 'docx', name: 'hoi-dap.docx' });
    expect(r.bytes).toBe(bytes);
  });
});

describe('inspectUpload: hostile uploads', () => {
  it('refuses a zip bomb posing as .docx from its central directory', async () => {
    const zeros = new Uint8Array(200 * 1024 * 1024);
    const bomb = docxWith({
      data: new Uint8Array(deflateRawSync(zeros, { level: 9 })),
      method: 8,
      crc: crc32(zeros),
      size: zeros.length,
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    // Part and total caps raised: the ratio alone refuses it.
    const GB = 1024 * 1024 * 1024;
    const error = await rejection(
      inspectUpload(
        { name: 'hoi-dap.docx', bytes: bomb },
        { maxZipPartBytes: GB, maxZipUncompressedBytes: GB },
      ),
    );
    expect(error.code).toBe('zip_bomb');
    expect(error.detail).toMatch(/ratio/);
  });

  it('refuses a .docx with too many entries', async () => {
    const tiny = entry('x', '');
    const parts = [
      entry('[Content_Types].xml', DOCX_CONTENT_TYPES),
      entry('word/document.xml', DOCUMENT_XML),
    ];
    for (let i = 0; i < 6000; i++) parts.push({ ...tiny, name: `word/media/${i}.xml` });
    await expectCode(inspectUpload({ name: 'nhieu.docx', bytes: writeZip(parts) }), 'zip_bomb', /entries/);
  });

  it('stops inflating an entry that grows past the size its directory declares', async () => {
    const big = entry('word/document.xml', `${DOCUMENT_XML}${' '.repeat(5_000_000)}`);
    const lying = docxWith({ ...big, declaredSize: 1000 });
    await expectCode(
      inspectUpload({ name: 'noi-doi.docx', bytes: lying }),
      'zip_bomb',
      /past its declared size/,
    );
  });

  it('refuses overlapping entries (one stream under many names)', async () => {
    const doc = entry('word/document.xml', DOCUMENT_XML);
    const parts = [entry('[Content_Types].xml', DOCX_CONTENT_TYPES), doc];
    for (let i = 0; i < 3; i++) parts.push({ ...doc, name: `copy${i}.xml`, sameAs: 1 });
    await expectCode(
      inspectUpload({ name: 'chong.docx', bytes: writeZip(parts) }),
      'zip_bomb',
      /overlapping/,
    );
  });

  it('refuses a zip without word/document.xml, an encrypted one and a damaged one', async () => {
    const plain = writeZip([entry('readme.txt', 'xin chào')]);
    await expectCode(inspectUpload({ name: 'khong-phai.docx', bytes: plain }), 'type_mismatch');
    const encrypted = docxWith(DOCUMENT_XML);
    // General-purpose flag bit 0 (encrypted) in the central directory entry of word/document.xml.
    const view = new DataView(encrypted.buffer);
    for (let p = 0; p < encrypted.length - 4; p++)
      if (view.getUint32(p, true) === 0x02014b50) view.setUint16(p + 8, 1, true);
    const enc = await rejection(inspectUpload({ name: 'mat-khau.docx', bytes: encrypted }));
    expect(enc.code).toBe('corrupt');
    expect(enc.message).toMatch(/mật khẩu/);
    const good = docxWith(DOCUMENT_XML);
    await expectCode(
      inspectUpload({ name: 'cut.docx', bytes: good.subarray(0, good.length - 30) }),
      'corrupt',
    );
  });

  it('recognises an old .doc and an encrypted .docx by their compound-file streams', async () => {
    const utf16 = (name: string) => Uint8Array.from([...name].flatMap((c) => [c.charCodeAt(0), 0]));
    const compound = (stream: string) => {
      const bytes = new Uint8Array(2048);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(utf16(stream), 1024);
      return bytes;
    };
    const doc = await inspectUpload({ name: 'cu.doc', bytes: compound('WordDocument') });
    expect(doc).toMatchObject({ kind: 'word', mediaType: 'application/msword', extension: 'doc' });
    const locked = await rejection(inspectUpload({ name: 'khoa.docx', bytes: compound('EncryptedPackage') }));
    expect([locked.code, locked.message.includes('mật khẩu')]).toEqual(['corrupt', true]);
    await expectCode(inspectUpload({ name: 'bang.doc', bytes: compound('Workbook') }), 'type_mismatch');
  });

  it('refuses a .docx carrying macros', async () => {
    const parts = [
      entry('[Content_Types].xml', DOCX_CONTENT_TYPES),
      entry('word/document.xml', DOCUMENT_XML),
      entry('word/vbaProject.bin', 'macro'),
    ];
    await expectCode(inspectUpload({ name: 'macro.docx', bytes: writeZip(parts) }), 'unsafe_content');
  });

  it('refuses a PNG named .pdf, and an executable named .mp3', async () => {
    const pngAsPdf = await rejection(inspectUpload({ name: 'ke-hoach.pdf', bytes: await png() }));
    expect(pngAsPdf.code).toBe('type_mismatch');
    expect(pngAsPdf.message).toMatch(/\.pdf/);
    await expectCode(inspectUpload({ name: 'bai-hat.mp3', bytes: ELF }), 'type_mismatch', /elf/);
  });

  it('refuses a declared type of another kind, and unknown extensions', async () => {
    await expectCode(
      inspectUpload({ name: 'anh.png', bytes: await png(), declaredType: 'application/pdf' }),
      'type_mismatch',
    );
    await expectCode(inspectUpload({ name: 'setup.exe', bytes: ELF }), 'unsupported_type');
    await expectCode(inspectUpload({ name: 'chay', bytes: ELF }), 'unsupported_type');
  });

  it('refuses an oversize file from its size alone, and an empty file', async () => {
    const tooBig = new Uint8Array(2 * 1024 * 1024); // zeros: not even a PNG
    await expectCode(
      inspectUpload({ name: 'to.png', bytes: tooBig }, { maxImageBytes: 1024 * 1024 }),
      'too_large',
    );
    await expectCode(inspectUpload({ name: 'rong.png', bytes: new Uint8Array(0) }), 'empty');
  });

  it('refuses a truncated PNG', async () => {
    const whole = await png(400, 300);
    const noisy = new Uint8Array(
      await sharp(Buffer.from(Array.from({ length: 400 * 300 * 3 }, (_v, i) => (i * 7919) % 251)), {
        raw: { width: 400, height: 300, channels: 3 },
      })
        .png()
        .toBuffer(),
    );
    for (const bytes of [whole, noisy])
      await expectCode(
        inspectUpload({ name: 'cat.png', bytes: bytes.subarray(0, bytes.length / 2) }),
        'corrupt',
        /png/i,
      );
  });

  it('refuses a pixel bomb: a PNG header declaring 100000×100000', async () => {
    const bytes = await pixelBomb(100_000, 100_000);
    const error = await rejection(inspectUpload({ name: 'bom.png', bytes }));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/100000 × 100000/);
  });

  it('refuses a truncated PDF and one that runs JavaScript', async () => {
    const pdf = minimalPdf();
    await expectCode(inspectUpload({ name: 'cut.pdf', bytes: pdf.subarray(0, 200) }), 'corrupt');
    const js = minimalPdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ');
    await expectCode(inspectUpload({ name: 'js.pdf', bytes: js }), 'unsafe_content');
  });
});
