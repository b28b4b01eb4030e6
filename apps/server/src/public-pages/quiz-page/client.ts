/// <reference lib="dom" />
// The contest page's only script, in the participant's phone browser. The server bundles and
// minifies it when it starts (../browser-script.ts) and inlines it into the page, allowed by its
// hash. No library: server text reaches the DOM only through textContent / append(string).
// Answers are kept in localStorage until the server has them, and sent in small batches (a few
// answers, or after a short wait) and with the submission: fewer requests in a round's last hour.
import type * as quiz from '@lantoa/api-contract/quiz';
import type { z } from 'zod';
import type { PublicContest } from '../quiz-page.ts';

// ---- What the public API answers: the contract's types (erased from the bundle)

type Registration = z.output<typeof quiz.registration>;
type BodyChoice = z.output<typeof quiz.contestBodies>['items'][number];
type Attempt = z.output<typeof quiz.attempt>;
type AttemptQuestion = Attempt['questions'][number];
type RoundResults = z.output<typeof quiz.roundResults>;
type ResultEntry = RoundResults['ranking'][number];
/** Who the page has registered: what it keeps of the registration. */
type Participant = Pick<Registration, 'token' | 'fullName' | 'citizenId'>;
/** What the page keeps of the attempt under way, to resume it after a reload. */
interface OpenAttempt {
  id: string;
  deadlineAt: string;
  round: number;
}

