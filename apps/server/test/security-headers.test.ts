import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_POLICY, registerSecurityHeaders } from '../src/http/security-headers.ts';
import { uploadPoster } from './support/factories.ts';
import { type Agent, bodyIdByCode, signedInApp, type TestApp } from './support/test-app.ts';

// Security review findings 2 and 21: no Content-Security-Policy on the staff app, no frame-ancestors
// or Referrer-Policy anywhere, only nosniff on /thi/:id.

const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(2)</script>';

let t: TestApp;
let webDist: string;
let coordinator: Agent;
let focal: Agent;
let province: string;

beforeAll(async () => {
  webDist = mkdtempSync(join(tmpdir(), 'lantoa-web-'));
  writeFileSync(
    join(webDist, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  ({ t, coordinator, focal } = await signedInApp(
    { coordinator: 'tq.dieuphoi', focal: 'hoaan.daumoi' },
    { webDist },
  ));
  province = await bodyIdByCode(t.handle, '08');
});
afterAll(async () => {
  await t?.close();
  rmSync(webDist, { recursive: true, force: true });
});

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function expectCommonHeaders(headers: Record<string, unknown>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
}

describe('the staff app', () => {
  it('is sent with a policy that runs scripts only from its own files and cannot be framed', async () => {
    for (const url of ['/', '/dashboard?planId=x', '/tasks/mine']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-security-policy'], url).toBe(APP_POLICY);
      expectCommonHeaders(res.headers);
    }
    const policy = directives(APP_POLICY);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(APP_POLICY).not.toMatch(/unsafe-eval/);
  });

  it('sends the common headers on API answers, errors and static files too', async () => {
    const responses = await Promise.all([
      t.app.inject({ method: 'GET', url: '/api/health' }),
      t.app.inject({ method: 'GET', url: '/api/auth/me' }),
      t.app.inject({ method: 'GET', url: '/api/nothing-here' }),
      t.app.inject({ method: 'GET', url: '/favicon.svg' }),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([200, 401, 404, 200]);
    for (const res of responses) expectCommonHeaders(res.headers);
    // HSTS only where the public address is https: an http deployment must stay reachable.
    expect(responses[0]?.headers['strict-transport-security']).toBeUndefined();
  });

  it('keeps the sandbox of an uploaded file instead of replacing it with the app policy', async () => {
    const itemId = await uploadPoster(focal, {
      title: `Áp phích ${PAYLOAD}`,
      summary: 'Áp phích',
      shareBodyId: await bodyIdByCode(t.handle, '02353'),
    });
    const file = await focal.get(`/api/library/items/${itemId}/file?inline=1`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expectCommonHeaders(file.headers);
  });

  it('sends Strict-Transport-Security when the public address is https', async () => {
    const secure = Fastify();
    registerSecurityHeaders(secure, {
      handle: t.handle,
      config: { ...t.config, publicUrl: 'https://lantoa.example.gov.vn' },
      version: 'test',
    });
    secure.get('/api/health', async () => ({ ok: true }));
    const res = await secure.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
    await secure.close();
  });
});

describe('the API documentation', () => {
  it('loads its scripts from files, so the app policy covers it', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toBe(APP_POLICY);
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, content] of scripts) {
      expect(attributes).toMatch(/src="/);
      expect(content?.trim()).toBe('');
    }
    const initializer = await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' });
    expect(initializer.statusCode).toBe(200);
  });
});

describe('the contest page /thi/:id', () => {
  let contestId: string;

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const question = await coordinator.post('/api/quiz/questions', {
        bodyId: province,
        topic: 'Nghị quyết 57',
        difficulty: 1,
        text: `Câu hỏi ${i + 1} ${PAYLOAD}?`,
        options: [
          { key: 'A', text: `Đúng ${PAYLOAD}`, correct: true },
          { key: 'B', text: 'Sai', correct: false },
        ],
      });
      expect(question.statusCode, question.body).toBe(201);
    }
    const created = await coordinator.post('/api/quiz/contests', {
      bodyId: province,
      title: `Tìm hiểu ${PAYLOAD}`,
      description: `Mô tả ${PAYLOAD}`,
      eligibleGroups: ['citizens'],
      topicQuotas: [{ topic: 'Nghị quyết 57', count: 2 }],
      startsOn: '2026-06-01',
      weeks: 2,
    });
    expect(created.statusCode, created.body).toBe(201);
    contestId = created.json().id;
    const contest = (await coordinator.get(`/api/quiz/contests/${contestId}`)).json();
    const published = await coordinator.post(`/api/quiz/contests/${contestId}/publish`, {
      version: contest.version,
    });
    expect(published.statusCode).toBe(204);
  });

  it('allows exactly its own inline script and style, by hash, and nothing inline besides', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/thi/${contestId}` });
    expect(res.statusCode).toBe(200);
    expectCommonHeaders(res.headers);
    const policy = directives(String(res.headers['content-security-policy']));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);

    const scripts = [...res.body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    const styles = [...res.body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(policy.get('script-src')).toEqual(scripts.map(sha256));
    expect(policy.get('style-src')).toEqual(styles.map(sha256));
    // A style attribute or an event handler would be refused by this policy: no tag has one.
    const markup = res.body.replace(/<script>[\s\S]*?<\/script>/g, '');
    expect(markup).not.toMatch(/<[a-z][^<>]*\s(style|on[a-z]+)=/i);
    // The planted title and description stay text.
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is the same with gzip, and error pages carry a policy without any script', async () => {
    const zipped = await t.app.inject({
      method: 'GET',
      url: `/thi/${contestId}`,
      headers: { 'accept-encoding': 'gzip' },
    });
    const plain = await t.app.inject({ method: 'GET', url: `/thi/${contestId}` });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-security-policy']).toBe(plain.headers['content-security-policy']);

    const missing = await t.app.inject({ method: 'GET', url: '/thi/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
    const policy = directives(String(missing.headers['content-security-policy']));
    expect(policy.get('script-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expectCommonHeaders(missing.headers);
  });
});
