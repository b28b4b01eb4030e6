// The model adapter against a real HTTP server on the loopback that speaks the chat-completions
// protocol, as the e-mail tests use a real SMTP server: it records what it was sent and answers as
// each test tells it (good and bad citations, a hang, nonsense).
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chatCompletionsUrl, type ModelPassage, modelComposer, SYSTEM_PROMPT } from '../src/model/compose.ts';
import { ModelError } from '../src/model/model-error.ts';
import { quoteIsIn } from '../src/model/quote.ts';

interface Received {
  url: string;
  headers: IncomingHttpHeaders;
  body: {
    model: string;
    temperature: number;
    messages: { role: string; content: string }[];
  };
}

let server: Server;
let baseUrl: string;
const received: Received[] = [];
let answer: (response: ServerResponse) => void;

const completion = (content: string) =>
  JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    model: 'qwen-test',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  });
const replyWith = (content: string) => (response: ServerResponse) =>
  response.writeHead(200, { 'content-type': 'application/json' }).end(completion(content));

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        url: request.url ?? '',
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      answer(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received.length = 0;
});

const PASSAGES: ModelPassage[] = [
  {
    id: 'passage-a',
    title: 'Kế hoạch số 45/KH-UBND về chuyển đổi số',
    section: 'I. Mục tiêu',
    text: 'Đến năm 2030, 100% hộ gia đình được tiếp cận thông tin thiết yếu qua hệ thống thông tin cơ sở; tỷ lệ người dân trưởng thành có danh tính số đạt 80%.',
  },
  {
    id: 'passage-b',
    title: 'Nghị quyết 57-NQ/TW',
    section: 'III. Nhiệm vụ',
    text: 'Đẩy mạnh tuyên truyền, nâng cao nhận thức về vai trò của KH&CN, ĐMST và CĐS trên hệ thống loa truyền thanh cơ sở.',
  },
];
const QUESTION =
  'Mục tiêu đến năm 2030 về tỷ lệ người dân tiếp cận thông tin qua hệ thống thông tin cơ sở là bao nhiêu?';

