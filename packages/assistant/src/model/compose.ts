// The optional language model (issue 19, item 5): where a province runs one, answers and drafts are
// rephrased by it, still only from the retrieved passages. Any server that speaks OpenAI's chat
// completions (vLLM, llama.cpp's server, most providers) will do; Node's fetch is all it takes.
// The model is never trusted: each sentence it writes must cite a passage it was given and quote
// that passage word for word; a sentence whose quote is not there, or that cites nothing, is
// dropped. Whatever goes wrong is a ModelError, on which the callers fall back to extractive.
import { ModelError, modelErrors } from './model-error.ts';
import { quoteIsIn } from './quote.ts';

export interface ModelConfig {
  /** The server's address, with or without its trailing /v1 ("http://10.0.0.5:8000"). */
  url: string;
  model: string;
  /** Sent as `Authorization: Bearer <key>`. */
  apiKey?: string | undefined;
  /** How long one answer may take, in full. */
  timeoutMs?: number | undefined;
  /** The longest answer the model may write, in tokens. */
  maxTokens?: number | undefined;
}

export interface ModelPassage {
  id: string;
  title: string;
  section: string;
  text: string;
}

export interface ModelSentence {
  text: string;
  passageId: string;
  /** The passage's own words the sentence rests on, found in it. */
  quote: string;
}

export type ModelComposer = (question: string, passages: readonly ModelPassage[]) => Promise<ModelSentence[]>;

/**
 * A local model on a commune-grade server writes a short answer in a few seconds; past 20 s the
 * extractive answer, ready in milliseconds, serves the broadcaster better than waiting.
 */
export const MODEL_TIMEOUT_MS = 20_000;
/** An answer of a few dozen sentences is a few kilobytes: anything near this is not an answer. */
export const MAX_REPLY_BYTES = 256 * 1024;
/** What is sent: the best passages first, and no more text than a small model's context takes. */
export const MAX_PROMPT_CHARS = 24_000;
const DEFAULT_MAX_TOKENS = 2_048;
const MAX_SENTENCE_CHARS = 1_000;

export const SYSTEM_PROMPT = [
  'Bạn là trợ lý soạn tin cho đài truyền thanh cơ sở ở Việt Nam.',
  'Chỉ dùng thông tin trong các đoạn trích được đánh số [1], [2]… mà người dùng gửi; không thêm bất kỳ',
  'thông tin, số liệu, tên, ngày tháng hay nhận định nào không có trong các đoạn đó.',
  'Mỗi câu bạn viết phải ghi nguồn: số [n] của đúng một đoạn trích, kèm một trích dẫn nguyên văn từ',
  'chính đoạn đó (chép đúng từng chữ, liền nhau, từ 5 đến 40 chữ) làm căn cứ cho câu.',
  'Câu nào không có căn cứ trong các đoạn trích thì không viết.',
  'Nếu các đoạn trích không có thông tin để trả lời, trả về danh sách câu rỗng.',
  'Viết tiếng Việt, câu ngắn, rõ, dễ nghe qua loa truyền thanh.',
  'Chỉ trả về JSON đúng dạng sau, không viết gì khác:',
  '{"sentences": [{"text": "câu bạn viết", "source": 1, "quote": "trích dẫn nguyên văn từ đoạn [1]"}]}',
].join('\n');

/** The chat-completions address: `{url}/v1/chat/completions`, also when the URL given ends in /v1. */
export function chatCompletionsUrl(url: string): string {
  const base = url.replace(/\/+$/, '');
  return /\/v1$/.test(base) ? `${base}/chat/completions` : `${base}/v1/chat/completions`;
}

/** The passages sent, best first: as many as fit in the prompt's size, at least the best one. */
export function promptPassages(passages: readonly ModelPassage[]): ModelPassage[] {
  const sent: ModelPassage[] = [];
  let size = 0;
  for (const passage of passages) {
    size += passage.title.length + passage.section.length + passage.text.length;
    if (size > MAX_PROMPT_CHARS && sent.length > 0) break;
    sent.push(passage);
  }
  return sent;
}

