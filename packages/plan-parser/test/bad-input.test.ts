import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxWith } from '../../media/test/hostile-files.ts';
import { PlanReadError, parsePlanFile, readPlanDocument } from '../src/index.ts';
import { handMadePdf, textToDocx } from './fixtures.ts';

const WORDPROCESSING_ML = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

async function failure(p: Promise<unknown>): Promise<PlanReadError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(PlanReadError);
    const err = e as PlanReadError;
    // Vietnamese message in NFC with diacritics, English detail for logs.
    expect(err.message).toBe(err.message.normalize('NFC'));
    expect(err.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
    expect(err.detail).toMatch(/^[\x20-\x7e]+$/);
    return err;
  }
  throw new Error('expected a PlanReadError');
}

const dir = mkdtempSync(join(tmpdir(), 'lantoa-bad-'));

describe('documents that cannot be read', () => {
  it('an empty file is refused as empty', async () => {
    expect((await failure(readPlanDocument(new Uint8Array()))).code).toBe('empty');
    expect((await failure(readPlanDocument(new TextEncoder().encode(' \n\n \t')))).code).toBe('empty');
  });

  it('binary garbage is an unsupported format', async () => {
    const bytes = new Uint8Array(20_000).map((_, i) => (i * 7919 + 13) % 256);
    expect((await failure(readPlanDocument(bytes, 'rac.bin'))).code).toBe('unsupported_format');
  });

  it('a corrupt zip named .docx is reported as corrupt', async () => {
    const good = await textToDocx('KẾ HOẠCH\nNội dung');
    const broken = good.slice(0, 200);
    expect((await failure(readPlanDocument(broken, 'ke-hoach.docx'))).code).toBe('corrupt');
    const notZip = new TextEncoder().encode('\x00\x01\x02 not a zip at all');
    expect((await failure(readPlanDocument(notZip, 'ke-hoach.docx'))).code).toBe('corrupt');
  });

  it('an encrypted PDF asks for a copy without a password', async () => {
    const pdf = handMadePdf('BT /F1 12 Tf 72 720 Td (KE HOACH) Tj ET', { encrypt: true, font: true });
    const err = await failure(readPlanDocument(pdf, 'mat-khau.pdf'));
    expect(err.code).toBe('encrypted');
    expect(err.message).toMatch(/mật khẩu/);
  });

  it('a PDF without a text layer (a scan) says so', async () => {
    const err = await failure(readPlanDocument(handMadePdf('0 0 1 rg 10 10 300 300 re f'), 'scan.pdf'));
    expect(err.code).toBe('no_text_layer');
    expect(err.message).toMatch(/scan/);
  });

  it('a 50 MB file is refused from its size before it is read', async () => {
    const big = join(dir, 'lon.txt');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024);
    expect((await failure(parsePlanFile(big))).code).toBe('too_large');
    expect((await failure(readPlanDocument(new Uint8Array(1024), 'x.txt', { maxBytes: 100 }))).code).toBe(
      'too_large',
    );
  });

  it('a document that takes longer than the time limit stops with a timeout', async () => {
    // The .docx reader looks at the clock every 65,536 pieces of XML: 20,000 paragraphs are about
    // 140,000 pieces, far more than 1 ms of reading. Written as XML directly (milliseconds), not
    // through the docx library, which took seconds to lay out the same paragraphs.
    const paragraph =
      '<w:p><w:r><w:t>- Cơ quan chủ trì: Sở Khoa học và Công nghệ; các sở, ban, ngành.</w:t></w:r></w:p>';
    const docx = docxWith(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORDPROCESSING_ML}"><w:body>` +
        `<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>${paragraph.repeat(20_000)}</w:body></w:document>`,
    );
    const err = await failure(readPlanDocument(docx, 'dai.docx', { timeoutMs: 1 }));
    expect(err.code).toBe('timeout');
  });

  it('a long text that is not a plan is parsed quickly with warnings', async () => {
    const article =
      'Sáng nay, hội thảo về chuyển đổi số đã diễn ra tại Hà Nội với 70% đại biểu là doanh nhân.\n'.repeat(
        20_000,
      );
    const x = await parsePlanFile(new TextEncoder().encode(article));
    expect(x.tasks).toEqual([]);
    expect(x.warnings.length).toBeGreaterThan(0);
  });
});
