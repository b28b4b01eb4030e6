import { request as httpRequest } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, VIETNAMESE_CONTEXT } from './support/browser.ts';
import { TEST_NOW } from './support/clock.ts';
import { type RunningServer, startServer } from './support/server.ts';
import { STEP_TIMEOUT_MS } from './support/session.ts';

const PASSWORD = 'LanToa@2026';
const RUN = Date.now().toString(36).toUpperCase();
const TOPIC = `Kiểm thử trên điện thoại ${RUN}`;
const QUESTIONS = 4;
const BUDGET = 60 * 1024;

/** A date in Vietnam (UTC+7), `days` from the instant `now`, YYYY-MM-DD. */
const vietnamDay = (now: number, days: number) =>
  new Date(now + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** Fills the registration form of the contest page (the body picked from the search). */
async function fillRegistration(page: Page, fields: { fullName: string; phone: string; citizenId: string }) {
  await page.getByLabel('Họ và tên').fill(fields.fullName);
  await page.getByLabel('Số điện thoại').fill(fields.phone);
  await page.getByLabel('Số căn cước công dân (CCCD)').fill(fields.citizenId);
  await page.getByLabel('Đối tượng').selectOption('citizens');
  await page.getByLabel('Cơ quan, đơn vị hoặc xã, phường').fill('hoa an');
  await page.getByRole('button', { name: 'Xã Hòa An' }).first().click();
  await page.getByText('✓ Đã chọn: Xã Hòa An').waitFor();
}

/** The staff API as the provincial coordinator: session cookie and CSRF token from sign-in. */
async function staffApi(baseUrl: string) {
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'tq.dieuphoi', password: PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  return async <T>(method: string, path: string, body?: object): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
}

/** Raw bytes on the wire (fetch would decompress): status, headers and body length. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; bytes: number }>(
    (resolve, reject) => {
      httpRequest(url, { headers }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('the contest page on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let contestId = '';
  // The server runs on the pinned test clock; so does the contest's schedule.
  const now = Date.parse(TEST_NOW);
  const pageErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const staff = await staffApi(server.baseUrl);
    const roots = await staff<{ items: { id: string; code: string | null }[] }>('GET', '/api/bodies/roots');
    const province = roots.items.find((b) => b.code === '08') ?? roots.items[0];
    const yesNo = (right: boolean) => [
      { key: 'A', text: 'Đúng', correct: right },
      { key: 'B', text: 'Sai', correct: !right },
    ];
    const texts = [
      'Nghị quyết 57-NQ/TW được ban hành ngày 22/12/2024?',
      'Ngày Khoa học và Công nghệ Việt Nam là ngày 18/5?',
      'Ngày Chuyển đổi số quốc gia là ngày 1/10?',
      'Mỗi thôn có một Tổ công nghệ số cộng đồng?',
    ];
    for (const [i, text] of texts.entries()) {
      await staff('POST', '/api/quiz/questions', {
        bodyId: province?.id,
        topic: TOPIC,
        difficulty: 1,
        text,
        explanation: 'Theo tài liệu của cuộc thi.',
        options: yesNo(i !== 2),
      });
    }
    const contest = await staff<{ id: string }>('POST', '/api/quiz/contests', {
      bodyId: province?.id,
      title: 'Tìm hiểu Nghị quyết 57 trên điện thoại',
      description: 'Cuộc thi trắc nghiệm trực tuyến dành cho người dân và học sinh trong tỉnh.',
      eligibleGroups: ['citizens', 'students'],
      topicQuotas: [{ topic: TOPIC, count: QUESTIONS }],
      timeLimitSeconds: 600,
      attemptsPerRound: 3,
      prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
      // Round 1 closed yesterday (its results are public), round 2 is open today.
      startsOn: vietnamDay(now, -7),
      weeks: 2,
    });
    contestId = contest.id;
    await staff('POST', `/api/quiz/contests/${contestId}/publish`, { version: 1 });

    context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      ...VIETNAMESE_CONTEXT,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() !== 'error' || message.text().startsWith('Failed to load resource')) return;
      pageErrors.push(message.text());
    });
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    // The phone's clock is an hour fast: the countdown must follow the server's clock.
    await page.clock.install({ time: new Date(now + 3_600_000) });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('serves one small gzipped document, and a Vietnamese 404 page for an unknown contest', async () => {
    const page = await rawGet(`${server.baseUrl}/thi/${contestId}`, { 'accept-encoding': 'gzip, br' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.bytes).toBeLessThanOrEqual(BUDGET);
    console.log(`contest page: ${page.bytes} bytes gzipped`);

    const unknown = await fetch(`${server.baseUrl}/thi/00000000-0000-4000-8000-000000000000`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Không tìm thấy cuộc thi');
    const malformed = await fetch(`${server.baseUrl}/thi/khong-phai-ma`);
    expect(malformed.status).toBe(404);
    expect(malformed.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('is usable within seconds on a slow 3G connection, from one document', async () => {
    const slow = await context.newPage();
    const cdp = await context.newCDPSession(slow);
    await cdp.send('Network.enable');
    // DevTools' "Slow 3G": 400 kbit/s each way, 2 s round trip.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 2000,
      downloadThroughput: 51_200,
      uploadThroughput: 51_200,
    });
    let transferred = 0;
    cdp.on('Network.loadingFinished', (event) => {
      transferred += event.encodedDataLength;
    });
    const started = Date.now();
    await slow.goto(`${server.baseUrl}/thi/${contestId}`, { waitUntil: 'commit' });
    await slow.getByRole('button', { name: 'Đăng ký' }).waitFor();
    const usableMs = Date.now() - started;
    console.log(`slow 3G: usable after ${usableMs} ms, ${transferred} bytes transferred`);
    expect(transferred).toBeLessThanOrEqual(BUDGET);
    expect(usableMs).toBeLessThan(10_000);
    await slow.close();
  });

  it('registers, answers through a lost connection, resumes after a reload, and submits', async () => {
    const loaded = page.waitForResponse((r) => new URL(r.url()).pathname === `/thi/${contestId}`);
    await page.goto(`${server.baseUrl}/thi/${contestId}`);
    const document = await loaded;
    expect((await document.request().sizes()).responseBodySize).toBeLessThanOrEqual(BUDGET);
    // Usable with the document alone: nothing else was fetched (no script, style, font or image).
    expect(requests.filter((path) => !path.startsWith('/api/'))).toEqual([`/thi/${contestId}`]);
    await page.getByRole('heading', { name: 'Lịch các vòng thi' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(2);
    await page.locator('tbody').getByText('Đang mở').waitFor();
    await screenshot(page, 'quiz-1-info');

    // The closed round's results are public (nobody took it).
    await page.getByRole('button', { name: 'Xem kết quả' }).tap();
    await page.getByRole('heading', { name: 'Kết quả vòng 1' }).waitFor();
    await page.getByText('0 người tham gia.').waitFor();
    await page.getByText('Vòng này không có bài thi nào được nộp.').waitFor();
    await screenshot(page, 'quiz-1-results-closed-round');
    await page.locator('#results').getByRole('button', { name: 'Về trang cuộc thi' }).tap();

    // Registration: the server's field error appears next to the field.
    await fillRegistration(page, { fullName: 'Nguyễn Thị Lan', phone: '0912 345 678', citizenId: '12345' });
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await expect.poll(() => page.locator('#e-citizenId').textContent()).not.toBe('');
    expect(await page.getByLabel('Số căn cước công dân (CCCD)').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#reg').screenshot({ path: 'test-results/quiz-2-register-error.png' });
    await page.getByLabel('Số căn cước công dân (CCCD)').fill('001099012345');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.getByRole('heading', { name: 'Xin chào, Nguyễn Thị Lan' }).waitFor();
    await page.getByText('Đăng ký thành công.').waitFor();
    await screenshot(page, 'quiz-3-home');

    // The quiz: one question per screen, each answer saved as soon as it is chosen.
    await page.getByRole('button', { name: 'Vào thi' }).click();
    await page.getByText(`Câu 1 / ${QUESTIONS}`).waitFor();
    const [minutes, seconds] = ((await page.locator('#clock').textContent()) ?? '').split(':').map(Number);
    expect((minutes ?? 0) * 60 + (seconds ?? 0)).toBeGreaterThan(590);
    expect((minutes ?? 0) * 60 + (seconds ?? 0)).toBeLessThanOrEqual(600);
    const answer = async (option: 'Đúng' | 'Sai') => {
      await page.getByRole('checkbox', { name: option }).tap();
      expect(await page.getByRole('checkbox', { name: option }).getAttribute('aria-checked')).toBe('true');
    };
    // Answers wait on the phone to go together (a few at once, or after 15 s, or with the submission).
    const batchWaitOver = () => page.clock.fastForward(16_000);
    await answer('Đúng');
    await page.getByText('Đã ghi trên máy, sẽ gửi lên cùng các câu sau.').waitFor();
    await batchWaitOver();
    await page.getByText('✓ Đã lưu').waitFor();
    await screenshot(page, 'quiz-4-question');
    await page.getByRole('button', { name: 'Câu sau ›' }).tap();
    await page.getByText(`Câu 2 / ${QUESTIONS}`).waitFor();
    await answer('Sai');
    await batchWaitOver();
    await page.getByText('✓ Đã lưu').waitFor();

    // The connection drops: the answer waits in the queue (and in localStorage).
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Câu sau ›' }).tap();
    await page.getByText(`Câu 3 / ${QUESTIONS}`).waitFor();
    await answer('Đúng');
    await page.getByText('Chưa lưu: sẽ tự gửi lại khi có mạng.').waitFor();
    await page.getByText('1 câu chờ gửi').waitFor();
    await screenshot(page, 'quiz-5-offline');

    // Back online: the queue drains by itself.
    await context.setOffline(false);
    await page.getByText('✓ Đã lưu').waitFor();
    await expect.poll(() => page.locator('#net').textContent()).toBe('');

    // A reload resumes the same attempt with the three answers, on the first unanswered question.
    await page.reload();
    await page.getByText('Đã mở lại lượt thi đang làm dở, với các câu trả lời đã chọn.').waitFor();
    await page.getByText(`Câu 4 / ${QUESTIONS}`).waitFor();
    expect(await page.locator('#dots button.done').count()).toBe(3);
    await page.locator('#dots button').nth(2).tap();
    expect(await page.getByRole('checkbox', { name: 'Đúng' }).getAttribute('aria-checked')).toBe('true');
    await screenshot(page, 'quiz-6-resumed');
    await page.locator('#dots button').nth(3).tap();
    // The last answer goes with the submission.
    await answer('Sai');

    // The prediction, then submit with confirmation.
    await page.getByRole('button', { name: 'Tiếp: dự đoán ›' }).tap();
    await page.getByLabel('Dự đoán số người tham gia vòng này?').fill('1200');
    await page.getByRole('button', { name: 'Nộp bài' }).tap();
    await page.getByText(`Bạn đã trả lời ${QUESTIONS}/${QUESTIONS} câu. Sau khi nộp`).waitFor();
    await screenshot(page, 'quiz-7-confirm');
    await page.locator('#yesBtn').tap();
    await page.getByRole('heading', { name: 'Cảm ơn bạn đã tham gia!' }).waitFor();
    await page.getByText(`Bạn đã trả lời ${QUESTIONS}/${QUESTIONS} câu hỏi.`).waitFor();
    await screenshot(page, 'quiz-8-thanks');

    // The round is still open: the results are not published yet.
    await page.getByRole('button', { name: 'Xem kết quả vòng 2' }).tap();
    await page.getByText('Vòng thi chưa kết thúc').waitFor();
    await screenshot(page, 'quiz-9-results-pending');

    // The server kept every answer and the submission.
    const token = await page.evaluate(
      (id) => JSON.parse(localStorage.getItem(`lantoa.quiz.${id}`) ?? '{}').token,
      contestId,
    );
    const attemptId = await page.evaluate(
      (id) => JSON.parse(localStorage.getItem(`lantoa.quiz.${id}.mine`) ?? '{}')['2'],
      contestId,
    );
    const kept = (await (
      await fetch(`${server.baseUrl}/api/public/attempts/${attemptId}`, {
        headers: { 'x-participant': token },
      })
    ).json()) as { submittedAt: string | null; questions: { answer: string[] }[] };
    expect(kept.submittedAt).not.toBeNull();
    expect(kept.questions.filter((q) => q.answer.length === 1)).toHaveLength(QUESTIONS);
    // Answers went in batches to one route, never one request per answer.
    expect(
      requests.filter((path) => path === `/api/public/attempts/${attemptId}/answers`).length,
    ).toBeGreaterThan(0);
    expect(requests.filter((path) => path.startsWith(`/api/public/attempts/${attemptId}/answers/`))).toEqual(
      [],
    );
    expect(pageErrors).toEqual([]);
  });

  it('recognises the participant on another phone only with the phone number they registered', async () => {
    const token = (p: Page) =>
      p.evaluate((id) => JSON.parse(localStorage.getItem(`lantoa.quiz.${id}`) ?? '{}').token, contestId);
    const first = await token(page);
    const other = await browser.newContext({
      viewport: { width: 360, height: 740 },
      ...VIETNAMESE_CONTEXT,
      isMobile: true,
      hasTouch: true,
    });
    const phone = await other.newPage();
    phone.setDefaultTimeout(STEP_TIMEOUT_MS);
    phone.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await phone.goto(`${server.baseUrl}/thi/${contestId}`);
      // Someone who knows the citizen ID but not the phone: refused, next to the phone field.
      await fillRegistration(phone, {
        fullName: 'Kẻ Mạo Danh',
        phone: '0987 654 321',
        citizenId: '001099012345',
      });
      await phone.getByRole('button', { name: 'Đăng ký' }).click();
      await expect.poll(() => phone.locator('#e-phone').textContent()).toMatch(/đúng số điện thoại đã khai/);
      expect(await phone.getByLabel('Số điện thoại').getAttribute('aria-invalid')).toBe('true');
      expect(await token(phone)).toBeUndefined();
      await phone.locator('#reg').screenshot({ path: 'test-results/quiz-11-register-refused.png' });
      // The participant with the phone they registered: the same registration, their own name.
      await phone.getByLabel('Số điện thoại').fill('+84 912 345 678');
      await phone.getByRole('button', { name: 'Đăng ký' }).click();
      await phone.getByRole('heading', { name: 'Xin chào, Nguyễn Thị Lan' }).waitFor();
      await phone.getByText('Chào mừng bạn quay lại.', { exact: false }).waitFor();
      expect(await token(phone)).toBe(first);
    } finally {
      await other.close();
    }
    expect(pageErrors).toEqual([]);
  });

  it('shows a published round: winners, ranking, tallies and one’s own corrected attempt', async () => {
    // The client's rendering of the results API's shape (answered here: the real round is still open).
    const entry = (rank: number, name: string, body: string, correct: number) => ({
      rank,
      name,
      citizenId: '001•••••••45',
      body,
      correct,
      total: 2,
      prediction: 10,
      predictionDistance: 8,
      durationMs: 60_000,
      attempts: 1,
    });
    const first = entry(1, 'Trần Văn Bình', 'Xã Hòa An', 2);
    const second = entry(2, 'Nguyễn Thị Lan', 'Xã Hòa An', 1);
    await page.route('**/api/public/contests/*/rounds/1/results', (route) =>
      route.fulfill({
        json: {
          round: { number: 1, closesAt: new Date().toISOString() },
          participants: 2,
          ranking: [first, second],
          winners: [{ tier: 'Giải Nhất', winners: [first] }],
          tallies: [{ bodyId: 'x', body: 'Xã Hòa An', participants: 2, attempts: 2, meanScore: 1.5 }],
        },
      }),
    );
    const fake = '00000000-0000-4000-8000-0000000000aa';
    // The answer key comes only once the contest has ended; before, the score alone.
    let contestEnded = true;
    const withoutKeys = <T extends { questions: object[] }>(attempt: T) =>
      contestEnded
        ? attempt
        : {
            ...attempt,
            questions: attempt.questions.map((q) => ({ ...q, correct: undefined, explanation: undefined })),
          };
    await page.route(`**/api/public/attempts/${fake}`, (route) =>
      route.fulfill({
        json: withoutKeys({
          id: fake,
          round: 1,
          number: 1,
          result: { correct: 1, total: 2 },
          questions: [
            {
              id: 'q1',
              text: 'Ngày Chuyển đổi số quốc gia là ngày 10/10?',
              options: [
                { key: 'A', text: 'Đúng' },
                { key: 'B', text: 'Sai' },
              ],
              answer: ['A'],
              correct: ['A'],
              explanation: 'Quyết định 505/QĐ-TTg.',
            },
            {
              id: 'q2',
              text: '<b>Không</b> phải mã HTML?',
              options: [
                { key: 'A', text: 'Đúng' },
                { key: 'B', text: 'Sai' },
              ],
              answer: ['B'],
              correct: ['A'],
              explanation: '',
            },
          ],
        }),
      }),
    );
    await page.evaluate(
      ([id, attempt]) => localStorage.setItem(`lantoa.quiz.${id}.mine`, JSON.stringify({ '1': attempt })),
      [contestId, fake],
    );
    await page.locator('#results').getByRole('button', { name: 'Về trang cuộc thi' }).tap();
    await page.getByRole('button', { name: 'Xem kết quả' }).tap();
    await page.getByText('2 người tham gia.').waitFor();
    await page.getByText('Bài của bạn: 1/2 câu đúng').waitFor();
    // Server text is text, never markup.
    await page.getByText('✗ Câu 2: <b>Không</b> phải mã HTML?').waitFor();
    expect(await page.locator('#resBody b').count()).toBe(0);
    await page.getByRole('heading', { name: 'Giải Nhất' }).waitFor();
    await screenshot(page, 'quiz-10-results-published');

    contestEnded = false;
    await page.locator('#results').getByRole('button', { name: 'Về trang cuộc thi' }).tap();
    await page.getByRole('button', { name: 'Xem kết quả' }).tap();
    await page.getByText('Bài của bạn: 1/2 câu đúng').waitFor();
    await page
      .getByText('Đáp án và giải thích được công bố sau khi cuộc thi kết thúc', { exact: false })
      .waitFor();
    expect(await page.getByText('Đáp án đúng:').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
