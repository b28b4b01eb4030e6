// The staff app's files on a commune's connection: each sent in the compression the browser accepts
// (brotli or gzip copies written at build time), hashed assets cached for a year, the page itself
// checked on every visit, and the API's answers compressed too.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let web: string;
const script = `export const words = ${JSON.stringify('Lan Tỏa '.repeat(2000))};\n`;
const page = `<!doctype html><title>Lan Tỏa</title><script type="module" src="/assets/index-Ab12Cd34.js"></script>${' '.repeat(2000)}`;

beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'lantoa-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), page);
  const asset = join(web, 'assets', 'index-Ab12Cd34.js');
  writeFileSync(asset, script);
  writeFileSync(`${asset}.br`, brotliCompressSync(script));
  writeFileSync(`${asset}.gz`, gzipSync(script));
  t = await createTestApp({ webDist: web });
});
afterAll(async () => {
  await t?.close();
  rmSync(web, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the staff app’s files', () => {
  it('are sent as brotli, gzip or plain, as the browser accepts, and vary on it', async () => {
    const br = await get('/assets/index-Ab12Cd34.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.rawPayload.length).toBeLessThan(script.length / 4);
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/javascript/);

    const gz = await get('/assets/index-Ab12Cd34.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/index-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('keeps hashed assets a year and asks again for the page that names them', async () => {
    const asset = await get('/assets/index-Ab12Cd34.js', 'br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/index.html', '/plans/123', '/reports?period=2']) {
      const response = await get(url, 'br, gzip');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-type'], url).toMatch(/text\/html/);
    }
  });

  it('compresses the API’s answers for a browser that accepts it', async () => {
    const compressed = await get('/api/docs/json', 'br');
    expect(compressed.statusCode).toBe(200);
    expect(compressed.headers['content-encoding']).toBe('br');
    const text = brotliDecompressSync(compressed.rawPayload).toString();
    expect(JSON.parse(text)).toHaveProperty('openapi');
    expect(compressed.rawPayload.length).toBeLessThan(text.length / 3);
    const plain = await get('/api/docs/json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json()).toHaveProperty('openapi');
  });
});
