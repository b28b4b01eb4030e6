// `npm run bench -- weight`: what the staff app costs a commune's connection, measured through
// Debian's Chromium against the real server with the demo data: the bytes transferred (compressed,
// headers included) to show the sign-in page, and the focal point's first screen after signing in, each
// with an empty cache; then the same first screen again with the cache warm (a returning visit).
// Budgets (issue 22): sign-in ≤ 300 KB, the focal point's first screen ≤ 500 KB.
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';
import { type RunningServer, startServer } from '../e2e/support/server.ts';

const PASSWORD = 'LanToa@2026';
const FOCAL_POINT = 'hoaan.daumoi';
const KB = 1000;

interface Transfer {
  requests: number;
  /** Bytes on the wire: compressed bodies and headers. */
  transferred: number;
  /** Bytes of the bodies once decompressed: what compression saved. */
  decoded: number;
  /** Bytes on the wire by file name (the last part of the path), to see what weighs. */
  byFile: Map<string, number>;
}

/** Waits until no request has been in flight for `quietMs`. */
async function networkQuiet(inFlight: () => number, quietMs = 1500): Promise<void> {
  let quietSince = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
  }
}

/** Counts every request the page finishes while `action` runs and until the network is quiet. */
async function measure(page: Page, action: () => Promise<void>): Promise<Transfer> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const decodedByRequest = new Map<string, number>();
  const pending = new Set<string>();
  const total: Transfer = { requests: 0, transferred: 0, decoded: 0, byFile: new Map() };
  const fileByRequest = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (event) => {
    pending.add(event.requestId);
    fileByRequest.set(event.requestId, new URL(event.request.url).pathname.split('/').pop() || '/');
  });
  cdp.on('Network.dataReceived', (event) => {
    decodedByRequest.set(event.requestId, (decodedByRequest.get(event.requestId) ?? 0) + event.dataLength);
  });
  cdp.on('Network.loadingFailed', (event) => pending.delete(event.requestId));
  cdp.on('Network.loadingFinished', (event) => {
    pending.delete(event.requestId);
    total.requests += 1;
    total.transferred += event.encodedDataLength;
    total.decoded += decodedByRequest.get(event.requestId) ?? 0;
    const file = fileByRequest.get(event.requestId) ?? '?';
    total.byFile.set(file, (total.byFile.get(file) ?? 0) + event.encodedDataLength);
  });
  await action();
  await networkQuiet(() => pending.size);
  await cdp.detach();
  return total;
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  return context.newPage();
}

async function signInThroughForm(page: Page): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(FOCAL_POINT);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('user-menu').waitFor();
}

const kb = (bytes: number) => Math.round(bytes / 100) / 10;

const loadBefore = loadavg()[0] ?? 0;
let server: RunningServer | undefined;
let browser: Browser | undefined;
try {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const base = server.baseUrl;

  const page = await freshPage(browser);
  const signInPage = await measure(page, async () => {
    await page.goto(`${base}/sign-in`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
  });
  const afterSignIn = await measure(page, () => signInThroughForm(page));
  const landing = new URL(page.url()).pathname;

  // The same first screen opened cold (a new phone, already signed in: only the session cookie).
  const cold = await freshPage(browser);
  await cold.context().addCookies(await page.context().cookies());
  const firstScreenCold = await measure(cold, async () => {
    await cold.goto(`${base}${landing}`);
    await cold.getByTestId('user-menu').waitFor();
  });
  const firstScreenWarm = await measure(cold, async () => {
    await cold.goto(`${base}${landing}`);
    await cold.getByTestId('user-menu').waitFor();
  });

  const rows: [string, Transfer][] = [
    ['sign-in page, empty cache', signInPage],
    [`signing in → ${landing}`, afterSignIn],
    [`${landing} opened cold (empty cache)`, firstScreenCold],
    [`${landing} again (warm cache)`, firstScreenWarm],
  ];
  for (const [label, t] of rows) {
    console.log(
      `${label}: ${t.requests} requests, ${kb(t.transferred)} KB transferred (${kb(t.decoded)} KB decompressed)`,
    );
    // A chunk is named after one of its modules, not after what weighs in it: the antd core that the
    // sign-in page and the screens share was named i18n, after the one small module of ours it held.
    const largest = [...t.byFile].sort((a, b) => b[1] - a[1]).slice(0, 6);
    if (t.transferred > 50 * KB)
      console.log(`  largest: ${largest.map(([file, bytes]) => `${file} ${kb(bytes)} KB`).join(', ')}`);
  }
  const result = {
    bench: 'weight',
    signInKB: kb(signInPage.transferred),
    signInBudgetKB: 300,
    firstScreen: landing,
    firstScreenColdKB: kb(firstScreenCold.transferred),
    firstScreenAfterSignInKB: kb(signInPage.transferred + afterSignIn.transferred),
    firstScreenBudgetKB: 500,
    firstScreenWarmKB: kb(firstScreenWarm.transferred),
    decodedSignInKB: kb(signInPage.decoded),
    withinBudget: signInPage.transferred <= 300 * KB && firstScreenCold.transferred <= 500 * KB,
    loadBefore: Math.round(loadBefore * 10) / 10,
  };
  console.log(JSON.stringify(result));
} finally {
  await browser?.close();
  await server?.stop();
}
