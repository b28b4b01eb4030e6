// Bulletins drafted by the assistant (issue 19, items 3 and 5): from a library document, a plan's
// task and an answer, sized to a session, every body sentence traced to its passage; and, with a
// language model configured, rephrased by a real chat-completions server on the loopback that
// records what it was sent, falling back to the extractive draft when it fails.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spokenSeconds } from '@lantoa/domain';
import { normaliseForSpeech } from '@lantoa/speech';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleText, textToDocx } from '../../../packages/plan-parser/test/fixtures.ts';
import { loadConfig } from '../src/config.ts';
import { lastAudit } from './support/audit.ts';
import { publishSample, signInAsNewUser } from './support/factories.ts';
import { type Agent, bodyIdByCode, multipart, signedInApp, type TestApp } from './support/test-app.ts';

interface DraftSentence {
  text: string;
  source: {
    kind: string;
    id: string;
    title: string;
    section: string;
    passageId: string | null;
    quote: string | null;
  } | null;
}
interface DraftResponse {
  bulletinId: string;
  draft: {
    title: string;
    text: string;
    sentences: DraftSentence[];
    seconds: number;
    targetSeconds: number;
    mode: 'extractive' | 'model';
  };
}

let t: TestApp;
let broadcaster: Agent;
let focal: Agent;
let coordinator: Agent;
let admin: Agent;
let outsider: Agent;
let hoaAn: string;
let itemId: string;
let pendingItemId: string;
let taskId: string;
let stationId: string;
let otherStationId: string;

// The chat-completions server: what it was sent, and how it answers now.
let model: Server;
const sent: { authorization: string | undefined; user: string }[] = [];
let answer: 'rephrase' | 'fail' = 'fail';

/** The passages of a prompt: "[n] heading\ntext" blocks. */
const promptPassages = (user: string) =>
  [...user.matchAll(/^\[(\d+)\] [^\n]*\n([^\n]+)/gmu)].map((m) => ({
    n: Number(m[1]),
    text: m[2] as string,
  }));

function rephrase(response: ServerResponse, user: string) {
  const sentences = promptPassages(user)
    .slice(0, 6)
    .flatMap(({ n, text }) => {
      const quote = text.split(/\s+/).slice(0, 10).join(' ');
      return [
        { text: `Theo tài liệu, ${quote.replace(/[.;:,]+$/, '')}.`, source: n, quote },
        // Invented: a figure the passage does not hold. Dropped by the composer.
        {
          text: 'Xã đã đạt 99% hộ dân dùng điện thoại thông minh.',
          source: n,
          quote: 'đạt 99% hộ dân dùng điện thoại thông minh',
        },
      ];
    });
  response.writeHead(200, { 'content-type': 'application/json' }).end(
    JSON.stringify({
      choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify({ sentences }) } }],
    }),
  );
}

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function uploadDocument(agent: Agent, title: string, text: string): Promise<string> {
  const uploaded = await agent.request({
    method: 'POST',
    url: '/api/library/items',
    ...multipart(
      {
        title,
        summary: '',
        topics: JSON.stringify(['Chuyển đổi số']),
        audience: 'Người dân',
        language: 'vi',
        kind: 'document',
        usageRights: 'Tự do sử dụng, ghi nguồn',
        shareBodyId: hoaAn,
      },
      { name: 'ke-hoach.docx', type: WORD, content: await textToDocx(text) },
    ),
  });
  if (uploaded.statusCode !== 201) throw new Error(`upload failed: ${uploaded.body}`);
  return uploaded.json().item.id;
}