/** The element with this id; the page's markup (quiz-page.ts) has every one this script names. */
function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from the page`);
  return found as T;
}
const inputById = (id: string) => byId<HTMLInputElement>(id);
const buttonById = (id: string) => byId<HTMLButtonElement>(id);

const pageData = JSON.parse(byId('data').textContent ?? '') as { contest: PublicContest; now: number };
const contest = pageData.contest;
const storageKey = `lantoa.quiz.${contest.id}`;
// Server clock minus ours. Trust the phone unless it is clearly wrong: the render time is late by
// the page's own transfer, and the server's time on each API reply (x-server-time, milliseconds)
// corrects larger errors.
let clockOffset = Math.abs(pageData.now - Date.now()) > 60_000 ? pageData.now - Date.now() : 0;

function load<T>(key: string): T | null {
  try {
    return JSON.parse(localStorage.getItem(key) as string) as T | null;
  } catch {
    return null;
  }
}
/** Keeps `value` under `key`, or forgets the key for null/undefined. */
function store(key: string, value: unknown): void {
  try {
    if (value == null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode: the page still works, it just forgets on reload.
  }
}

let participant = load<Participant>(storageKey);
const pad = (n: number) => String(n).padStart(2, '0');
/** dd/mm/yyyy HH:mm in Vietnam time (UTC+7, no daylight saving). */
function vietnamDateTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * 36e5);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
const serverNow = () => Date.now() + clockOffset;
/** A new element with a class and text (as text, never markup). */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text != null) created.textContent = text;
  return created;
}
const OFFLINE = 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.';

interface ApiReply<T> {
  ok: boolean;
  status: number;
  /** The answer's body when ok (null when empty); the error body otherwise. */
  data: T;
  message: string;
  field: string | null;
}

/** One API call; throws on a network failure or timeout. */
async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiReply<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 20_000);
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (participant) headers['x-participant'] = participant.token;
  try {
    const sentAt = Date.now();
    const response = await fetch(`/api/public/${path}`, {
      method,
      headers,
      signal: controller.signal,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // A token of the first form is answered with its successor: keep that one.
    const renewed = response.headers.get('x-participant-token');
    if (renewed && participant) {
      participant = { ...participant, token: renewed };
      store(storageKey, participant);
    }
    const serverTime = Number(response.headers.get('x-server-time'));
    if (serverTime > 0) {
      // Taken halfway through the round trip; follow it only when we are off by more.
      const guess = serverTime - (sentAt + Date.now()) / 2;
      if (Math.abs(guess - clockOffset) > 1500) clockOffset = guess;
    }
    let data: (T & { error?: { message: string; field?: string } }) | null = null;
    try {
      data = await response.json();
    } catch {
      // An empty body.
    }
    const error = data?.error;
    const message = error
      ? error.message
      : response.ok
        ? ''
        : `Máy chủ đang bận (mã ${response.status}). Hãy thử lại sau ít phút.`;
    return {
      ok: response.ok,
      status: response.status,
      data: data as T,
      message,
      field: error?.field ?? null,
    };
  } finally {
    clearTimeout(timer);
  }
}

// Screens: 'start' (info + registration or welcome), 'quiz', 'done', 'results'.
type Screen = 'start' | 'quiz' | 'done' | 'results';
function show(screen: Screen, focusId?: string): void {
  byId('info').hidden = screen !== 'start';
  byId('reg').hidden = screen !== 'start' || !!participant;
  byId('home').hidden = screen !== 'start' || !participant;
  byId('quiz').hidden = screen !== 'quiz';
  byId('qbar').hidden = screen !== 'quiz';
  byId('done').hidden = screen !== 'done';
  byId('results').hidden = screen !== 'results';
  if (screen === 'start' && participant) renderHome(participant);
  if (focusId) byId(focusId).focus();
  window.scrollTo(0, 0);
}
const say = (id: string, text?: string) => {
  byId(id).textContent = text || '';
};

// ---- Welcome of a registered phone

function renderHome(registered: Participant): void {
  byId('homeH').textContent = `Xin chào, ${registered.fullName}`;
  byId('whoId').textContent = `Số CCCD: ${registered.citizenId}`;
  const now = serverNow();
  let openRound: PublicContest['rounds'][number] | null = null;
  let nextRound: PublicContest['rounds'][number] | null = null;
  for (const round of contest.rounds) {
    if (Date.parse(round.opensAt) <= now && now <= Date.parse(round.closesAt)) openRound = round;
    else if (!nextRound && Date.parse(round.opensAt) > now) nextRound = round;
  }
  byId('roundNow').textContent = openRound
    ? `Vòng ${openRound.number} đang mở đến ${vietnamDateTime(openRound.closesAt)}.`
    : nextRound
      ? `Vòng ${nextRound.number} mở lúc ${vietnamDateTime(nextRound.opensAt)}.`
      : 'Các vòng thi đã kết thúc.';
}
buttonById('forgetBtn').onclick = () => {
  participant = null;
  store(storageKey, null);
  show('start', 'regH');
};

// ---- Registration

let chosenBodyId = '';
/** Numbers the body searches, so an older answer arriving late is ignored. */
let searchSequence = 0;
let searchTimer = 0;
const FIELDS = ['fullName', 'phone', 'citizenId', 'group', 'bodyId'];
function fieldError(name: string, text?: string): void {
  byId(`e-${name}`).textContent = text || '';
  byId(name).setAttribute('aria-invalid', text ? 'true' : 'false');
}
function pickBody(body: BodyChoice): void {
  chosenBodyId = body.id;
  inputById('bodyId').value = body.name;
  byId('bodyList').replaceChildren();
  say('picked', `✓ Đã chọn: ${body.name}`);
  fieldError('bodyId', '');
}
inputById('bodyId').addEventListener('input', () => {
  chosenBodyId = '';
  say('picked', '');
  clearTimeout(searchTimer);
  const query = inputById('bodyId').value.trim();
  if (!query) {
    byId('bodyList').replaceChildren();
    return;
  }
  searchTimer = window.setTimeout(() => void searchBodies(query), 250);
});
async function searchBodies(query: string): Promise<void> {
  const sequence = ++searchSequence;
  try {
    const reply = await api<{ items: BodyChoice[] }>(
      'GET',
      `contests/${contest.id}/bodies?q=${encodeURIComponent(query)}`,
    );
    if (sequence !== searchSequence) return; // a newer search is under way
    const list = byId('bodyList');
    list.replaceChildren();
    if (!reply.ok) {
      say('picked', reply.message);
      return;
    }
    if (!reply.data.items.length) {
      say('picked', 'Không tìm thấy tên này. Hãy thử gõ cách khác.');
      return;
    }
    for (const body of reply.data.items) {
      const item = element('li');
      const choose = element('button', '', body.name);
      choose.type = 'button';
      choose.onclick = () => pickBody(body);
      item.append(choose);
      list.append(item);
    }
  } catch {
    if (sequence === searchSequence) say('picked', OFFLINE);
  }
}
async function register(): Promise<void> {
  for (const field of FIELDS) fieldError(field, '');
  say('regMsg', '');
  const value = (id: string) => byId<HTMLInputElement | HTMLSelectElement>(id).value.trim();
  let missing: [string, string] | null = null;
  if (!value('fullName')) missing = ['fullName', 'Hãy nhập đầy đủ họ và tên.'];
  else if (!value('phone')) missing = ['phone', 'Hãy nhập số điện thoại.'];
  else if (!value('citizenId')) missing = ['citizenId', 'Hãy nhập số căn cước công dân.'];
  else if (!value('group')) missing = ['group', 'Hãy chọn đối tượng.'];
  else if (!chosenBodyId) missing = ['bodyId', 'Hãy chọn cơ quan, đơn vị hoặc xã, phường trong danh sách.'];
  if (missing) {
    fieldError(missing[0], missing[1]);
    byId(missing[0]).focus();
    return;
  }
  const submitButton = buttonById('regBtn');
  submitButton.disabled = true;
  say('regMsg', 'Đang gửi…');
  try {
    const reply = await api<Registration>('POST', `contests/${contest.id}/register`, {
      fullName: value('fullName'),
      phone: value('phone'),
      citizenId: value('citizenId'),
      bodyId: chosenBodyId,
      group: value('group'),
    });
    if (reply.ok) {
      participant = {
        token: reply.data.token,
        fullName: reply.data.fullName,
        citizenId: reply.data.citizenId,
      };
      store(storageKey, participant);
      say('regMsg', '');
      show('start', 'homeH');
      // A returning participant keeps the details of their first registration (never overwritten).
      say(
        'homeMsg',
        reply.data.returning
          ? 'Chào mừng bạn quay lại. Bạn tiếp tục với đăng ký đã có (họ tên, đơn vị như lần đầu).'
          : 'Đăng ký thành công.',
      );
    } else if (reply.field && FIELDS.includes(reply.field)) {
      say('regMsg', '');
      fieldError(reply.field, reply.message);
      byId(reply.field).focus();
    } else say('regMsg', reply.message);
  } catch {
    say('regMsg', OFFLINE);
  } finally {
    submitButton.disabled = false;
  }
}
byId('regForm').addEventListener('submit', (event) => {
  event.preventDefault();
  void register();
});

// ---- Taking the quiz

/** The attempt on screen, null outside the quiz. */
let attempt: Attempt | null = null;
/** The question on screen; one past the last is the prediction. */
let current = 0;
/** Question id → the keys chosen, as shown. */
let answers: Record<string, string[]> = {};
/** Question id → keys the server does not have yet (kept in localStorage too). */
let pending: Record<string, string[]> = {};
let clockTimer = 0;
let submitting = false;
const openAttemptKey = `${storageKey}.open`;
const pendingKey = (attemptId: string) => `${storageKey}.pending.${attemptId}`;
const predictionKey = (attemptId: string) => `${storageKey}.prediction.${attemptId}`;

/** The attempt on screen; only called while there is one. */
function onScreen(): Attempt {
  if (!attempt) throw new Error('no attempt on screen');
  return attempt;
}

async function enter(): Promise<void> {
  const enterButton = buttonById('enterBtn');
  enterButton.disabled = true;
  say('homeMsg', 'Đang mở bài thi…');
  try {
    const reply = await api<Attempt>('POST', `contests/${contest.id}/attempts`);
    if (reply.status === 401) {
      participant = null;
      store(storageKey, null);
      show('start', 'regH');
      say('regMsg', reply.message);
      return;
    }
    if (!reply.ok) {
      show('start');
      say('homeMsg', reply.message);
      return;
    }
    say('homeMsg', '');
    openAttempt(reply.data);
  } catch {
    show('start');
    say('homeMsg', OFFLINE);
  } finally {
    enterButton.disabled = false;
  }
}
buttonById('enterBtn').onclick = () => void enter();
buttonById('againBtn').onclick = () => {
  show('start');
  void enter();
};

function openAttempt(opened: Attempt): void {
  attempt = opened;
  answers = {};
  for (const question of opened.questions) answers[question.id] = question.answer || [];
  pending = load<Record<string, string[]>>(pendingKey(opened.id)) || {};
  for (const id of Object.keys(pending)) {
    const keys = pending[id];
    if (id in answers && keys) answers[id] = keys;
    else delete pending[id];
  }
  store(openAttemptKey, {
    id: opened.id,
    deadlineAt: opened.deadlineAt,
    round: opened.round,
  } satisfies OpenAttempt);
  const prediction = load<string>(predictionKey(opened.id));
  inputById('pred').value = prediction == null ? '' : prediction;
  const firstUnanswered = opened.questions.findIndex((question) => !answers[question.id]?.length);
  current = firstUnanswered < 0 ? opened.questions.length : firstUnanswered;
  submitting = false;
  byId('confirm').hidden = true;
  buttonById('submitBtn').hidden = false;
  say(
    'quizMsg',
    opened.questions.some((question) => question.answer?.length)
      ? 'Đã mở lại lượt thi đang làm dở, với các câu trả lời đã chọn.'
      : '',
  );
  show('quiz');
  render();
  startClock();
  void flush();
}

const chosen = (questionId: string): string[] => answers[questionId] ?? [];

function answeredCount(): number {
  return onScreen().questions.filter((question) => chosen(question.id).length).length;
}

function render(): void {
  const questions = onScreen().questions;
  const count = questions.length;
  const atPrediction = current >= count;
  byId('prog').textContent = atPrediction ? 'Dự đoán' : `Câu ${current + 1}/${count}`;
  const dots = byId('dots');
  dots.replaceChildren();
  [...questions, null].forEach((question, index) => {
    const answered = question ? chosen(question.id).length > 0 : false;
    const dot = element('button', answered ? 'done' : '', question ? String(index + 1) : 'Dự đoán');
    dot.type = 'button';
    dot.setAttribute(
      'aria-label',
      question ? `Câu ${index + 1}${answered ? ', đã trả lời' : ', chưa trả lời'}` : 'Câu hỏi dự đoán',
    );
    if (index === current) dot.setAttribute('aria-current', 'step');
    dot.onclick = () => go(index);
    dots.append(dot);
  });
  byId('qBox').hidden = atPrediction;
  byId('predBox').hidden = !atPrediction;
  buttonById('prevBtn').disabled = current === 0;
  buttonById('nextBtn').hidden = atPrediction;
  buttonById('nextBtn').textContent = current === count - 1 ? 'Tiếp: dự đoán ›' : 'Câu sau ›';
  const question = questions[current];
  if (atPrediction || !question) return;
  byId('qNum').textContent = `Câu ${current + 1} / ${count}`;
  byId('qText').textContent = question.text;
  const options = byId('opts');
  options.replaceChildren();
  question.options.forEach((option, index) => {
    const choice = element('button', 'opt');
    choice.type = 'button';
    choice.setAttribute('role', 'checkbox');
    choice.setAttribute('aria-checked', String(chosen(question.id).includes(option.key)));
    choice.append(element('span', 'box', 'ABCDEF'.charAt(index)), element('span', '', option.text));
    choice.onclick = () => toggle(question, option.key, choice);
    options.append(choice);
  });
  showSaveState();
}

function go(index: number): void {
  const count = onScreen().questions.length;
  current = Math.max(0, Math.min(index, count));
  byId('confirm').hidden = true;
  buttonById('submitBtn').hidden = false;
  say('quizMsg', '');
  render();
  byId(current >= count ? 'predH' : 'qNum').focus();
}
buttonById('prevBtn').onclick = () => go(current - 1);
buttonById('nextBtn').onclick = () => go(current + 1);

function toggle(question: AttemptQuestion, key: string, choice: HTMLButtonElement): void {
  if (submitting) return;
  const keys = chosen(question.id).slice();
  const at = keys.indexOf(key);
  if (at >= 0) keys.splice(at, 1);
  else keys.push(key);
  keys.sort();
  answers[question.id] = keys;
  pending[question.id] = keys; // a new array: drainPending() compares by identity
  store(pendingKey(onScreen().id), pending);
  choice.setAttribute('aria-checked', String(at < 0));
  const dot = byId('dots').children[current];
  if (dot) dot.className = keys.length ? 'done' : '';
  scheduleFlush();
  showSaveState();
}

// The save queue. Answers wait in `pending` (and localStorage) and go together: once BATCH_SIZE
// wait, or BATCH_WAIT_MS after the first of them, when the phone hides the page (it may be closed),
// when the connection comes back, and with the submission. On failure they stay and are sent again
// with back-off; sending an answer twice changes nothing on the server.
const BATCH_SIZE = 3;
const BATCH_WAIT_MS = 15_000;
/** The most answers one request carries (the server takes up to 100). */
const MAX_PER_REQUEST = 50;
let flushing: Promise<void> | null = null;
let batchTimer = 0;
let retryTimer = 0;
let retryDelay = 2000;
let failing = false;
/** Sends the pending answers soon: now when BATCH_SIZE wait, else after BATCH_WAIT_MS. */
function scheduleFlush(): void {
  if (Object.keys(pending).length >= BATCH_SIZE) {
    void flush();
    return;
  }
  batchTimer ||= window.setTimeout(() => void flush(), BATCH_WAIT_MS);
}
/** Sends what is pending, once at a time: a call during a flush joins it. */
function flush(): Promise<void> {
  flushing ??= drainPending().finally(() => {
    flushing = null;
  });
  return flushing;
}
/** The pending answers as a request carries them (at most MAX_PER_REQUEST). */
function pendingAnswers(): { questionId: string; optionKeys: string[] }[] {
  return Object.entries(pending)
    .slice(0, MAX_PER_REQUEST)
    .map(([questionId, optionKeys]) => ({ questionId, optionKeys }));
}
/** Forgets the answers the server acknowledged, unless changed since they were sent. */
function acknowledged(sent: { questionId: string; optionKeys: string[] }[], attemptId: string): void {
  for (const answer of sent)
    if (pending[answer.questionId] === answer.optionKeys) delete pending[answer.questionId];
  if (attempt?.id === attemptId) store(pendingKey(attemptId), pending);
}
async function drainPending(): Promise<void> {
  clearTimeout(retryTimer);
  clearTimeout(batchTimer);
  batchTimer = 0;
  const sending = attempt;
  if (!sending) return;
  for (;;) {
    const answers = pendingAnswers();
    if (answers.length === 0 || sending !== attempt || submitting) break;
    let reply: ApiReply<unknown> | null;
    try {
      reply = await api('POST', `attempts/${sending.id}/answers`, { answers });
    } catch {
      reply = null;
    }
    if (!reply || reply.status >= 500 || reply.status === 429 || reply.status === 408) {
      // Try again later.
      failing = true;
      showSaveState();
      retryTimer = window.setTimeout(() => void flush(), retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30_000);
      return;
    }
    if (!reply.ok) say('quizMsg', reply.message); // too late or already submitted: nothing more to do for them
    acknowledged(answers, sending.id);
    failing = false;
    retryDelay = 2000;
    showSaveState();
  }
}
buttonById('retryBtn').onclick = () => {
  retryDelay = 2000;
  void flush();
};
window.addEventListener('online', () => {
  retryDelay = 2000;
  showSaveState();
  void flush();
});
window.addEventListener('offline', () => showSaveState());
// A phone hides the page (another app, the screen locked: it may be closed) or brings it back: send
// what is waiting.
document.addEventListener('visibilitychange', () => void flush());

/** "Saved" under the question and the connection state in the bar. */
function showSaveState(): void {
  if (!attempt) return;
  const waiting = Object.keys(pending).length;
  const offline = failing || !navigator.onLine;
  // Online, answers waiting for their batch are no news: the bar speaks only when the connection fails.
  byId('net').textContent = offline ? (waiting ? `Mất kết nối · ${waiting} câu chờ gửi` : 'Mất kết nối') : '';
  const question = attempt.questions[current];
  if (!question) return;
  const saved = byId('saved');
  const unsaved = question.id in pending;
  saved.className = unsaved ? 'saved wait' : 'saved';
  saved.textContent = unsaved
    ? offline
      ? 'Chưa lưu: sẽ tự gửi lại khi có mạng.'
      : 'Đã ghi trên máy, sẽ gửi lên cùng các câu sau.'
    : chosen(question.id).length
      ? '✓ Đã lưu'
      : '';
  byId('retryBtn').hidden = !(unsaved && offline);
}

function startClock(): void {
  clearInterval(clockTimer);
  const clock = byId('clock');
  const tick = () => {
    const secondsLeft = Math.min(
      contest.timeLimitSeconds,
      Math.ceil((Date.parse(onScreen().deadlineAt) - serverNow()) / 1000),
    );
    if (secondsLeft <= 0) {
      clock.textContent = '00:00';
      clearInterval(clockTimer);
      say('quizMsg', 'Đã hết thời gian làm bài. Bài được nộp tự động.');
      void submit(true);
      return;
    }
    clock.textContent = `${pad(Math.floor(secondsLeft / 60))}:${pad(secondsLeft % 60)}`;
    clock.classList.toggle('low', secondsLeft <= 60);
  };
  tick();
  clockTimer = window.setInterval(tick, 1000);
}

inputById('pred').addEventListener('input', () =>
  store(predictionKey(onScreen().id), inputById('pred').value),
);
buttonById('submitBtn').onclick = () => {
  const count = onScreen().questions.length;
  const answered = answeredCount();
  byId('confirmText').textContent =
    `Bạn đã trả lời ${answered}/${count} câu${answered < count ? ` (còn ${count - answered} câu chưa trả lời)` : ''}` +
    '. Sau khi nộp sẽ không sửa được. Nộp bài?';
  byId('confirm').hidden = false;
  buttonById('submitBtn').hidden = true;
  buttonById('yesBtn').focus();
};
buttonById('noBtn').onclick = () => {
  byId('confirm').hidden = true;
  go(0);
};
buttonById('yesBtn').onclick = () => void submit(false);

/** Submits the attempt on screen; `automatic` when its time ran out (sent even with answers unsent). */
async function submit(automatic: boolean): Promise<void> {
  if (submitting && !automatic) return;
  submitting = true;
  const yesButton = buttonById('yesBtn');
  yesButton.disabled = true;
  byId('confirm').hidden = true;
  buttonById('submitBtn').hidden = false;
  say('quizMsg', 'Đang nộp bài…');
  try {
    // The answers still waiting go with the submission: let a batch under way end first, and send
    // ahead what one request cannot carry.
    clearTimeout(batchTimer);
    clearTimeout(retryTimer);
    await flushing;
    if (Object.keys(pending).length > MAX_PER_REQUEST) {
      submitting = false;
      await flush();
      submitting = true;
    }
    const raw = String(inputById('pred').value).trim();
    const prediction = raw === '' || Number.isNaN(Number(raw)) ? null : Math.max(0, Math.round(Number(raw)));
    const submitted = onScreen().id;
    const answers = pendingAnswers();
    const reply = await api('POST', `attempts/${submitted}/submit`, { prediction, answers });
    if (!reply.ok) {
      say('quizMsg', reply.message);
      submitting = false;
      return;
    }
    acknowledged(answers, submitted);
    finished();
  } catch {
    say(
      'quizMsg',
      'Chưa nộp được bài vì mất kết nối. Bài làm vẫn được giữ; hãy bấm Nộp bài lần nữa khi có mạng.',
    );
    submitting = false;
  } finally {
    yesButton.disabled = false;
  }
}

const mineKey = `${storageKey}.mine`;

function finished(): void {
  clearInterval(clockTimer);
  const submitted = onScreen();
  const count = submitted.questions.length;
  const answered = answeredCount();
  const round = contest.rounds.find((r) => r.number === submitted.round);
  store(pendingKey(submitted.id), null);
  store(predictionKey(submitted.id), null);
  store(openAttemptKey, null);
  // Round number → my attempt in it, to show my own score beside the results.
  const mine = load<Record<string, string>>(mineKey) || {};
  mine[submitted.round] = submitted.id;
  store(mineKey, mine);
  byId('doneCount').textContent = `Bạn đã trả lời ${answered}/${count} câu hỏi.`;
  byId('doneInfo').textContent =
    `Bài thi (lượt ${submitted.number}, vòng ${submitted.round}) đã được ghi nhận.` +
    (round ? ` Kết quả được công bố sau khi vòng thi đóng lúc ${vietnamDateTime(round.closesAt)}.` : '');
  const resultsButton = buttonById('doneResults');
  resultsButton.textContent = `Xem kết quả vòng ${submitted.round}`;
  resultsButton.onclick = () => void showResults(submitted.round);
  attempt = null;
  show('done', 'doneH');
}

// ---- Results of a round (the server answers 409 with a message while the round is open)

async function showResults(roundNumber: number): Promise<void> {
  show('results', 'resH');
  byId('resH').textContent = `Kết quả vòng ${roundNumber}`;
  const box = byId('resBody');
  box.replaceChildren(element('p', '', 'Đang tải…'));
  let reply: ApiReply<RoundResults>;
  try {
    reply = await api<RoundResults>('GET', `contests/${contest.id}/rounds/${roundNumber}/results`);
  } catch {
    box.replaceChildren(element('p', 'msg', OFFLINE));
    return;
  }
  if (!reply.ok) {
    box.replaceChildren(element('p', 'msg', reply.message));
    return;
  }
  const results = reply.data;
  const line = (entry: ResultEntry) =>
    `${entry.name} (${entry.citizenId}) · ${entry.body} · ${entry.correct}/${entry.total} câu đúng`;
  box.replaceChildren(element('p', 'big', `${results.participants} người tham gia.`));
  const myAttemptId = load<Record<string, string>>(mineKey)?.[roundNumber];
  if (participant && myAttemptId) void showMyAttempt(myAttemptId, box);
  if (!results.ranking.length) {
    box.append(element('p', '', 'Vòng này không có bài thi nào được nộp.'));
    return;
  }
  for (const tier of results.winners) {
    box.append(element('h3', '', tier.tier));
    const winners = element('ol', 'rank');
    for (const entry of tier.winners) winners.append(element('li', '', line(entry)));
    box.append(winners);
  }
  box.append(element('h3', '', 'Bảng xếp hạng'));
  const ranking = element('ol', 'rank');
  for (const entry of results.ranking.slice(0, 50)) ranking.append(element('li', '', line(entry)));
  box.append(ranking);
  const tallies = results.tallies
    .slice()
    .sort((a, b) => b.participants - a.participants)
    .slice(0, 30);
  if (tallies.length) {
    box.append(element('h3', '', 'Số người tham gia theo đơn vị'));
    const table = element('table');
    const head = element('tr');
    head.append(element('th', '', 'Đơn vị'), element('th', '', 'Người'), element('th', '', 'Lượt'));
    table.append(head);
    for (const tally of tallies) {
      const row = element('tr');
      row.append(
        element('td', '', tally.body),
        element('td', '', String(tally.participants)),
        element('td', '', String(tally.attempts)),
      );
      table.append(row);
    }
    box.append(table);
  }
}

// One's own attempt after the round closed: the score; the right answers and explanations only
// once the contest has ended (a later round may draw the same questions).
async function showMyAttempt(attemptId: string, box: HTMLElement): Promise<void> {
  try {
    const reply = await api<Attempt>('GET', `attempts/${attemptId}`);
    if (!reply.ok || !reply.data.result) return;
    const reviewed = reply.data;
    const section = element('div');
    section.append(
      element('h3', '', `Bài của bạn: ${reviewed.result?.correct}/${reviewed.result?.total} câu đúng`),
    );
    box.insertBefore(section, box.children[1] || null);
    if (!reviewed.questions.some((question) => question.correct)) {
      const lastRound = contest.rounds[contest.rounds.length - 1];
      section.append(
        element(
          'p',
          'hint',
          'Đáp án và giải thích được công bố sau khi cuộc thi kết thúc' +
            (lastRound ? ` (vòng cuối đóng lúc ${vietnamDateTime(lastRound.closesAt)}).` : '.'),
        ),
      );
      return;
    }
    reviewed.questions.forEach((question, index) => {
      const correct = question.correct || [];
      const right = correct.slice().sort().join() === question.answer.slice().sort().join();
      section.append(
        element('p', right ? 'ok' : 'bad', `${right ? '✓ ' : '✗ '}Câu ${index + 1}: ${question.text}`),
      );
      const rightOptions = question.options
        .filter((option) => correct.includes(option.key))
        .map((option) => option.text);
      section.append(
        element(
          'p',
          'hint',
          `Đáp án đúng: ${rightOptions.join('; ')}${question.explanation ? `. ${question.explanation}` : ''}`,
        ),
      );
    });
  } catch {
    // The review is optional.
  }
}

for (const button of document.querySelectorAll<HTMLElement>('[data-results]')) {
  button.onclick = () => void showResults(Number(button.getAttribute('data-results')));
}
for (const button of document.querySelectorAll<HTMLElement>('[data-back]')) {
  button.onclick = () => show('start');
}

// ---- Start: resume an attempt under way (reload, reconnect), else the welcome or the form.
// The server decides whether its time is up (the phone's clock may be wrong).

async function resume(open: OpenAttempt): Promise<void> {
  try {
    const reply = await api<Attempt>('GET', `attempts/${open.id}`);
    if (reply.status === 401 || reply.status === 404 || (reply.ok && reply.data.submittedAt)) {
      store(openAttemptKey, null);
      return;
    }
    if (!reply.ok) return;
    if (Date.parse(reply.data.deadlineAt) > serverNow()) {
      void enter();
      return;
    }
    // The time ran out while away: submit, with the answers this phone had not sent (they count if
    // they are still in time; the server decides).
    const prediction = Number(load(predictionKey(open.id)));
    const waiting = load<Record<string, string[]>>(pendingKey(open.id)) || {};
    const sent = await api('POST', `attempts/${open.id}/submit`, {
      prediction: prediction > 0 ? Math.round(prediction) : null,
      answers: Object.entries(waiting)
        .slice(0, MAX_PER_REQUEST)
        .map(([questionId, optionKeys]) => ({ questionId, optionKeys })),
    });
    if (sent.ok) {
      store(openAttemptKey, null);
      store(pendingKey(open.id), null);
      say('homeMsg', 'Lượt thi trước đã hết giờ và được nộp tự động với các câu trả lời đã lưu.');
    } else if (sent.status === 409) {
      // The round is over (or the attempt no longer counts): say why, once.
      store(openAttemptKey, null);
      say('homeMsg', sent.message);
    }
  } catch {
    // Offline: "Vào thi" resumes it later.
  }
}
show('start');
const openAtLoad = load<OpenAttempt>(openAttemptKey);
if (participant && openAtLoad) void resume(openAtLoad);