describe('the model composer', () => {
  it('sends the passages and the question, and keeps only sentences whose quote is in the cited passage', async () => {
    answer = replyWith(
      [
        '```json',
        JSON.stringify({
          sentences: [
            {
              text: 'Đến năm 2030, mọi hộ gia đình sẽ được tiếp cận thông tin thiết yếu [1].',
              source: 1,
              // Folded and without punctuation it is the passage's words: kept.
              quote: 'đến năm 2030 100% hộ gia đình được tiếp cận thông tin thiết yếu',
            },
            {
              text: 'Tám mươi phần trăm người trưởng thành sẽ có danh tính số.',
              source: '[1]',
              quote: 'tỷ lệ người dân trưởng thành có danh tính số đạt 80%',
            },
            // Cites the wrong passage: its quote is in [1], not in [2].
            {
              text: 'Mọi hộ được tiếp cận thông tin.',
              source: 2,
              quote: 'hộ gia đình được tiếp cận thông tin thiết yếu',
            },
            // A quote the passage does not have (the number changed).
            {
              text: 'Tỷ lệ đạt 90%.',
              source: 1,
              quote: 'tỷ lệ người dân trưởng thành có danh tính số đạt 90%',
            },
            // No source at all, and a source that was never given.
            { text: 'Xã sẽ phát thêm hai buổi mỗi tuần.', quote: 'phát thêm hai buổi mỗi tuần' },
            { text: 'Theo tài liệu khác.', source: 7, quote: 'hệ thống thông tin cơ sở' },
            // Too short a quote to prove anything.
            { text: 'Có loa truyền thanh.', source: 2, quote: 'loa truyền thanh' },
            'not an object',
          ],
        }),
        '```',
      ].join('\n'),
    );
    const compose = modelComposer({ url: `${baseUrl}/`, model: 'qwen-test', apiKey: 'sk-local-123' });
    const sentences = await compose(QUESTION, PASSAGES);

    expect(sentences).toEqual([
      {
        text: 'Đến năm 2030, mọi hộ gia đình sẽ được tiếp cận thông tin thiết yếu.',
        passageId: 'passage-a',
        quote: 'đến năm 2030 100% hộ gia đình được tiếp cận thông tin thiết yếu',
      },
      {
        text: 'Tám mươi phần trăm người trưởng thành sẽ có danh tính số.',
        passageId: 'passage-a',
        quote: 'tỷ lệ người dân trưởng thành có danh tính số đạt 80%',
      },
    ]);

    expect(received).toHaveLength(1);
    const [request] = received as [Received];
    expect(request.url).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer sk-local-123');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body.model).toBe('qwen-test');
    expect(request.body.temperature).toBe(0);
    expect(request.body.messages[0]).toEqual({ role: 'system', content: SYSTEM_PROMPT });
    const user = request.body.messages[1]?.content ?? '';
    expect(user).toContain(`[1] ${PASSAGES[0]?.title} — I. Mục tiêu\n${PASSAGES[0]?.text}`);
    expect(user).toContain(`[2] ${PASSAGES[1]?.title} — III. Nhiệm vụ\n${PASSAGES[1]?.text}`);
    expect(user).toContain(QUESTION);
  });

  it('sends no key when none is set and accepts a URL ending in /v1', async () => {
    answer = replyWith('{"sentences": []}');
    const sentences = await modelComposer({ url: `${baseUrl}/v1`, model: 'm' })(QUESTION, PASSAGES);
    expect(sentences).toEqual([]);
    expect(received[0]?.url).toBe('/v1/chat/completions');
    expect(received[0]?.headers.authorization).toBeUndefined();
  });

  it('asks nothing when there is no passage', async () => {
    expect(await modelComposer({ url: baseUrl, model: 'm' })(QUESTION, [])).toEqual([]);
    expect(received).toHaveLength(0);
  });

  it('gives up on a server that hangs, with a timeout error', async () => {
    answer = () => {};
    const compose = modelComposer({ url: baseUrl, model: 'm', timeoutMs: 300 });
    const error = await compose(QUESTION, PASSAGES).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).code).toBe('timeout');
  });

  it('refuses a malformed reply with an error the caller can fall back on', async () => {
    const compose = modelComposer({ url: baseUrl, model: 'm' });
    const codeOf = async () =>
      ((await compose(QUESTION, PASSAGES).catch((e: unknown) => e)) as ModelError).code;

    answer = (response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html>proxy</html>');
    expect(await codeOf()).toBe('malformed');
    answer = (response) => response.writeHead(200).end(JSON.stringify({ choices: [] }));
    expect(await codeOf()).toBe('malformed');
    answer = replyWith('Xin lỗi, tôi không thể trả lời câu hỏi này.');
    expect(await codeOf()).toBe('malformed');
    answer = (response) => response.writeHead(401).end('{"error":"invalid key"}');
    expect(await codeOf()).toBe('refused');
    answer = (response) => response.writeHead(500).end('{"error":"out of memory"}');
    expect(await codeOf()).toBe('failed');
    answer = (response) => response.writeHead(200).end('x'.repeat(300 * 1024));
    expect(await codeOf()).toBe('too_large');
  });

  it('reports a server that is not there as unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await modelComposer({ url: `http://127.0.0.1:${port}`, model: 'm' })(
      QUESTION,
      PASSAGES,
    ).catch((e: unknown) => e);
    expect((error as ModelError).code).toBe('unreachable');
  });
});

describe('the quote check', () => {
  it('compares folded words, whole and in order', () => {
    const passage = PASSAGES[1]?.text ?? '';
    expect(quoteIsIn('nâng cao nhận thức về vai trò của KH&CN', passage)).toBe(true);
    expect(quoteIsIn('NÂNG CAO NHẬN THỨC, VỀ VAI TRÒ', passage)).toBe(true);
    expect(quoteIsIn('nhận thức về vai trò nâng cao', passage)).toBe(false);
    expect(quoteIsIn('ao nhận thức về vai', passage)).toBe(false);
    expect(quoteIsIn('', passage)).toBe(false);
  });

  it('builds the endpoint from the configured address', () => {
    expect(chatCompletionsUrl('https://llm.tuyenquang.gov.vn')).toBe(
      'https://llm.tuyenquang.gov.vn/v1/chat/completions',
    );
    expect(chatCompletionsUrl('https://api.provider.vn/v1/')).toBe(
      'https://api.provider.vn/v1/chat/completions',
    );
  });
});
