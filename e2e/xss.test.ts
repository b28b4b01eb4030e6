import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, signIn, signOut } from './support/browser.ts';
import { api as pageApi } from './support/page-api.ts';
import { solidPng } from './support/png.ts';
import { watchRequests } from './support/quiet.ts';
import { repoRoot } from './support/server.ts';
import { type BrowserSession, openSession } from './support/session.ts';

// Security review finding 2: a body name reached the dashboard's chart tooltip as HTML and ran.
// Here every name and text field that a screen shows carries both payloads; each screen is opened
// (charts hovered, the bell opened) and any dialog, console error or CSP violation fails the test.

const PASSWORD = 'LanToa@2026';
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const PAYLOAD = `${IMG}${SCRIPT}`;
/** How the payload reads on screen when it stays text. */
const SHOWN = /onerror=alert\(1\)/;
const PLAN = '178/KH-UBND';
const PERIOD = '6 tháng cuối năm 2026';

type Json = Record<string, unknown> & { id: string; version: number };

const api = <T = Json>(page: Page, method: string, path: string, body?: unknown) =>
  pageApi<T>(page, method, path, body);

/** A multipart upload from the page: text fields, then one file. */
async function upload<T = Json>(
  page: Page,
  path: string,
  fields: Record<string, string>,
  file: { name: string; type: string; content: Buffer },
): Promise<T> {
  const answer = await page.evaluate(
    async ({ path, fields, fileName, type, base64 }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      form.append('file', new File([bytes], fileName, { type }));
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'x-csrf-token': me.csrfToken },
        body: form,
      });
      return { status: response.status, text: await response.text() };
    },
    { path, fields, fileName: file.name, type: file.type, base64: file.content.toString('base64') },
  );
  if (answer.status >= 300) throw new Error(`POST ${path} → ${answer.status} ${answer.text}`);
  return JSON.parse(answer.text) as T;
}

