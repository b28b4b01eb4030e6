// The API's per-address budget counts API calls, not the staff app's own files: one page load fetches
// dozens of scripts and styles, and counting them locked a busy user out (seen in the XSS browser test).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let web: string;
beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'lantoa-web-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Lan Tỏa</title>');
  writeFileSync(join(web, 'app.js'), 'export {};');
  t = await createTestApp({ webDist: web, apiPerMinute: 5 });
});
afterAll(async () => {
  await t?.close();
  rmSync(web, { recursive: true, force: true });
});

describe('the API rate limit', () => {
  it('does not count the web app’s static files, and still limits the API', async () => {
    const get = (url: string) => t.app.inject({ method: 'GET', url, remoteAddress: '203.0.113.50' });
    for (let i = 0; i < 20; i++) expect((await get('/app.js')).statusCode).toBe(200);
    const api = [];
    for (let i = 0; i < 8; i++) api.push((await get('/api/health')).statusCode);
    expect(api.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(api.slice(5)).toEqual([429, 429, 429]);
  });
});
