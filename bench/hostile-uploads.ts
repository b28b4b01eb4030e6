// `npm run bench -- hostile-uploads`: the security review's worst files (findings 7, 8, 14, 17, 18),
// generated here, sent to every upload route (plan imports, evidence, library, question import,
// template import) as the actors who may use them, against the real server (child process, embedded
// PGlite, demo data), while GET /api/live is polled every 20 ms and the server's RSS is sampled from
// /proc/<pid>/status. Prints, per file and route, the status and time (for plan imports also how the
// background reading ended), then the p50/p99/max latency of /api/live and the RSS growth (peak and
// after the run). Goal: p99 < 100 ms, RSS growth < 200 MB, every file refused or made safe. JSON last.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import {
  A4_PAGE,
  buildPdf,
  catalog,
  concat,
  deflatedRun,
  docxWith,
  encryptedPdf,
  fakePng,
  latin1,
  objectStreamPdf,
  pdfWithOpenAction,
  pixelBomb,
  xlsxWithSheet,
} from '../packages/media/test/hostile-files.ts';
import { startServerProcess } from '../scripts/server-process.ts';

const MB = 1024 * 1024;
const POLL_MS = 20;
const PASSWORD = 'LanToa@2026';

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------- the hostile files

// The building blocks are shared with the media and server tests (packages/media/test/hostile-files.ts).

function honestDocx60(): Uint8Array {
  // 60 MB of paragraphs (the review's file: 247 KB, its document.xml 60 MB, under the old 64 MB cap).
  const paragraph =
    '<w:p><w:r><w:t>Tuyên truyền, phổ biến Nghị quyết 57-NQ/TW đến cán bộ, đảng viên và nhân dân.</w:t></w:r></w:p>';
  const body = paragraph.repeat(Math.ceil((60 * MB) / paragraph.length));
  return docxWith(
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
}

/** A docx whose document.xml declares 2,000 bytes (in both headers) and inflates to `gigabytes` of spaces. */
const lyingDocx = (gigabytes: number) => docxWith({ ...deflatedRun(gigabytes * 1024, 0x20), size: 2000 });

/** An xlsx whose sheet is honestly 1 GiB of whitespace. */
const whitespaceXlsx = () => xlsxWithSheet(deflatedRun(1024, 0x20));

function millionRowsXlsx(): Uint8Array {
  const rows: string[] = [];
  for (let r = 1; r <= 1_000_001; r++) rows.push(`<row r="${r}"><c r="E${r}"><v>${r % 1000}</v></c></row>`);
  return xlsxWithSheet(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
  );
}

function bigPdf(): Uint8Array {
  const junk = new Uint8Array(60 * MB).fill(0x41);
  return buildPdf([
    catalog(),
    ...A4_PAGE,
    concat([latin1(`<< /Length ${junk.length} >>\nstream\n`), junk, latin1('\nendstream')]),
  ]);
}

interface HostileFile {
  name: string;
  bytes: Uint8Array;
  /** What it is, for the table. */
  what: string;
}

async function hostileFiles(): Promise<HostileFile[]> {
  const files: HostileFile[] = [
    { name: 'honest-60mb-xml.docx', bytes: honestDocx60(), what: 'docx, document.xml really 60 MB' },
    { name: 'lying-1gib.docx', bytes: lyingDocx(1), what: 'docx declaring 2,000 bytes, inflating to 1 GiB' },
    { name: 'zipbomb-ws.xlsx', bytes: whitespaceXlsx(), what: 'xlsx, a sheet of 1 GiB whitespace' },
    { name: 'template-1m-rows.xlsx', bytes: millionRowsXlsx(), what: 'xlsx, 1,000,001 rows' },
    { name: 'big-60mb.pdf', bytes: bigPdf(), what: '60 MB PDF' },
    {
      name: 'pdf-js-hexname.pdf',
      bytes: pdfWithOpenAction('<< /S /J#61vaScript /JS (app.alert(1)) >>'),
      what: '/S /J#61vaScript',
    },
    {
      name: 'pdf-launch-hex.pdf',
      bytes: pdfWithOpenAction('<< /S /L#61unch /F (cmd.exe) >>'),
      what: '/S /L#61unch',
    },
    {
      name: 'pdf-js-objstm.pdf',
      bytes: objectStreamPdf('<< /S /JavaScript /JS (app.alert\\("Lan Toa"\\)) >>'),
      what: 'JavaScript in a FlateDecode object stream',
    },
    {
      name: 'pdf-encrypted.pdf',
      bytes: encryptedPdf(),
      what: 'encrypted (standard handler)',
    },
    { name: 'pixelbomb-30000.png', bytes: await pixelBomb(30_000, 30_000), what: 'PNG header 30000×30000' },
    {
      name: 'pixel-9990x9990-rgba.png',
      bytes: await pixelBomb(9990, 9990),
      what: 'PNG header 9990×9990 (99.8 MP)',
    },
    {
      name: 'fake.png',
      bytes: fakePng('<html><script>alert(document.cookie)</script></html>'),
      what: 'PNG signature, then HTML',
    },
  ];
  // A large honest picture under the cap: accepted (made safe), to show what decoding one costs.
  const photo = await sharp({ create: { width: 7000, height: 7000, channels: 3, background: '#3a7' } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  files.push({ name: 'photo-7000x7000.png', bytes: photo, what: 'real 49 MP PNG (control, under the cap)' });
  return files;
}

// ---------------------------------------------------------------- the client

interface Reply {
  status: number;
  body: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

function request(
  port: number,
  method: string,
  path: string,
  body?: Buffer | string,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => {
        if (text.length < 20_000) text += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    // The server may answer 413 and stop reading before the whole body is sent.
    req.on('error', (error) => reject(error));
    req.end(body);
  });
}

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(port: number, username: string): Promise<Session> {
  const res = await new Promise<http.IncomingMessage & { text: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/auth/sign-in',
        agent,
        headers: { 'content-type': 'application/json' },
      },
      (r) => {
        let text = '';
        r.on('data', (c) => {
          text += c;
        });
        r.on('end', () => resolve(Object.assign(r, { text })));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ username, password: PASSWORD }));
  });
  if (res.statusCode !== 200) throw new Error(`sign-in ${username}: ${res.statusCode} ${res.text}`);
  const cookie = String(res.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
  // The CSRF token as the web app gets it: from /api/auth/me after signing in.
  const me = await request(port, 'GET', '/api/auth/me', undefined, { cookie });
  const csrf = (JSON.parse(me.body) as { csrfToken?: string }).csrfToken ?? JSON.parse(res.text).csrfToken;
  return { cookie, csrf };
}