describe('no script from data', () => {
  let session: BrowserSession;
  let page: Page;
  let baseUrl: string;
  let quiet: () => Promise<void>;
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  const violations: string[] = [];
  const ids = {
    province: '',
    hoaAn: '',
    provincePlan: '',
    hoaAnPlan: '',
    period: '',
    indicator: '',
    assignment: '',
    bulletin: '',
    station: '',
    libraryItem: '',
    contest: '',
  };

  /** Opens a screen and waits until it has drawn: the payload as text where `shows` says so. */
  async function visit(path: string, shows = true): Promise<void> {
    await page.goto(`${baseUrl}${path}`);
    await page.getByTestId('user-menu').waitFor();
    if (shows) {
      await page.getByText(SHOWN).first().waitFor({ state: 'attached', timeout: 20_000 });
    }
    await quiet();
    await expectInert(path);
  }

  /** Nothing planted became markup: no element with the payloads' handlers, no planted script. */
  async function expectInert(where: string): Promise<void> {
    const planted = await page.evaluate(() => ({
      handlers: document.querySelectorAll('[onerror], [onload], img[src="x"]').length,
      // Executable scripts only: the contest page's JSON data block holds the payload as data.
      scripts: [...document.scripts].filter(
        (s) => s.type !== 'application/json' && s.textContent?.includes('alert('),
      ).length,
    }));
    expect(planted, where).toEqual({ handlers: 0, scripts: 0 });
  }

  /** Moves the mouse over a chart in a grid of points; returns the texts its tooltip showed. */
  async function hoverChart(testId: string, columns: number[], step = 4): Promise<string[]> {
    const chart = page.getByTestId(testId);
    const canvas = chart.locator('canvas').first();
    await canvas.waitFor({ timeout: 20_000 });
    const box = await canvas.boundingBox();
    if (!box) throw new Error(`${testId} has no canvas box`);
    const seen = new Set<string>();
    for (const column of columns) {
      for (let y = box.y + 2; y < box.y + box.height - 2; y += step) {
        await page.mouse.move(box.x + box.width * column, y);
        const tooltip = chart.locator('.chart-tooltip');
        if ((await tooltip.count()) && (await tooltip.first().isVisible())) {
          seen.add(((await tooltip.first().textContent()) ?? '').trim());
        }
      }
    }
    await page.mouse.move(0, 0);
    return [...seen];
  }

  async function switchTo(username: string): Promise<void> {
    if (await page.getByTestId('user-menu').count()) await signOut(page);
    await signIn(page, baseUrl, username, PASSWORD);
  }

  beforeAll(async () => {
    session = await openSession(pageErrors);
    page = session.page;
    baseUrl = session.server.baseUrl;
    quiet = watchRequests(page);
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // Reported by the page itself, so a violation is caught even where Chromium logs nothing.
    await session.context.exposeBinding('reportCspViolation', (_source, text: string) => {
      violations.push(text);
    });
    await session.context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportCspViolation: (text: string) => void })
          .reportCspViolation;
        report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`);
      });
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('sends a strict policy with the staff app, whose page has no inline script', async () => {
    const response = await fetch(`${baseUrl}/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, content] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\//);
      expect(content?.trim()).toBe('');
    }
    expect(html).not.toMatch(/<[a-z][^<>]*\son[a-z]+=/i);
    // The same file as built, not only as served.
    expect(readFileSync(join(repoRoot, 'apps/web/dist/index.html'), 'utf8')).toBe(html);
  });

  it('plants the payloads, as the administrator, in a body name and account names', async () => {
    await signIn(page, baseUrl, 'admin', PASSWORD);
    const plans = await api<{ items: { id: string; number: string; body: { id: string } }[] }>(
      page,
      'GET',
      '/api/plans',
    );
    const provincePlan = plans.items.find((p) => p.number === PLAN);
    const hoaAnPlan = plans.items.find((p) => p.number === '139/KH-UBND');
    if (!provincePlan || !hoaAnPlan) throw new Error('demo plans missing');
    ids.provincePlan = provincePlan.id;
    ids.province = provincePlan.body.id;
    ids.hoaAnPlan = hoaAnPlan.id;
    ids.hoaAn = hoaAnPlan.body.id;

    const hoaAn = (await api<{ body: Json }>(page, 'GET', `/api/bodies/${ids.hoaAn}`)).body;
    await api(page, 'PATCH', `/api/bodies/${ids.hoaAn}`, {
      name: `Xã Hòa An ${PAYLOAD}`,
      aliases: [`Hòa An ${PAYLOAD}`],
      version: hoaAn.version,
    });
    await api(page, 'POST', '/api/users', {
      bodyId: ids.hoaAn,
      username: 'hoaan.xss',
      fullName: `Nguyễn Văn Thử ${PAYLOAD}`,
      email: 'hoaan.xss@example.vn',
      password: 'Mua-lua-chin-vang-2026',
      roles: [{ role: 'viewer', scopeBodyId: ids.hoaAn }],
    });
    const users = await api<{ items: (Json & { username: string })[] }>(
      page,
      'GET',
      '/api/users?q=hoaan.daumoi',
    );
    const focal = users.items.find((u) => u.username === 'hoaan.daumoi');
    if (!focal) throw new Error('hoaan.daumoi missing');
    await api(page, 'PATCH', `/api/users/${focal.id}`, {
      fullName: `Lê Thị Đầu Mối ${PAYLOAD}`,
      version: focal.version,
    });
  });

  it('plants them, as the coordinator, in plans, indicators, periods, broadcasting, library and quiz', async () => {
    await switchTo('tq.dieuphoi');
    const png = await solidPng(64);

    // A new version of Hòa An's plan whose title and task titles carry the payload.
    const started = await upload<{ import: { id: string } }>(
      page,
      '/api/plan-imports',
      { bodyId: ids.hoaAn, amendsPlanId: ids.hoaAnPlan },
      {
        name: 'hoa-an-2026.txt',
        type: 'text/plain',
        content: readFileSync(join(repoRoot, 'samples/plans/hoa-an-2026.txt')),
      },
    );
    type Draft = Json & {
      status: string;
      extract: { document: { title: string }; tasks: { title: string }[] };
    };
    let draft: Draft | null = null;
    await expect
      .poll(
        async () => {
          draft = await api<Draft>(page, 'GET', `/api/plan-imports/${started.import.id}`);
          return draft.status;
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe('ready');
    const ready = draft as unknown as Draft;
    const extract = {
      ...ready.extract,
      document: { ...ready.extract.document, title: `${ready.extract.document.title} ${PAYLOAD}` },
      tasks: ready.extract.tasks.map((task) => ({ ...task, title: `${task.title} ${PAYLOAD}` })),
    };
    const saved = await api<Draft>(page, 'PATCH', `/api/plan-imports/${ready.id}`, {
      extract,
      version: ready.version,
    });
    await api(page, 'POST', `/api/plan-imports/${ready.id}/publish`, { version: saved.version });

    // An indicator of the province's plan, a period, and a bulletin.
    const indicator = await api(page, 'POST', `/api/plans/${ids.provincePlan}/indicators`, {
      name: `Chỉ tiêu thử ${PAYLOAD}`,
      numeratorLabel: `Tử số ${PAYLOAD}`,
      denominatorLabel: `Mẫu số ${PAYLOAD}`,
      unit: '<svg onload=alert()>',
      targets: [{ year: 2026, comparator: '>=', value: 50 }],
    });
    ids.indicator = indicator.id;
    const periods = await api<{ items: { id: string; label: string }[] }>(
      page,
      'GET',
      `/api/plans/${ids.provincePlan}/periods`,
    );
    ids.period = periods.items.find((p) => p.label === PERIOD)?.id ?? '';
    expect(ids.period).not.toBe('');
    const extraPeriod = await api(page, 'POST', `/api/plans/${ids.provincePlan}/periods`, {
      label: `Kỳ thử ${PAYLOAD}`,
      dataFrom: '2026-10-01',
      dataTo: '2026-11-15',
      dueOn: '2026-11-25',
    });
    // Its reminder reaches Hòa An's focal point with the period's label.
    await api(page, 'POST', `/api/periods/${extraPeriod.id}/remind`, {});

    const bulletin = await api<{ bulletin: Json }>(page, 'POST', '/api/broadcast/bulletins', {
      title: `Bản tin ${PAYLOAD}`,
      text: `Nội dung bản tin ${PAYLOAD}`,
      priority: 'priority',
      targetBodyId: ids.province,
    });
    ids.bulletin = bulletin.bulletin.id;

    // Hòa An's station, renamed, and its log.
    const stations = await api<{ items: (Json & { body: { id: string } })[] }>(
      page,
      'GET',
      '/api/broadcast/stations',
    );
    const station = stations.items.find((s) => s.body.id === ids.hoaAn);
    if (!station) throw new Error('Hòa An has no station');
    ids.station = station.id;
    await api(page, 'PATCH', `/api/broadcast/stations/${station.id}`, {
      name: `Đài ${PAYLOAD}`,
      version: station.version,
    });
    // Aired an hour or two before the page's (pinned) now: an airing in the future is refused.
    const hoursAgo = (hours: number) =>
      page.evaluate((h) => new Date(Date.now() - h * 3_600_000).toISOString(), hours);
    await api(page, 'POST', `/api/broadcast/stations/${station.id}/log`, {
      bulletinId: ids.bulletin,
      airedAt: await hoursAgo(2),
      durationSeconds: 300,
    });
    await api(page, 'POST', `/api/broadcast/stations/${station.id}/log`, {
      title: `Phát ngoài lịch ${PAYLOAD}`,
      airedAt: await hoursAgo(1),
      durationSeconds: 300,
    });

    // A library item: every text field and the file's name.
    const item = await upload<{ item: Json }>(
      page,
      '/api/library/items',
      {
        title: `Áp phích ${PAYLOAD}`,
        summary: `Tóm tắt ${PAYLOAD}`,
        topics: JSON.stringify([`Chủ đề ${PAYLOAD}`]),
        audience: `Người dân ${PAYLOAD}`,
        language: 'vi',
        kind: 'poster',
        usageRights: `Tự do sử dụng ${PAYLOAD}`,
        shareBodyId: ids.province,
      },
      { name: `${IMG}.png`, type: 'image/png', content: png },
    );
    ids.libraryItem = item.item.id;

    // Questions and a contest.
    for (let i = 1; i <= 2; i++) {
      await api(page, 'POST', '/api/quiz/questions', {
        bodyId: ids.province,
        topic: `Chủ đề ${PAYLOAD}`,
        difficulty: 1,
        text: `Câu hỏi ${i} ${PAYLOAD}?`,
        explanation: `Giải thích ${PAYLOAD}`,
        options: [
          { key: 'A', text: `Đúng ${PAYLOAD}`, correct: true },
          { key: 'B', text: `Sai ${PAYLOAD}`, correct: false },
        ],
      });
    }
    const contest = await api(page, 'POST', '/api/quiz/contests', {
      bodyId: ids.province,
      title: `Cuộc thi ${PAYLOAD}`,
      description: `Thể lệ ${PAYLOAD}`,
      eligibleGroups: ['citizens'],
      topicQuotas: [{ topic: `Chủ đề ${PAYLOAD}`, count: 2 }],
      prizeTiers: [{ name: `Giải ${PAYLOAD}`.slice(0, 100), count: 1 }],
      startsOn: '2026-06-01',
      weeks: 2,
    });
    ids.contest = contest.id;
    const loaded = await api(page, 'GET', `/api/quiz/contests/${ids.contest}`);
    await api(page, 'POST', `/api/quiz/contests/${ids.contest}/publish`, { version: loaded.version });
  });

  it('plants them, as Hòa An’s focal point, in progress notes, evidence and the report', async () => {
    await switchTo('hoaan.daumoi');
    const png = await solidPng(32);
    const mine = await api<{
      items: { assignmentId: string; plan: { number: string }; next: { occurrenceId: string } | null }[];
    }>(page, 'GET', '/api/my-tasks');
    // Any open task of the commune (its work on the province's plan is carried by its own plan's).
    const task = mine.items.find((i) => i.next);
    if (!task?.next) throw new Error('Hòa An has no open task');
    ids.assignment = task.assignmentId;
    const detail = await api<{ occurrences: Json[] }>(page, 'GET', `/api/assignments/${ids.assignment}`);
    const occurrence = detail.occurrences.find((o) => o.id === task.next?.occurrenceId);
    if (!occurrence) throw new Error('occurrence missing');
    await api(page, 'POST', `/api/occurrences/${occurrence.id}/progress`, {
      note: `Đã làm ${PAYLOAD}`,
      version: occurrence.version,
    });
    await upload(
      page,
      `/api/occurrences/${occurrence.id}/evidence`,
      {},
      {
        name: `${IMG}.png`,
        type: 'image/png',
        content: png,
      },
    );
    // The server may refuse a `javascript:` address; if it keeps one, the screen must not link it.
    await api(page, 'POST', `/api/occurrences/${occurrence.id}/evidence`, {
      url: 'javascript:alert(4)',
    }).catch((error: Error) => expect(error.message).toMatch(/→ 400/));
    await api(page, 'POST', `/api/occurrences/${occurrence.id}/evidence`, {
      url: `https://hoaan.example.vn/tin?q=${encodeURIComponent(PAYLOAD)}`,
    });

    const reportPath = `/api/periods/${ids.period}/reports/${ids.hoaAn}`;
    const form = await api<{ report: { version: number } }>(page, 'GET', reportPath);
    const report = await api<{ version: number }>(page, 'PUT', reportPath, {
      results: `Kết quả ${PAYLOAD}`,
      difficulties: `Khó khăn ${PAYLOAD}`,
      proposals: `Đề xuất ${PAYLOAD}`,
      values: [{ indicatorId: ids.indicator, numerator: 3, denominator: 4, note: `Ghi chú ${PAYLOAD}` }],
      version: form.report.version,
    });
    await api(page, 'POST', `${reportPath}/submit`, { version: report.version });
  });

  it('and the coordinator returns the report with a comment', async () => {
    await switchTo('tq.dieuphoi');
    const reportPath = `/api/periods/${ids.period}/reports/${ids.hoaAn}`;
    const form = await api<{ report: { version: number } }>(page, 'GET', reportPath);
    await api(page, 'POST', `${reportPath}/return`, {
      comment: `Xem lại ${PAYLOAD}`,
      version: form.report.version,
    });
  });

  it('lets the focal point resubmit, and shows its tasks, history, evidence, report and notifications', async () => {
    await switchTo('hoaan.daumoi');
    await expectInert('user menu');
    const reportPath = `/api/periods/${ids.period}/reports/${ids.hoaAn}`;
    const form = await api<{ report: { version: number } }>(page, 'GET', reportPath);
    await api(page, 'POST', `${reportPath}/submit`, { version: form.report.version });
    await visit('/my-tasks');
    await visit('/calendar', false);
    await visit('/overdue');
    await visit(`/assignments/${ids.assignment}`);
    // A `javascript:` address is never a link.
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await visit(`/reports/${ids.period}/${ids.hoaAn}`);
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notifications').getByText(SHOWN).first().waitFor();
    await expectInert('notifications');
  });

  it('shows the dashboard’s charts and tooltips with the planted names as text', async () => {
    await switchTo('tq.dieuphoi');
    await visit(`/dashboard?planId=${ids.provincePlan}&periodId=${ids.period}`, false);
    // The planted indicator: Hòa An (its name planted too) is its only body with a value, so the
    // "by body" chart has one bar, whose tooltip once ran the name as HTML (review finding 2).
    await page.getByTestId('indicator-select').click();
    await chooseOption(
      page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: 'Chỉ tiêu thử' })
        .first(),
    );
    await quiet();
    for (const chart of ['chart-bodies', 'chart-map', 'chart-completeness']) {
      await page.getByTestId(chart).locator('canvas').first().waitFor({ timeout: 20_000 });
    }
    const tips = await hoverChart('chart-bodies', [0.35, 0.5]);
    expect(tips.some((tip) => tip.includes(`Xã Hòa An ${PAYLOAD}`))).toBe(true);
    if (await page.getByTestId('chart-series').locator('canvas').count())
      await hoverChart('chart-series', [0.5], 20);
    await hoverChart('chart-map', [0.3, 0.5, 0.7], 12);
    await expectInert('dashboard');
  });

  // Each screen the coordinator opens, and whether it shows a payload as text.
  const coordinatorScreens: [string, () => string, boolean][] = [
    ['the plans', () => '/plans', true],
    ['Hòa An’s plan', () => `/plans/${ids.hoaAnPlan}`, true],
    ['the province plan’s indicators', () => `/plans/${ids.provincePlan}?tab=indicators`, true],
    ['the reports hub', () => '/reports', false],
    ['Hòa An’s report', () => `/reports/${ids.period}/${ids.hoaAn}`, true],
    ['the consolidated report', () => `/reports/${ids.period}/consolidated`, true],
    ['the bulletins', () => '/broadcast/bulletins', true],
    ['the bulletin', () => `/broadcast/bulletins/${ids.bulletin}`, true],
    ['the stations', () => '/broadcast/stations', true],
    ['Hòa An’s station', () => `/broadcast/stations/${ids.station}`, true],
    ['the library', () => '/library', true],
    ['the library item', () => `/library/${ids.libraryItem}`, true],
    ['the question bank', () => '/quiz/questions', false],
    ['the contests', () => '/quiz/contests', true],
    ['the contest', () => `/quiz/contests/${ids.contest}`, true],
    ['the round’s results', () => `/quiz/contests/${ids.contest}/rounds/1`, false],
  ];
  for (const [name, path, shows] of coordinatorScreens) {
    it(`opens ${name} with the payloads inert`, async () => {
      await visit(path(), shows);
    });
  }

  it('opens the administrator’s bodies, accounts and audit trail', async () => {
    await switchTo('admin');
    await visit('/bodies', false);
    await page.getByTestId('body-search').fill('hoa an');
    await page.getByTestId('body-search-results').getByText(SHOWN).first().waitFor();
    await expectInert('body search');
    await visit(`/bodies/${ids.hoaAn}`);
    await visit('/users');
    await visit('/audit');
  });

  it('shows the public contest page with its own policy, the payloads as text', async () => {
    const response = await page.goto(`${baseUrl}/thi/${ids.contest}`);
    const policy = (await response?.headerValue('content-security-policy')) ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'none'");
    await page.getByRole('heading', { level: 1 }).getByText(SHOWN).waitFor();
    // Its script ran (the policy allows it): the schedule's result buttons work.
    await page.getByRole('button', { name: 'Xem kết quả' }).first().click();
    await page.locator('#results').waitFor();
    await expectInert('/thi');
  });

  it('still draws the API documentation under the app policy', async () => {
    const response = await page.goto(`${baseUrl}/api/docs/`);
    expect(await response?.headerValue('content-security-policy')).toContain("script-src 'self'");
    await page.locator('.swagger-ui .info .title').getByText('Lan Tỏa API').waitFor({ timeout: 20_000 });
    await page.locator('.swagger-ui .opblock').first().waitFor();
  });

  it('raised no dialog, console error or CSP violation anywhere', () => {
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