beforeAll(async () => {
  model = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const user = body.messages[1].content as string;
      sent.push({ authorization: request.headers.authorization, user });
      if (answer === 'rephrase') rephrase(response, user);
      else response.writeHead(503).end('{"error":"model loading"}');
    });
  });
  await new Promise<void>((resolve) => model.listen(0, '127.0.0.1', resolve));
  const llm = {
    url: `http://127.0.0.1:${(model.address() as AddressInfo).port}`,
    model: 'vistral-7b',
    apiKey: 'sk-tinh-tq',
  };

  ({ t, broadcaster, focal, coordinator, admin } = await signedInApp(
    {
      broadcaster: 'hoaan.truyenthanh',
      focal: 'hoaan.daumoi',
      coordinator: 'tq.dieuphoi',
      admin: 'admin',
    },
    { llm },
  ));
  hoaAn = await bodyIdByCode(t.handle, '02353');
  const stations = (await admin.get('/api/broadcast/stations')).json().items as {
    id: string;
    body: { id: string };
  }[];
  stationId = stations.find((s) => s.body.id === hoaAn)?.id as string;
  const other = stations.find((s) => s.body.id !== hoaAn) as { id: string; body: { id: string } };
  otherStationId = other.id;
  outsider = await signInAsNewUser(
    t,
    { username: 'khac.truyenthanh', bodyId: other.body.id, role: 'broadcaster' },
    admin,
  );

  itemId = await uploadDocument(
    focal,
    'Kế hoạch truyền thông thực hiện Nghị quyết 57 của tỉnh',
    sampleText('tuyen-quang-2026'),
  );
  const review = await coordinator.post(`/api/library/items/${itemId}/review`, { decision: 'approve' });
  if (review.statusCode !== 200) throw new Error(`review failed: ${review.body}`);
  pendingItemId = await uploadDocument(focal, 'Dự thảo chưa duyệt', sampleText('hoa-an-2026'));

  const { planId } = await publishSample(t, focal, '02353', 'hoa-an-2026.txt');
  const task = await t.handle.db
    .selectFrom('tasks')
    .select('id')
    .where('plan_id', '=', planId)
    .where('title', 'ilike', '%chuyên mục%')
    .orderBy('position')
    .executeTakeFirstOrThrow();
  taskId = task.id;
}, 300_000);

afterAll(async () => {
  await t?.close();
  model?.closeAllConnections();
  await new Promise((resolve) => model?.close(resolve));
});

const draft = (agent: Agent, body: object) => agent.post('/api/assistant/drafts', body);

/** The words of a text without punctuation: what "taken verbatim" compares. */
const words = (text: string) => ` ${text.replace(/[^\p{L}\p{N}&%/]+/gu, ' ').trim()} `;

/** Every body sentence stands on its passage: the passage exists, and holds the sentence (or the quote). */
async function expectTraced(sentences: DraftSentence[], kind: string) {
  const body = sentences.filter((s) => s.source);
  expect(body.length).toBeGreaterThan(0);
  for (const sentence of body) {
    const source = sentence.source as NonNullable<DraftSentence['source']>;
    if (source.kind === 'task') continue;
    expect(source.kind).toBe(kind);
    const passage = await t.handle.db
      .selectFrom('knowledge_passages')
      .select('text')
      .where('id', '=', source.passageId as string)
      .executeTakeFirstOrThrow();
    const said = source.quote ?? sentence.text;
    expect(words(passage.text).includes(words(said)), said).toBe(true);
  }
}

