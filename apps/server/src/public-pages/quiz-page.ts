import type { publicContest } from '@lantoa/api-contract/quiz';
import type { z } from 'zod';
import { bundleBrowserScript } from './browser-script.ts';
import { embedJson, escapeHtml, type Page, pageShell, vietnamDateTime } from './html.ts';

/** The page's script (quiz-page/client.ts), bundled once when the server starts. */
const QUIZ_SCRIPT = await bundleBrowserScript(new URL('./quiz-page/client.ts', import.meta.url));

/** A published contest as `getPublicContest` returns it (the contract's public contest). */
export type PublicContest = z.output<typeof publicContest>;

export const GROUP_LABELS: Record<string, string> = {
  officials: 'Cán bộ, công chức, viên chức',
  students: 'Học sinh, sinh viên',
  citizens: 'Người dân',
  businesses: 'Doanh nghiệp',
};

function scheduleRows(contest: PublicContest, now: Date): string {
  return contest.rounds
    .map((r) => {
      const opens = Date.parse(r.opensAt);
      const closes = Date.parse(r.closesAt);
      const state =
        closes < now.getTime()
          ? `<button type="button" class="link" data-results="${r.number}">Xem kết quả</button>`
          : opens <= now.getTime()
            ? '<strong>Đang mở</strong>'
            : 'Sắp mở';
      const open = opens <= now.getTime() && now.getTime() <= closes;
      return `<tr${open ? ' class="open"' : ''}><td>${r.number}</td><td>${vietnamDateTime(r.opensAt)}<br>đến ${vietnamDateTime(r.closesAt)}</td><td>${state}</td></tr>`;
    })
    .join('');
}

function field(id: string, label: string, input: string, hint = ''): string {
  const hintHtml = hint ? `<p class="hint" id="h-${id}">${hint}</p>` : '';
  return `<label for="${id}">${label}</label>${input}${hintHtml}<p class="err" id="e-${id}"></p>`;
}

