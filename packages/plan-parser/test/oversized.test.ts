// Plan documents too big to read (security review finding 7): the .docx reader inflates with a
// running cap on the real output instead of trusting the zip's declared sizes, and the text of a
// plan is capped, each refused with a Vietnamese message that says what to do.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, MAX_XML_BYTES, PlanReadError, readPlanDocument } from '../src/index.ts';

const MB = 1024 * 1024;

/** A zip of deflated entries; `declaredSize` makes the central directory lie. */
function zip(entries: { name: string; data: Uint8Array; declaredSize: number }[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.declaredSize, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, name, Buffer.from(e.data));
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, cd, end]));
}

async function refusal(p: Promise<unknown>): Promise<PlanReadError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanReadError);
  expect((error as PlanReadError).message).toMatch(/Hãy/);
  return error as PlanReadError;
}

describe('oversized plan documents', () => {
  it('stops a .docx whose document.xml declares 2,000 bytes and inflates to 1 GiB, at once', async () => {
    // A sync-flushed megabyte of spaces repeated: 1 GiB of output from about a megabyte.
    const segment = deflateRawSync(Buffer.alloc(MB, 0x20), { level: 9, finishFlush: 2 });
    const data = Buffer.concat([...Array.from({ length: 1024 }, () => segment), Buffer.from([3, 0])]);
    const docx = zip([{ name: 'word/document.xml', data, declaredSize: 2000 }]);
    const started = Date.now();
    const error = await refusal(readPlanDocument(docx, 'lying-1gib.docx'));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/quá dài/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a .docx whose text part is honestly past the cap', async () => {
    const paragraph = '<w:p><w:r><w:t>Nhiệm vụ tuyên truyền</w:t></w:r></w:p>';
    const xml = Buffer.from(
      `<w:document><w:body>${paragraph.repeat(Math.ceil((MAX_XML_BYTES + MB) / paragraph.length))}</w:body></w:document>`,
    );
    const docx = zip([{ name: 'word/document.xml', data: deflateRawSync(xml), declaredSize: xml.length }]);
    const error = await refusal(readPlanDocument(docx, 'dai.docx'));
    expect([error.code, error.detail]).toEqual(['too_large', expect.stringMatching(/word\/document\.xml/)]);
  });

  it('refuses a text longer than the cap instead of keeping it', async () => {
    const text = `KẾ HOẠCH\n${'Tuyên truyền chuyển đổi số. '.repeat(Math.ceil(MAX_TEXT_CHARS / 28) + 10)}`;
    const error = await refusal(readPlanDocument(new TextEncoder().encode(text), 'dai.txt'));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/ký tự/);
  });
});
