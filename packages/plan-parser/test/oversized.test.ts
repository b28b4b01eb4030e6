// Plan documents too big to read (security review finding 7): the .docx reader inflates with a
// running cap on the real output instead of trusting the zip's declared sizes, and the text of a
// plan is capped, each refused with a Vietnamese message that says what to do.
import { describe, expect, it } from 'vitest';
import { deflatedRun, entry, writeZip } from '../../media/test/hostile-files.ts';
import { MAX_TEXT_CHARS, MAX_XML_BYTES, PlanReadError, readPlanDocument } from '../src/index.ts';

const MB = 1024 * 1024;

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
    // 1 GiB of spaces from about a megabyte of deflate data; both headers lie about its size.
    const docx = writeZip([{ name: 'word/document.xml', ...deflatedRun(1024, 0x20), size: 2000 }]);
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
    const docx = writeZip([entry('word/document.xml', xml)]);
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