const call = (port: number, s: Session, method: string, path: string, json?: object) =>
  request(port, method, path, json ? JSON.stringify(json) : undefined, {
    cookie: s.cookie,
    'x-csrf-token': s.csrf,
    ...(json ? { 'content-type': 'application/json' } : {}),
  });

function multipartBody(fields: Record<string, string>, name: string, bytes: Uint8Array) {
  const boundary = `----lantoa-bench-${Math.random().toString(16).slice(2)}`;
  const head = Object.entries(fields)
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('');
  const body = Buffer.concat([
    Buffer.from(
      `${head}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

// ---------------------------------------------------------------- probes

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/**
 * Polls GET /api/live from its own thread (its own event loop and connection), so the bench's
 * building and sending of 60 MB bodies never shows up as server latency; times are absolute
 * (timeOrigin + now), comparable across threads.
 */
const POLLER = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let running = true;
parentPort.on('message', () => { running = false; });
const now = () => performance.timeOrigin + performance.now();
const get = () => new Promise((resolve) => {
  const req = http.get({ host: '127.0.0.1', port: workerData.port, path: '/api/live', agent }, (res) => {
    res.resume();
    res.on('end', resolve);
  });
  req.on('error', resolve);
});
(async () => {
  while (running) {
    const start = now();
    await get();
    const took = now() - start;
    parentPort.postMessage({ start, took });
    await new Promise((r) => setTimeout(r, Math.max(0, workerData.pollMs - took)));
  }
  parentPort.postMessage('done');
})();
`;

const absoluteNow = () => performance.timeOrigin + performance.now();

function startProbes(port: number, pid: number) {
  const latencies: number[] = [];
  /** When each /api/live request started (absolute ms), to attribute stalls to an upload. */
  const startedAt: number[] = [];
  const rss: number[] = [];
  const poller = new Worker(POLLER, { eval: true, workerData: { port, pollMs: POLL_MS } });
  const finished = new Promise<void>((resolve) => {
    poller.on('message', (m: { start: number; took: number } | 'done') => {
      if (m === 'done') return resolve();
      latencies.push(m.took);
      startedAt.push(m.start);
    });
  });
  const sampler = setInterval(() => {
    try {
      rss.push(rssMb(pid));
    } catch {
      // the process is gone
    }
  }, 100);
  return {
    latencies,
    startedAt,
    /** The worst /api/live latency among requests in flight during [from, to] (absolute ms). */
    worstBetween: (from: number, to: number) => {
      let worst = 0;
      for (let i = 0; i < latencies.length; i++) {
        const start = startedAt[i] ?? 0;
        const lat = latencies[i] ?? 0;
        if (start <= to && start + lat >= from) worst = Math.max(worst, lat);
      }
      return worst;
    },
    rss,
    stop: async () => {
      clearInterval(sampler);
      poller.postMessage('stop');
      await finished;
      await poller.terminate();
    },
  };
}

// ---------------------------------------------------------------- the run

const dataDir = mkdtempSync(join(tmpdir(), 'lantoa-bench-hostile-'));
console.log('Generating the hostile files…');
const files = await hostileFiles();
for (const f of files)
  console.log(`  ${f.name.padEnd(26)} ${(f.bytes.length / MB).toFixed(2).padStart(7)} MB  ${f.what}`);

const server = await startServerProcess({
  LANTOA_DATA_DIR: dataDir,
  LANTOA_API_PER_MINUTE: '1000000',
  LANTOA_SIGNIN_PER_MINUTE: '1000',
});
const port = server.port;
const pid = server.child.pid ?? 0;
try {
  const coordinator = await signIn(port, 'tq.dieuphoi');
  const focal = await signIn(port, 'hoaan.daumoi');
  const roots = JSON.parse((await call(port, coordinator, 'GET', '/api/bodies/roots')).body);
  const province = roots.items[0].id as string;
  const plans = JSON.parse((await call(port, coordinator, 'GET', '/api/plans')).body).items as {
    id: string;
  }[];
  let periodId = '';
  for (const p of plans) {
    const periods =
      JSON.parse((await call(port, coordinator, 'GET', `/api/plans/${p.id}/periods`)).body).items ?? [];
    if (periods[0]) {
      periodId = periods[0].id;
      break;
    }
  }
  const task = JSON.parse((await call(port, focal, 'GET', '/api/my-tasks')).body).items[0];
  const assignment = JSON.parse(
    (await call(port, focal, 'GET', `/api/assignments/${task.assignmentId}`)).body,
  );
  const occurrenceId = assignment.occurrences[0].id as string;
  const library = {
    title: 'Tài liệu thử',
    summary: '',
    topics: '["Chuyển đổi số"]',
    audience: 'Người dân',
    language: 'vi',
    kind: 'poster',
    usageRights: '',
    shareBodyId: JSON.parse((await call(port, focal, 'GET', '/api/auth/me')).body).user?.body?.id ?? province,
  };
  const routes: { name: string; path: string; who: Session; fields: Record<string, string> }[] = [
    { name: 'plan import', path: '/api/plan-imports', who: coordinator, fields: { bodyId: province } },
    { name: 'evidence', path: `/api/occurrences/${occurrenceId}/evidence`, who: focal, fields: {} },
    { name: 'library', path: '/api/library/items', who: focal, fields: library },
    {
      name: 'question import',
      path: '/api/quiz/questions/import',
      who: coordinator,
      fields: { bodyId: province },
    },
    { name: 'template import', path: `/api/periods/${periodId}/template`, who: coordinator, fields: {} },
  ];

  // Settle, then take the baseline, and /api/live on its own for comparison (the machine is shared).
  await new Promise((r) => setTimeout(r, 2000));
  const baseline = rssMb(pid);
  const idle = startProbes(port, pid);
  await new Promise((r) => setTimeout(r, 5000));
  await idle.stop();
  const probes = startProbes(port, pid);
  const results: {
    file: string;
    route: string;
    status: number;
    ms: number;
    /** Worst /api/live latency while this upload was being handled. */
    liveWorstMs: number;
    outcome: string;
    message: string;
  }[] = [];
  for (const file of files) {
    for (const route of routes) {
      const { body, type } = multipartBody(route.fields, file.name, file.bytes);
      const started = performance.now();
      const startedAbsolute = absoluteNow();
      let reply: Reply;
      try {
        reply = await request(port, 'POST', route.path, body, {
          cookie: route.who.cookie,
          'x-csrf-token': route.who.csrf,
          'content-type': type,
          'content-length': String(body.length),
        });
      } catch (error) {
        reply = { status: 0, body: JSON.stringify({ error: { message: String(error) } }) };
      }
      const ms = performance.now() - started;
      let parsed: {
        error?: { message?: string };
        import?: { id: string };
        evidence?: unknown;
        item?: unknown;
      } = {};
      try {
        parsed = JSON.parse(reply.body);
      } catch {}
      let outcome =
        reply.status >= 400
          ? 'refused'
          : reply.status === 0
            ? 'connection error'
            : 'accepted (inspected, safe)';
      let message = parsed.error?.message ?? '';
      if (reply.status === 202 && parsed.import) {
        // The plan is read in the background: wait for the outcome.
        for (let i = 0; i < 300; i++) {
          const imp = JSON.parse(
            (await call(port, coordinator, 'GET', `/api/plan-imports/${parsed.import.id}`)).body,
          );
          if (imp.status === 'failed' || imp.status === 'ready') {
            outcome = imp.status === 'failed' ? 'refused when read' : 'read (safe)';
            message = imp.error ?? '';
            break;
          }
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      // Let the poller's last samples arrive before judging this upload's window.
      await new Promise((r) => setTimeout(r, 2 * POLL_MS));
      const liveWorstMs = round(probes.worstBetween(startedAbsolute, absoluteNow()));
      results.push({
        file: file.name,
        route: route.name,
        status: reply.status,
        ms: round(ms),
        liveWorstMs,
        outcome,
        message,
      });
      console.log(
        `${file.name.padEnd(26)} ${route.name.padEnd(16)} ${String(reply.status).padStart(3)} ${String(Math.round(ms)).padStart(6)} ms  live≤${String(Math.round(liveWorstMs)).padStart(5)} ms  ${outcome}${message ? `: ${message.slice(0, 80)}` : ''}`,
      );
    }
  }
  await new Promise((r) => setTimeout(r, 3000));
  await probes.stop();
  const end = rssMb(pid);
  const peak = Math.max(baseline, ...probes.rss);
  const lat = probes.latencies;
  const summary = {
    bench: 'hostile-uploads',
    uploads: results.length,
    refusedOrSafe: results.filter(
      (r) => r.outcome !== 'connection error' && !(r.outcome === 'accepted' && r.status < 300),
    ).length,
    liveIdleP99Ms: round(quantile(idle.latencies, 0.99)),
    liveIdleMaxMs: round(Math.max(...idle.latencies)),
    liveRequests: lat.length,
    liveP50Ms: round(quantile(lat, 0.5)),
    liveP99Ms: round(quantile(lat, 0.99)),
    liveMaxMs: round(Math.max(...lat)),
    rssBaselineMb: Math.round(baseline),
    rssPeakGrowthMb: Math.round(peak - baseline),
    rssEndGrowthMb: Math.round(end - baseline),
    goals: {
      p99Under100: quantile(lat, 0.99) < 100,
      rssGrowthUnder200: peak - baseline < 200,
      everyFileRefusedOrSafe: results.every(
        (r) => r.outcome !== 'connection error' && r.outcome !== 'accepted',
      ),
    },
    results,
  };
  console.log('');
  console.log(
    `/api/live while idle: p99 ${summary.liveIdleP99Ms} ms, max ${summary.liveIdleMaxMs} ms (machine load ${loadavg()[0]?.toFixed(1)})`,
  );
  console.log(
    `/api/live: ${lat.length} requests, p50 ${summary.liveP50Ms} ms, p99 ${summary.liveP99Ms} ms, max ${summary.liveMaxMs} ms`,
  );
  console.log(
    `server RSS: baseline ${summary.rssBaselineMb} MB, peak +${summary.rssPeakGrowthMb} MB, after the run +${summary.rssEndGrowthMb} MB`,
  );
  console.log(JSON.stringify(summary));
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