/** The user's message: the numbered passages, then what is asked. */
export function userPrompt(question: string, passages: readonly ModelPassage[]): string {
  const numbered = passages.map((passage, index) => {
    const heading = [passage.title, passage.section].filter(Boolean).join(' — ');
    return `[${index + 1}] ${heading}\n${passage.text.trim().slice(0, MAX_PROMPT_CHARS)}`;
  });
  return `Các đoạn trích:\n\n${numbered.join('\n\n')}\n\nYêu cầu: ${question.trim()}`;
}

export function modelComposer(config: ModelConfig): ModelComposer {
  const endpoint = chatCompletionsUrl(config.url);
  const timeoutMs = config.timeoutMs ?? MODEL_TIMEOUT_MS;
  return async (question, given) => {
    const passages = promptPassages(given);
    if (passages.length === 0) return [];
    const timeout = AbortSignal.timeout(timeoutMs);
    let content: string;
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: config.model,
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            { role: 'user', content: userPrompt(question, passages) },
          ],
          temperature: 0,
          max_tokens: config.maxTokens ?? DEFAULT_MAX_TOKENS,
          stream: false,
        }),
        signal: timeout,
      });
      const body = await readLimited(response, MAX_REPLY_BYTES);
      if (response.status === 401 || response.status === 403) throw modelErrors.refused(response.status);
      if (!response.ok) throw modelErrors.failed(response.status, body.slice(0, 300));
      content = replyContent(body);
    } catch (error) {
      if (error instanceof ModelError) throw error;
      if (timeout.aborted) throw modelErrors.timeout(timeoutMs);
      throw modelErrors.unreachable(endpoint, error);
    }
    return checkedSentences(content, passages);
  };
}

/** The response's body as text, refused once it grows past `max` bytes (the rest is not read). */
async function readLimited(response: Response, max: number): Promise<string> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > max) {
      await response.body.cancel().catch(() => {});
      throw modelErrors.tooLarge(max);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The assistant's message of a chat completion. */
function replyContent(body: string): string {
  let reply: unknown;
  try {
    reply = JSON.parse(body);
  } catch {
    throw modelErrors.malformed(`not JSON: ${body.slice(0, 200)}`);
  }
  const content = (reply as { choices?: { message?: { content?: unknown } }[] })?.choices?.[0]?.message
    ?.content;
  if (typeof content !== 'string') throw modelErrors.malformed('no choices[0].message.content');
  return content;
}

/**
 * The model's sentences that stand on a passage: each must name a passage it was given and quote
 * it; the others are dropped. A reply that is not the JSON asked for is an error (the caller falls
 * back), an empty list an answer (nothing in the passages answers).
 */
export function checkedSentences(content: string, passages: readonly ModelPassage[]): ModelSentence[] {
  // Models wrap JSON in a Markdown fence, or add a word before it, despite being told not to.
  const start = content.indexOf('{');
  const end = content.lastIndexOf('}');
  let parsed: unknown;
  try {
    parsed = start >= 0 && end > start ? JSON.parse(content.slice(start, end + 1)) : undefined;
  } catch {
    parsed = undefined;
  }
  const items = (parsed as { sentences?: unknown })?.sentences;
  if (!Array.isArray(items)) throw modelErrors.malformed(`no "sentences" list: ${content.slice(0, 200)}`);
  const kept: ModelSentence[] = [];
  for (const item of items as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { text, source, quote } = item as Record<string, unknown>;
    if (typeof text !== 'string' || typeof quote !== 'string') continue;
    const number = typeof source === 'number' ? source : Number(String(source ?? '').replace(/[[\]\s]/g, ''));
    const passage = Number.isInteger(number) ? passages[number - 1] : undefined;
    if (!passage || !quoteIsIn(quote, passage.text)) continue;
    // The citation is kept beside the sentence, not in it: the text is what will be read out.
    const said = text
      .normalize('NFC')
      .replace(/\s*\[\d+\]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!said || said.length > MAX_SENTENCE_CHARS) continue;
    kept.push({ text: said, passageId: passage.id, quote: quote.normalize('NFC').trim() });
  }
  return kept;
}