describe('drafting a bulletin from a source', () => {
  it('drafts 3 minutes of a library document, saved as a bulletin draft with its sources, audited', async () => {
    const created = await draft(broadcaster, { from: { kind: 'library_item', id: itemId }, minutes: 3 });
    expect(created.statusCode, created.body).toBe(201);
    const { bulletinId, draft: result } = created.json() as DraftResponse;
    // The model is down (503): the extractive draft, made of the document's own sentences.
    expect(result.mode).toBe('extractive');
    expect(result.targetSeconds).toBe(180);
    const seconds = spokenSeconds(normaliseForSpeech(result.text));
    expect(seconds).toBeGreaterThanOrEqual(180 * 0.85);
    expect(seconds).toBeLessThanOrEqual(180 * 1.15);
    expect(result.seconds).toBe(seconds);
    expect(result.sentences[0]).toEqual({ text: 'Kính thưa bà con nhân dân!', source: null });
    expect(result.text).toContain('Đài truyền thanh xã Hòa An');
    await expectTraced(result.sentences, 'library_item');
    expect(result.sentences.every((s) => s.source === null || s.source.id === itemId)).toBe(true);

    const bulletin = (await broadcaster.get(`/api/broadcast/bulletins/${bulletinId}`)).json().bulletin;
    expect(bulletin).toMatchObject({
      title: result.title,
      text: result.text,
      priority: 'normal',
      target: { id: hoaAn },
      sourceItem: { id: itemId },
      audio: { status: 'none' },
      canEdit: true,
    });
    expect(bulletin.sources).toEqual(result.sentences);
    // A draft: neither placed in a session nor sent to be read out.
    const placed = await t.handle.db
      .selectFrom('broadcast_placements')
      .select('bulletin_id')
      .where('bulletin_id', '=', bulletinId)
      .execute();
    expect(placed).toEqual([]);
    const row = await t.handle.db
      .selectFrom('bulletins')
      .select(['sources', 'audio_status'])
      .where('id', '=', bulletinId)
      .executeTakeFirstOrThrow();
    expect(row.sources).toEqual(result.sentences);
    const audit = await lastAudit(t.handle, 'bulletin.draft', bulletinId);
    expect(audit.after).toMatchObject({
      from: { kind: 'library_item', id: itemId },
      minutes: 3,
      mode: 'extractive',
    });
  });

  it('reads at the station: its name speaks, its body is the target', async () => {
    const created = await draft(broadcaster, {
      from: { kind: 'library_item', id: itemId },
      minutes: 1,
      stationId,
    });
    expect(created.statusCode, created.body).toBe(201);
    const result = (created.json() as DraftResponse).draft;
    const station = (await broadcaster.get('/api/broadcast/stations'))
      .json()
      .items.find((s: { id: string }) => s.id === stationId);
    expect(result.sentences.at(-2)?.text.startsWith(`${station.name} vừa thông tin về`)).toBe(true);
    const seconds = spokenSeconds(normaliseForSpeech(result.text));
    expect(Math.abs(seconds - 60)).toBeLessThanOrEqual(9);
  });

  it('drafts from a plan task: its title, then the plan passages about it', async () => {
    const created = await draft(broadcaster, { from: { kind: 'task', id: taskId }, minutes: 2 });
    expect(created.statusCode, created.body).toBe(201);
    const result = (created.json() as DraftResponse).draft;
    const body = result.sentences.filter((s) => s.source);
    expect(body[0]?.source).toMatchObject({ kind: 'task', id: taskId });
    expect(result.sentences[1]?.text).toMatch(
      /^Thực hiện Kế hoạch số 139\/KH-UBND, Đài truyền thanh xã Hòa An xin/u,
    );
    await expectTraced(result.sentences, 'plan');
    expect(result.seconds).toBeLessThanOrEqual(120 * 1.15);
  });

  it('drafts from an answer, citing the passages that answer', async () => {
    const question =
      'Tỷ lệ người dân tiếp cận thông tin qua hệ thống thông tin cơ sở đến năm 2030 là bao nhiêu?';
    const created = await draft(broadcaster, { from: { kind: 'answer', question }, minutes: 1 });
    expect(created.statusCode, created.body).toBe(201);
    const result = (created.json() as DraftResponse).draft;
    await expectTraced(
      result.sentences.filter((s) => s.source?.kind === 'library_item'),
      'library_item',
    );
    expect(result.sentences.filter((s) => s.source).length).toBeGreaterThan(0);
  });

  it('refuses what the actor may not read or draft, and sources without text to air', async () => {
    // Another commune's broadcaster sees neither Hòa An's document, nor its plan, nor its station.
    for (const from of [
      { kind: 'library_item', id: itemId },
      { kind: 'task', id: taskId },
    ]) {
      expect((await draft(outsider, { from, minutes: 2 })).statusCode).toBe(404);
    }
    expect(
      (
        await draft(broadcaster, {
          from: { kind: 'library_item', id: itemId },
          minutes: 2,
          stationId: otherStationId,
        })
      ).statusCode,
    ).toBe(404);
    // A focal point writes no bulletins.
    expect((await draft(focal, { from: { kind: 'library_item', id: itemId }, minutes: 2 })).statusCode).toBe(
      404,
    );
    // An item not yet approved is not a source to air.
    const pending = await draft(broadcaster, {
      from: { kind: 'library_item', id: pendingItemId },
      minutes: 2,
    });
    expect(pending.statusCode).toBe(400);
    expect(pending.json().error.message).toContain('chưa được duyệt');
    // A question the sources do not answer.
    const unanswered = await draft(broadcaster, {
      from: { kind: 'answer', question: 'Giá vàng miếng hôm nay bao nhiêu một lượng?' },
      minutes: 2,
    });
    expect(unanswered.statusCode).toBe(400);
    // A session is at most 15 minutes.
    expect(
      (await draft(broadcaster, { from: { kind: 'library_item', id: itemId }, minutes: 20 })).statusCode,
    ).toBe(400);
  });
});

