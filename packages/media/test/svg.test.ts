import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectUpload, makeThumbnail, UploadRejectedError } from '../src/index.ts';

const HOSTILE = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet href="https://evil.example/x.css"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="200" viewBox="0 0 300 200" onload="alert(1)">
  <style>@import url(https://evil.example/a.css); .st0 { fill: #c00; } .st1 { fill: url(https://evil.example/p.svg#g); }</style>
  <script>alert('x')</script>
  <linearGradient id="g"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#c00"/></linearGradient>
  <rect class="st0" width="300" height="200" onclick="steal()"/>
  <circle cx="150" cy="100" r="50" fill="url(#g)"/>
  <foreignObject width="100" height="100"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"></iframe></body></foreignObject>
  <a href="javascript:alert(2)"><text x="10" y="20">Nghị quyết 57</text></a>
  <a xlink:href="javascript:alert(3)"><text x="10" y="40">Lan tỏa</text></a>
  <image href="https://evil.example/track.png" width="10" height="10"/>
  <image xlink:href="file:///etc/passwd" width="10" height="10"/>
  <use href="#g"/>
  <rect width="10" height="10" style="fill: url('https://evil.example/f')" filter="url(http://evil.example/f.svg#x)"/>
</svg>`;

const enc = (s: string) => new TextEncoder().encode(s);

describe('SVG uploads', () => {
  it('removes scripts, handlers, foreignObject, javascript: and external references, and still renders', async () => {
    const r = await inspectUpload({
      name: 'bieu-trung.svg',
      bytes: enc(HOSTILE),
      declaredType: 'image/svg+xml',
    });
    expect(r).toMatchObject({ kind: 'image', mediaType: 'image/svg+xml', extension: 'svg' });
    const out = new TextDecoder().decode(r.bytes);
    for (const banned of [
      /<script/i,
      /\bon\w+=/i,
      /foreignObject/i,
      /javascript:/i,
      /evil\.example/,
      /file:/,
      /@import/,
    ])
      expect(out).not.toMatch(banned);
    // The drawing itself survives: shapes, gradient, text, internal references, the class style.
    expect(out).toMatch(/<circle[^>]*fill="url\(#g\)"/);
    expect(out).toMatch(/<use[^>]*href="#g"/);
    expect(out).toContain('Nghị quyết 57');
    expect(out).toContain('.st0 { fill: #c00; }');

    const thumb = await makeThumbnail(r.bytes, r.kind, r.mediaType);
    expect(thumb).not.toBeNull();
    const meta = await sharp(thumb?.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 300, 200]);
    // The class fill rendered: near the top-right corner the background is red (webp is lossy).
    const { data, info } = await sharp(thumb?.bytes).raw().toBuffer({ resolveWithObject: true });
    const at = (10 * info.width + 290) * info.channels;
    expect(data[at]).toBeGreaterThan(150);
    expect(data[at + 1]).toBeLessThan(60);
    expect(data[at + 2]).toBeLessThan(60);
  });

  it('sanitises hostile markup even when makeThumbnail gets the raw upload', async () => {
    const thumb = await makeThumbnail(enc(HOSTILE), 'image', 'image/svg+xml');
    expect(thumb?.width).toBe(300);
  });

  it('refuses an SVG that is not well-formed', async () => {
    const broken = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10"></svg>';
    const error = await inspectUpload({ name: 'hong.svg', bytes: enc(broken) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadRejectedError);
    expect((error as UploadRejectedError).code).toBe('corrupt');
  });

  it('refuses text that is not SVG under an .svg name', async () => {
    const error = await inspectUpload({ name: 'a.svg', bytes: enc('<html><body>hi</body></html>') }).catch(
      (e: unknown) => e,
    );
    expect((error as UploadRejectedError).code).toBe('type_mismatch');
  });

  it('does not expand nested entities (billion laughs)', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&d;</text></svg>`;
    const r = await inspectUpload({ name: 'lol.svg', bytes: enc(lol) });
    expect(r.bytes.length).toBeLessThan(1000);
  });

  it('renders a huge declared SVG at thumbnail size instead of its full size', async () => {
    const huge =
      '<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="50000"><rect width="100%" height="100%" fill="#06c"/></svg>';
    const r = await inspectUpload({ name: 'lon.svg', bytes: enc(huge) });
    const thumb = await makeThumbnail(r.bytes, 'image', 'image/svg+xml');
    expect([thumb?.width, thumb?.height]).toEqual([480, 240]);
  });
});