/** The whole contest page for `GET /thi/:contestId`: info, registration, quiz, thanks, results. */
export function quizPageHtml(contest: PublicContest, now: Date): Page {
  const minutes = Math.round(contest.timeLimitSeconds / 60);
  const groups = contest.eligibleGroups.map((g) => GROUP_LABELS[g] ?? g);
  const groupOptions =
    (contest.eligibleGroups.length > 1 ? '<option value="">— Chọn đối tượng —</option>' : '') +
    contest.eligibleGroups
      .map((g) => `<option value="${escapeHtml(g)}">${escapeHtml(GROUP_LABELS[g] ?? g)}</option>`)
      .join('');
  const described = (id: string, hint: boolean) => `aria-describedby="${hint ? `h-${id} ` : ''}e-${id}"`;
  const body = `<header class="top"><h1>${escapeHtml(contest.title)}</h1></header>
<div class="bar" id="qbar" hidden><span id="prog"></span><span class="net" id="net" aria-live="polite"></span><span class="clock" id="clock" role="timer" aria-label="Thời gian còn lại"></span></div>
<main class="wrap">
<section class="card" id="home" hidden aria-labelledby="homeH">
<h2 id="homeH" tabindex="-1"></h2>
<p id="whoId"></p>
<p class="big" id="roundNow"></p>
<button class="primary" type="button" id="enterBtn">Vào thi</button>
<p class="msg" id="homeMsg" role="status"></p>
<button class="link" type="button" id="forgetBtn">Không phải bạn? Đăng ký người khác</button>
</section>
<section class="card" id="info" aria-labelledby="infoH">
<h2 id="infoH">Thông tin cuộc thi</h2>
${contest.description.trim() ? `<p class="desc">${escapeHtml(contest.description.trim())}</p>` : ''}
<ul class="facts">
<li>Đối tượng: ${escapeHtml(groups.join('; '))}.</li>
<li>Mỗi lượt thi ${minutes} phút; tối đa ${contest.attemptsPerRound} lượt mỗi vòng, tính lượt có kết quả cao nhất.</li>
<li>Xếp hạng theo số câu đúng, rồi dự đoán số người tham gia gần nhất, rồi thời gian làm bài ngắn nhất.</li>
</ul>
<h3>Lịch các vòng thi</h3>
<table><thead><tr><th scope="col">Vòng</th><th scope="col">Thời gian</th><th scope="col">Trạng thái</th></tr></thead>
<tbody>${scheduleRows(contest, now)}</tbody></table>
</section>
<section class="card" id="reg" hidden aria-labelledby="regH">
<h2 id="regH" tabindex="-1">Đăng ký dự thi</h2>
<form id="regForm" novalidate>
${field('fullName', 'Họ và tên', `<input id="fullName" autocomplete="name" maxlength="100" ${described('fullName', false)}>`)}
${field(
  'phone',
  'Số điện thoại',
  `<input id="phone" type="tel" inputmode="tel" autocomplete="tel" maxlength="30" ${described('phone', true)}>`,
  'Ghi nhớ số này: khi thi trên máy khác, hãy đăng ký lại với đúng số CCCD và số điện thoại này.',
)}
${field(
  'citizenId',
  'Số căn cước công dân (CCCD)',
  `<input id="citizenId" inputmode="numeric" autocomplete="off" maxlength="30" ${described('citizenId', true)}>`,
  '12 chữ số. Ban tổ chức chỉ lưu dạng che; cùng số điện thoại, dùng để nhận ra bạn khi thi lại trên máy khác.',
)}
${field('group', 'Đối tượng', `<select id="group" ${described('group', false)}>${groupOptions}</select>`)}
${field(
  'bodyId',
  'Cơ quan, đơn vị hoặc xã, phường',
  `<input id="bodyId" autocomplete="off" maxlength="100" aria-controls="bodyList" ${described('bodyId', true)}>`,
  'Gõ vài chữ của tên (ví dụ: Hòa An) rồi chọn trong danh sách.',
)}
<ul class="list" id="bodyList" aria-label="Kết quả tìm kiếm"></ul>
<p class="picked" id="picked" aria-live="polite"></p>
<button class="primary" type="submit" id="regBtn">Đăng ký</button>
<p class="msg" id="regMsg" role="alert"></p>
</form>
</section>
<section id="quiz" hidden aria-label="Bài thi">
<div class="card">
<nav class="dots" id="dots" aria-label="Chuyển nhanh tới câu hỏi"></nav>
<div id="qBox">
<h2 id="qNum" tabindex="-1"></h2>
<p class="qtext" id="qText"></p>
<p class="hint">Chọn một hoặc nhiều đáp án. Câu trả lời được lưu ngay khi bạn chọn.</p>
<div class="opts" id="opts" role="group" aria-labelledby="qText"></div>
<p class="saved" id="saved" aria-live="polite"></p>
<button class="link" type="button" id="retryBtn" hidden>Gửi lại ngay</button>
</div>
<div id="predBox" hidden>
<h2 id="predH" tabindex="-1">Câu hỏi dự đoán</h2>
<label for="pred">Dự đoán số người tham gia vòng này?</label>
<input id="pred" type="number" inputmode="numeric" min="0" step="1" aria-describedby="h-pred">
<p class="hint" id="h-pred">Dùng để xếp hạng khi bằng điểm: dự đoán càng gần càng tốt.</p>
<button class="primary" type="button" id="submitBtn">Nộp bài</button>
<div class="confirm" id="confirm" hidden role="alertdialog" aria-labelledby="confirmText">
<p id="confirmText"></p>
<div class="nav"><button type="button" id="noBtn">Xem lại</button><button class="primary" type="button" id="yesBtn">Nộp bài</button></div>
</div>
</div>
<p class="msg" id="quizMsg" role="status"></p>
<div class="nav"><button type="button" id="prevBtn">‹ Câu trước</button><button type="button" id="nextBtn">Câu sau ›</button></div>
</div>
</section>
<section class="card" id="done" hidden aria-labelledby="doneH">
<h2 id="doneH" tabindex="-1">Cảm ơn bạn đã tham gia!</h2>
<p class="big" id="doneCount"></p>
<p id="doneInfo"></p>
<button class="primary" type="button" id="doneResults"></button>
<button class="wide" type="button" id="againBtn">Thi lượt mới</button>
<button class="link" type="button" data-back>Về trang cuộc thi</button>
</section>
<section class="card" id="results" hidden aria-labelledby="resH">
<h2 id="resH" tabindex="-1"></h2>
<div id="resBody" aria-live="polite"></div>
<button class="link" type="button" data-back>Về trang cuộc thi</button>
</section>
<noscript><p class="msg">Hãy bật JavaScript để đăng ký và làm bài thi.</p></noscript>
</main>
<script type="application/json" id="data">${embedJson({ contest, now: now.getTime() })}</script>`;
  return pageShell(contest.title, body, QUIZ_SCRIPT);
}