describe('with a language model', () => {
  it('rephrases from the passages, keeps only sentences whose quote is in their passage, sends the key', async () => {
    answer = 'rephrase';
    sent.length = 0;
    const created = await draft(broadcaster, { from: { kind: 'library_item', id: itemId }, minutes: 1 });
    expect(created.statusCode, created.body).toBe(201);
    const result = (created.json() as DraftResponse).draft;
    expect(result.mode).toBe('model');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.authorization).toBe('Bearer sk-tinh-tq');
    expect(sent[0]?.user).toContain('Kế hoạch truyền thông thực hiện Nghị quyết 57 của tỉnh');
    const body = result.sentences.filter((s) => s.source);
    expect(body.length).toBeGreaterThan(0);
    expect(body.every((s) => s.text.startsWith('Theo tài liệu,') && s.source?.quote)).toBe(true);
    expect(result.text).not.toContain('99%');
    await expectTraced(result.sentences, 'library_item');
    const seconds = spokenSeconds(normaliseForSpeech(result.text));
    expect(seconds).toBeLessThanOrEqual(60 * 1.15);
  });

  it('falls back to the extractive draft when the model fails', async () => {
    answer = 'fail';
    const created = await draft(broadcaster, { from: { kind: 'task', id: taskId }, minutes: 1 });
    expect(created.statusCode, created.body).toBe(201);
    expect((created.json() as DraftResponse).draft.mode).toBe('extractive');
  });

  it('answers a question in its own words from the passages found, each sentence citing one; extractive when it fails', async () => {
    const question = { question: 'Mục tiêu đến năm 2030 về tỷ lệ người dân tiếp cận thông tin cơ sở?' };
    answer = 'rephrase';
    sent.length = 0;
    const rephrased = await broadcaster.post('/api/assistant/answers', question);
    expect(rephrased.statusCode, rephrased.body).toBe(200);
    const body = rephrased.json();
    expect(body.answer.mode).toBe('model');
    expect(sent[0]?.user).toContain(question.question);
    const shown = new Set(body.passages.map((p: { id: string }) => p.id));
    for (const sentence of body.answer.sentences) {
      expect(sentence.text).not.toContain('99%');
      expect(shown.has(sentence.passageId)).toBe(true);
    }
    answer = 'fail';
    const fallback = await broadcaster.post('/api/assistant/answers', question);
    expect(fallback.json().answer.mode).toBe('extractive');
  });
});

describe('the language model settings', () => {
  it('are optional, need an http(s) address and a model name', () => {
    expect(loadConfig({}).llm).toBeNull();
    expect(
      loadConfig({
        LANTOA_LLM_URL: 'https://llm.tuyenquang.gov.vn/v1',
        LANTOA_LLM_MODEL: 'qwen2.5-7b',
        LANTOA_LLM_API_KEY: ' k ',
      }).llm,
    ).toEqual({ url: 'https://llm.tuyenquang.gov.vn/v1', model: 'qwen2.5-7b', apiKey: 'k' });
    expect(
      loadConfig({ LANTOA_LLM_URL: 'http://10.0.0.5:8000', LANTOA_LLM_MODEL: 'm' }).llm?.apiKey,
    ).toBeUndefined();
    expect(() => loadConfig({ LANTOA_LLM_URL: 'file:///etc/passwd', LANTOA_LLM_MODEL: 'm' })).toThrow(
      /LANTOA_LLM_URL/,
    );
    expect(() => loadConfig({ LANTOA_LLM_URL: 'không phải địa chỉ', LANTOA_LLM_MODEL: 'm' })).toThrow(
      /LANTOA_LLM_URL/,
    );
    expect(() => loadConfig({ LANTOA_LLM_URL: 'http://10.0.0.5:8000' })).toThrow(/LANTOA_LLM_MODEL/);
  });
});
