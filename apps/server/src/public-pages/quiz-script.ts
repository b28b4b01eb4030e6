// The contest page's only script: plain ES2020, no library. Server text reaches the DOM only through
// textContent / append(string). Answers are kept in localStorage until the server has them.
export const QUIZ_SCRIPT = `(function () {
'use strict';
var D = JSON.parse(document.getElementById('data').textContent);
var C = D.contest;
var KEY = 'lantoa.quiz.' + C.id;
// Server clock minus ours. Trust the phone unless it is clearly wrong: the render time is late by
// the page's own transfer, and the server's time on each API reply (x-server-time, milliseconds)
// corrects larger errors.
var offset = Math.abs(D.now - Date.now()) > 60000 ? D.now - Date.now() : 0;
var $ = function (id) { return document.getElementById(id); };
var load = function (k) { try { return JSON.parse(localStorage.getItem(k)); } catch (e) { return null; } };
var store = function (k, v) {
  try { if (v == null) localStorage.removeItem(k); else localStorage.setItem(k, JSON.stringify(v)); } catch (e) { /* private mode */ }
};
var me = load(KEY); // { token, fullName, citizenId }
var pad = function (n) { return String(n).padStart(2, '0'); };
var fmt = function (iso) { // dd/mm/yyyy HH:mm in Vietnam time
  var d = new Date(Date.parse(iso) + 7 * 36e5);
  return pad(d.getUTCDate()) + '/' + pad(d.getUTCMonth() + 1) + '/' + d.getUTCFullYear() + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes());
};
var now = function () { return Date.now() + offset; };
var el = function (tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};
var OFFLINE = 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.';

// One API call; throws on a network failure or timeout, else { ok, status, data, message }.
async function api(method, path, body) {
  var ctl = new AbortController();
  var timer = setTimeout(function () { ctl.abort(); }, 20000);
  var headers = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (me) headers['x-participant'] = me.token;
  try {
    var sent = Date.now();
    var res = await fetch('/api/public/' + path, { method: method, headers: headers, signal: ctl.signal,
      body: body === undefined ? undefined : JSON.stringify(body) });
    var server = Number(res.headers.get('x-server-time'));
    if (server > 0) { // taken halfway through the round trip; follow it only when we are off by more
      var guess = server - (sent + Date.now()) / 2;
      if (Math.abs(guess - offset) > 1500) offset = guess;
    }
    var data = null;
    try { data = await res.json(); } catch (e) { /* empty body */ }
    var message = data && data.error ? data.error.message : (res.ok ? '' : 'Máy chủ đang bận (mã ' + res.status + '). Hãy thử lại sau ít phút.');
    return { ok: res.ok, status: res.status, data: data, message: message, field: data && data.error ? data.error.field : null };
  } finally { clearTimeout(timer); }
}

// Screens: 'start' (info + registration or welcome), 'quiz', 'done', 'results'.
function show(name, focusId) {
  $('info').hidden = name !== 'start';
  $('reg').hidden = name !== 'start' || !!me;
  $('home').hidden = name !== 'start' || !me;
  $('quiz').hidden = name !== 'quiz';
  $('qbar').hidden = name !== 'quiz';
  $('done').hidden = name !== 'done';
  $('results').hidden = name !== 'results';
  if (name === 'start' && me) renderHome();
  if (focusId) { $(focusId).focus(); }
  window.scrollTo(0, 0);
}
var msg = function (id, text) { $(id).textContent = text || ''; };

// ---- Welcome of a registered phone
function renderHome() {
  $('homeH').textContent = 'Xin chào, ' + me.fullName;
  $('whoId').textContent = 'Số CCCD: ' + me.citizenId;
  var t = now(), open = null, next = null;
  C.rounds.forEach(function (r) {
    if (Date.parse(r.opensAt) <= t && t <= Date.parse(r.closesAt)) open = r;
    else if (!next && Date.parse(r.opensAt) > t) next = r;
  });
  $('roundNow').textContent = open ? 'Vòng ' + open.number + ' đang mở đến ' + fmt(open.closesAt) + '.'
    : next ? 'Vòng ' + next.number + ' mở lúc ' + fmt(next.opensAt) + '.' : 'Các vòng thi đã kết thúc.';
}
$('forgetBtn').onclick = function () { me = null; store(KEY, null); show('start', 'regH'); };

// ---- Registration
var bodyId = '', searchSeq = 0, searchTimer = 0;
var FIELDS = ['fullName', 'phone', 'citizenId', 'group', 'bodyId'];
function fieldError(name, text) {
  $('e-' + name).textContent = text || '';
  $(name).setAttribute('aria-invalid', text ? 'true' : 'false');
}
function pickBody(b) {
  bodyId = b.id;
  $('bodyId').value = b.name;
  $('bodyList').replaceChildren();
  msg('picked', '✓ Đã chọn: ' + b.name);
  fieldError('bodyId', '');
}
$('bodyId').addEventListener('input', function () {
  bodyId = '';
  msg('picked', '');
  clearTimeout(searchTimer);
  var q = this.value.trim();
  if (!q) { $('bodyList').replaceChildren(); return; }
  searchTimer = setTimeout(function () { searchBodies(q); }, 250);
});
async function searchBodies(q) {
  var seq = ++searchSeq;
  try {
    var r = await api('GET', 'contests/' + C.id + '/bodies?q=' + encodeURIComponent(q));
    if (seq !== searchSeq) return; // a newer search is under way
    var list = $('bodyList');
    list.replaceChildren();
    if (!r.ok) { msg('picked', r.message); return; }
    if (!r.data.items.length) { msg('picked', 'Không tìm thấy tên này. Hãy thử gõ cách khác.'); return; }
    r.data.items.forEach(function (b) {
      var li = el('li'), btn = el('button', '', b.name);
      btn.type = 'button';
      btn.onclick = function () { pickBody(b); };
      li.append(btn);
      list.append(li);
    });
  } catch (e) { if (seq === searchSeq) msg('picked', OFFLINE); }
}
$('regForm').addEventListener('submit', async function (ev) {
  ev.preventDefault();
  FIELDS.forEach(function (f) { fieldError(f, ''); });
  msg('regMsg', '');
  var v = function (id) { return $(id).value.trim(); };
  var missing = null;
  if (!v('fullName')) missing = ['fullName', 'Hãy nhập đầy đủ họ và tên.'];
  else if (!v('phone')) missing = ['phone', 'Hãy nhập số điện thoại.'];
  else if (!v('citizenId')) missing = ['citizenId', 'Hãy nhập số căn cước công dân.'];
  else if (!v('group')) missing = ['group', 'Hãy chọn đối tượng.'];
  else if (!bodyId) missing = ['bodyId', 'Hãy chọn cơ quan, đơn vị hoặc xã, phường trong danh sách.'];
  if (missing) { fieldError(missing[0], missing[1]); $(missing[0]).focus(); return; }
  var btn = $('regBtn');
  btn.disabled = true;
  msg('regMsg', 'Đang gửi…');
  try {
    var r = await api('POST', 'contests/' + C.id + '/register', { fullName: v('fullName'), phone: v('phone'),
      citizenId: v('citizenId'), bodyId: bodyId, group: v('group') });
    if (r.ok) {
      me = { token: r.data.token, fullName: r.data.fullName, citizenId: r.data.citizenId };
      store(KEY, me);
      msg('regMsg', '');
      show('start', 'homeH');
      // A returning participant keeps the details of their first registration (never overwritten).
      msg('homeMsg', r.data.returning ? 'Chào mừng bạn quay lại. Bạn tiếp tục với đăng ký đã có (họ tên, đơn vị như lần đầu).' : 'Đăng ký thành công.');
    } else if (r.field && FIELDS.indexOf(r.field) >= 0) {
      msg('regMsg', '');
      fieldError(r.field, r.message);
      $(r.field).focus();
    } else msg('regMsg', r.message);
  } catch (e) { msg('regMsg', OFFLINE); }
  finally { btn.disabled = false; }
});

// ---- Taking the quiz
var A = null, cur = 0, answers = {}, pending = {}, clock = 0, submitting = false;
var OPEN = KEY + '.open'; // the attempt under way: { id, deadlineAt }
var pendKey = function () { return KEY + '.pending.' + A.id; };
var predKey = function () { return KEY + '.prediction.' + A.id; };

async function enter() {
  var btn = $('enterBtn');
  btn.disabled = true;
  msg('homeMsg', 'Đang mở bài thi…');
  try {
    var r = await api('POST', 'contests/' + C.id + '/attempts');
    if (r.status === 401) { me = null; store(KEY, null); show('start', 'regH'); msg('regMsg', r.message); return; }
    if (!r.ok) { show('start'); msg('homeMsg', r.message); return; }
    msg('homeMsg', '');
    openAttempt(r.data);
  } catch (e) { show('start'); msg('homeMsg', OFFLINE); }
  finally { btn.disabled = false; }
}
$('enterBtn').onclick = enter;
$('againBtn').onclick = function () { show('start'); enter(); };

function openAttempt(a) {
  A = a;
  answers = {};
  a.questions.forEach(function (q) { answers[q.id] = q.answer || []; });
  pending = load(pendKey()) || {};
  Object.keys(pending).forEach(function (id) { if (id in answers) answers[id] = pending[id]; else delete pending[id]; });
  store(OPEN, { id: a.id, deadlineAt: a.deadlineAt, round: a.round });
  $('pred').value = load(predKey()) == null ? '' : load(predKey());
  var first = a.questions.findIndex(function (q) { return !answers[q.id].length; });
  cur = first < 0 ? a.questions.length : first;
  submitting = false;
  $('confirm').hidden = true;
  $('submitBtn').hidden = false;
  msg('quizMsg', a.questions.some(function (q) { return q.answer && q.answer.length; }) ? 'Đã mở lại lượt thi đang làm dở, với các câu trả lời đã chọn.' : '');
  show('quiz');
  render();
  startClock();
  flush();
}

function answeredCount() {
  return A.questions.filter(function (q) { return answers[q.id].length; }).length;
}

function render() {
  var qs = A.questions, n = qs.length, atPred = cur >= n;
  $('prog').textContent = atPred ? 'Dự đoán' : 'Câu ' + (cur + 1) + '/' + n;
  var dots = $('dots');
  dots.replaceChildren();
  qs.concat([null]).forEach(function (q, i) {
    var b = el('button', q && answers[q.id].length ? 'done' : '', q ? String(i + 1) : 'Dự đoán');
    b.type = 'button';
    b.setAttribute('aria-label', q ? 'Câu ' + (i + 1) + (answers[q.id].length ? ', đã trả lời' : ', chưa trả lời') : 'Câu hỏi dự đoán');
    if (i === cur) b.setAttribute('aria-current', 'step');
    b.onclick = function () { go(i); };
    dots.append(b);
  });
  $('qBox').hidden = atPred;
  $('predBox').hidden = !atPred;
  $('prevBtn').disabled = cur === 0;
  $('nextBtn').hidden = atPred;
  $('nextBtn').textContent = cur === n - 1 ? 'Tiếp: dự đoán ›' : 'Câu sau ›';
  if (atPred) return;
  var q = qs[cur];
  $('qNum').textContent = 'Câu ' + (cur + 1) + ' / ' + n;
  $('qText').textContent = q.text;
  var opts = $('opts');
  opts.replaceChildren();
  q.options.forEach(function (o, i) {
    var b = el('button', 'opt');
    b.type = 'button';
    b.setAttribute('role', 'checkbox');
    b.setAttribute('aria-checked', String(answers[q.id].indexOf(o.key) >= 0));
    b.append(el('span', 'box', 'ABCDEF'.charAt(i)), el('span', '', o.text));
    b.onclick = function () { toggle(q, o.key, b); };
    opts.append(b);
  });
  status();
}

function go(i) {
  cur = Math.max(0, Math.min(i, A.questions.length));
  $('confirm').hidden = true;
  $('submitBtn').hidden = false;
  msg('quizMsg', '');
  render();
  $(cur >= A.questions.length ? 'predH' : 'qNum').focus();
}
$('prevBtn').onclick = function () { go(cur - 1); };
$('nextBtn').onclick = function () { go(cur + 1); };

function toggle(q, key, button) {
  if (submitting) return;
  var keys = answers[q.id].slice(), at = keys.indexOf(key);
  if (at >= 0) keys.splice(at, 1); else keys.push(key);
  keys.sort();
  answers[q.id] = keys;
  pending[q.id] = keys; // a new array: flush() compares by identity
  store(pendKey(), pending);
  button.setAttribute('aria-checked', String(at < 0));
  var dot = $('dots').children[cur];
  dot.className = keys.length ? 'done' : '';
  flush();
  status();
}

// The save queue: PUT each pending answer in turn; on failure keep it and retry with back-off.
var flushing = null, retryTimer = 0, retryDelay = 2000, failing = false;
function flush() {
  if (!flushing) flushing = drain().finally(function () { flushing = null; });
  return flushing;
}
async function drain() {
  clearTimeout(retryTimer);
  if (!A) return;
  var attempt = A;
  for (;;) {
    var ids = Object.keys(pending);
    if (!ids.length || attempt !== A) break;
    var id = ids[0], keys = pending[id], r;
    try { r = await api('PUT', 'attempts/' + attempt.id + '/answers/' + id, { optionKeys: keys }); }
    catch (e) { r = null; }
    if (!r || r.status >= 500 || r.status === 429 || r.status === 408) { // try again later
      failing = true;
      status();
      retryTimer = setTimeout(flush, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
      return;
    }
    if (!r.ok) msg('quizMsg', r.message); // too late or already submitted: nothing more to do for it
    if (pending[id] === keys) delete pending[id];
    if (attempt === A) store(pendKey(), pending);
    failing = false;
    retryDelay = 2000;
    status();
  }
}
$('retryBtn').onclick = function () { retryDelay = 2000; flush(); };
window.addEventListener('online', function () { retryDelay = 2000; status(); flush(); });
window.addEventListener('offline', function () { status(); });
// A phone brings the page back from the background: send what is waiting.
document.addEventListener('visibilitychange', function () { if (!document.hidden) flush(); });

// "Saved" under the question and the connection state in the bar.
function status() {
  if (!A) return;
  var waiting = Object.keys(pending).length;
  var offline = failing || !navigator.onLine;
  $('net').textContent = waiting ? (offline ? 'Mất kết nối · ' : '') + waiting + ' câu chờ gửi' : (offline ? 'Mất kết nối' : '');
  var q = A.questions[cur], s = $('saved');
  if (!q) return;
  var unsaved = q.id in pending;
  s.className = unsaved ? 'saved wait' : 'saved';
  s.textContent = unsaved ? (offline ? 'Chưa lưu: sẽ tự gửi lại khi có mạng.' : 'Đang lưu…') : answers[q.id].length ? '✓ Đã lưu' : '';
  $('retryBtn').hidden = !(unsaved && offline);
}

function startClock() {
  clearInterval(clock);
  var tick = function () {
    var left = Math.min(C.timeLimitSeconds, Math.ceil((Date.parse(A.deadlineAt) - now()) / 1000));
    if (left <= 0) {
      $('clock').textContent = '00:00';
      clearInterval(clock);
      msg('quizMsg', 'Đã hết thời gian làm bài. Bài được nộp tự động.');
      submit(true);
      return;
    }
    $('clock').textContent = pad(Math.floor(left / 60)) + ':' + pad(left % 60);
    $('clock').classList.toggle('low', left <= 60);
  };
  tick();
  clock = setInterval(tick, 1000);
}

$('pred').addEventListener('input', function () { store(predKey(), this.value); });
$('submitBtn').onclick = function () {
  var n = A.questions.length, done = answeredCount();
  $('confirmText').textContent = 'Bạn đã trả lời ' + done + '/' + n + ' câu' + (done < n ? ' (còn ' + (n - done) + ' câu chưa trả lời)' : '') +
    '. Sau khi nộp sẽ không sửa được. Nộp bài?';
  $('confirm').hidden = false;
  $('submitBtn').hidden = true;
  $('yesBtn').focus();
};
$('noBtn').onclick = function () { $('confirm').hidden = true; go(0); };
$('yesBtn').onclick = function () { submit(false); };

async function submit(auto) {
  if (submitting && !auto) return;
  submitting = true;
  $('yesBtn').disabled = true;
  $('confirm').hidden = true;
  $('submitBtn').hidden = false;
  msg('quizMsg', 'Đang nộp bài…');
  try {
    await flush();
    var waiting = Object.keys(pending).length;
    if (waiting && !auto) {
      msg('quizMsg', 'Chưa gửi được ' + waiting + ' câu trả lời vì mất kết nối. Bài làm vẫn được giữ trên máy; khi có mạng hãy bấm Nộp bài lần nữa.');
      submitting = false;
      return;
    }
    var raw = String($('pred').value).trim();
    var prediction = raw === '' || isNaN(Number(raw)) ? null : Math.max(0, Math.round(Number(raw)));
    var r = await api('POST', 'attempts/' + A.id + '/submit', { prediction: prediction });
    if (!r.ok) { msg('quizMsg', r.message); submitting = false; return; }
    finished();
  } catch (e) {
    msg('quizMsg', 'Chưa nộp được bài vì mất kết nối. Bài làm vẫn được giữ; hãy bấm Nộp bài lần nữa khi có mạng.');
    submitting = false;
  } finally { $('yesBtn').disabled = false; }
}

function finished() {
  clearInterval(clock);
  var n = A.questions.length, done = answeredCount(), round = C.rounds.find(function (r) { return r.number === A.round; });
  store(pendKey(), null);
  store(predKey(), null);
  store(OPEN, null);
  var mine = load(KEY + '.mine') || {};
  mine[A.round] = A.id;
  store(KEY + '.mine', mine);
  $('doneCount').textContent = 'Bạn đã trả lời ' + done + '/' + n + ' câu hỏi.';
  $('doneInfo').textContent = 'Bài thi (lượt ' + A.number + ', vòng ' + A.round + ') đã được ghi nhận.' +
    (round ? ' Kết quả được công bố sau khi vòng thi đóng lúc ' + fmt(round.closesAt) + '.' : '');
  var roundNumber = A.round;
  $('doneResults').textContent = 'Xem kết quả vòng ' + roundNumber;
  $('doneResults').onclick = function () { results(roundNumber); };
  A = null;
  show('done', 'doneH');
}

// ---- Results of a round (the server answers 409 with a message while the round is open)
async function results(number) {
  show('results', 'resH');
  $('resH').textContent = 'Kết quả vòng ' + number;
  var box = $('resBody');
  box.replaceChildren(el('p', '', 'Đang tải…'));
  var r;
  try { r = await api('GET', 'contests/' + C.id + '/rounds/' + number + '/results'); }
  catch (e) { box.replaceChildren(el('p', 'msg', OFFLINE)); return; }
  if (!r.ok) { box.replaceChildren(el('p', 'msg', r.message)); return; }
  var d = r.data, line = function (e) {
    return e.name + ' (' + e.citizenId + ') · ' + e.body + ' · ' + e.correct + '/' + e.total + ' câu đúng';
  };
  box.replaceChildren(el('p', 'big', d.participants + ' người tham gia.'));
  var mineId = (load(KEY + '.mine') || {})[number];
  if (me && mineId) review(mineId, box);
  if (!d.ranking.length) { box.append(el('p', '', 'Vòng này không có bài thi nào được nộp.')); return; }
  d.winners.forEach(function (t) {
    box.append(el('h3', '', t.tier));
    var ol = el('ol', 'rank');
    t.winners.forEach(function (e) { ol.append(el('li', '', line(e))); });
    box.append(ol);
  });
  box.append(el('h3', '', 'Bảng xếp hạng'));
  var ol = el('ol', 'rank');
  d.ranking.slice(0, 50).forEach(function (e) { ol.append(el('li', '', line(e))); });
  box.append(ol);
  var tallies = d.tallies.slice().sort(function (a, b) { return b.participants - a.participants; }).slice(0, 30);
  if (tallies.length) {
    box.append(el('h3', '', 'Số người tham gia theo đơn vị'));
    var table = el('table'), head = el('tr');
    head.append(el('th', '', 'Đơn vị'), el('th', '', 'Người'), el('th', '', 'Lượt'));
    table.append(head);
    tallies.forEach(function (t) {
      var tr = el('tr');
      tr.append(el('td', '', t.body), el('td', '', String(t.participants)), el('td', '', String(t.attempts)));
      table.append(tr);
    });
    box.append(table);
  }
}

// One's own attempt after the round closed: the score; the right answers and explanations only
// once the contest has ended (a later round may draw the same questions).
async function review(attemptId, box) {
  try {
    var r = await api('GET', 'attempts/' + attemptId);
    if (!r.ok || !r.data.result) return;
    var a = r.data, sec = el('div');
    sec.append(el('h3', '', 'Bài của bạn: ' + a.result.correct + '/' + a.result.total + ' câu đúng'));
    box.insertBefore(sec, box.children[1] || null);
    if (!a.questions.some(function (q) { return q.correct; })) {
      var last = C.rounds[C.rounds.length - 1];
      sec.append(el('p', 'hint', 'Đáp án và giải thích được công bố sau khi cuộc thi kết thúc' +
        (last ? ' (vòng cuối đóng lúc ' + fmt(last.closesAt) + ').' : '.')));
      return;
    }
    a.questions.forEach(function (q, i) {
      var right = (q.correct || []).slice().sort().join() === q.answer.slice().sort().join();
      sec.append(el('p', right ? 'ok' : 'bad', (right ? '✓ ' : '✗ ') + 'Câu ' + (i + 1) + ': ' + q.text));
      var ok = q.options.filter(function (o) { return (q.correct || []).indexOf(o.key) >= 0; }).map(function (o) { return o.text; });
      sec.append(el('p', 'hint', 'Đáp án đúng: ' + ok.join('; ') + (q.explanation ? '. ' + q.explanation : '')));
    });
  } catch (e) { /* the review is optional */ }
}

document.querySelectorAll('[data-results]').forEach(function (b) {
  b.onclick = function () { results(Number(b.getAttribute('data-results'))); };
});
document.querySelectorAll('[data-back]').forEach(function (b) {
  b.onclick = function () { show('start'); };
});

// ---- Start: resume an attempt under way (reload, reconnect), else the welcome or the form.
// The server decides whether its time is up (the phone's clock may be wrong).
async function resume(open) {
  try {
    var r = await api('GET', 'attempts/' + open.id);
    if (r.status === 401 || r.status === 404 || (r.ok && r.data.submittedAt)) { store(OPEN, null); return; }
    if (!r.ok) return;
    if (Date.parse(r.data.deadlineAt) > now()) { enter(); return; }
    // The time ran out while away: submit what the server kept.
    var pred = Number(load(KEY + '.prediction.' + open.id));
    var sent = await api('POST', 'attempts/' + open.id + '/submit', { prediction: pred > 0 ? Math.round(pred) : null });
    if (sent.ok) {
      store(OPEN, null);
      msg('homeMsg', 'Lượt thi trước đã hết giờ và được nộp tự động với các câu trả lời đã lưu.');
    } else if (sent.status === 409) { // the round is over (or the attempt no longer counts): say why, once
      store(OPEN, null);
      msg('homeMsg', sent.message);
    }
  } catch (e) { /* offline: "Vào thi" resumes it later */ }
}
show('start');
var open = load(OPEN);
if (me && open) resume(open);
})();`;
