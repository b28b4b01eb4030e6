import { formatIsoDate } from '@lantoa/domain';
import { escapeHtml, type Page, pageShell } from './html.ts';

/** The course a participant scanned the code of, as the attendance page names it. */
export interface AttendanceCourse {
  id: string;
  topic: string;
  organiser_name: string;
  starts_on: string;
  ends_on: string;
  place: string;
}

/** What the page answers after the phone number was sent. */
export type AttendanceOutcome =
  | { kind: 'form'; code: string; error?: string | undefined; phone?: string | undefined }
  | { kind: 'present'; fullName: string; bodyName: string; already: boolean };

const header = (course: AttendanceCourse) => {
  const dates =
    course.starts_on === course.ends_on
      ? formatIsoDate(course.starts_on)
      : `${formatIsoDate(course.starts_on)} – ${formatIsoDate(course.ends_on)}`;
  return `<header class="top"><h1>Điểm danh</h1></header>
<main class="wrap">
<section class="card" aria-labelledby="course">
<h2 id="course">${escapeHtml(course.topic)}</h2>
<p class="hint">${escapeHtml(course.organiser_name)} · ${dates}${course.place ? ` · ${escapeHtml(course.place)}` : ''}</p>
</section>`;
};

/**
 * The page a participant's phone opens from the QR code shown at the session: a phone number and one
 * button, no script, light enough for a slow network. The code travels in the form, so the page works
 * however long the phone took to open it, and the server checks it when the form is sent.
 */
export function attendancePageHtml(course: AttendanceCourse, outcome: AttendanceOutcome): Page {
  if (outcome.kind === 'present') {
    const verdict = outcome.already
      ? 'Bạn đã được điểm danh trước đó. Không cần quét lại.'
      : 'Đã ghi nhận bạn có mặt.';
    return pageShell(
      'Đã điểm danh',
      `${header(course)}
<section class="card" aria-labelledby="done">
<h2 id="done" class="ok"><span aria-hidden="true">✔</span> ${escapeHtml(outcome.fullName)}</h2>
<p>${escapeHtml(outcome.bodyName)}</p>
<p role="status">${verdict}</p>
</section>
</main>`,
    );
  }
  const error = outcome.error
    ? `<p class="err" id="phone-error" role="alert">${escapeHtml(outcome.error)}</p>`
    : '';
  return pageShell(
    `Điểm danh: ${course.topic}`,
    `${header(course)}
<section class="card" aria-labelledby="who">
<h2 id="who">Xác nhận có mặt</h2>
<form method="post" action="/diem-danh/${escapeHtml(course.id)}">
<input type="hidden" name="ma" value="${escapeHtml(outcome.code)}">
<label for="phone">Số điện thoại di động của bạn</label>
<input id="phone" name="phone" type="tel" inputmode="tel" autocomplete="tel" required maxlength="20"
 value="${escapeHtml(outcome.phone ?? '')}"${outcome.error ? ' aria-invalid="true" aria-describedby="phone-error"' : ''}>
${error}
<p class="hint">Nhập số điện thoại đơn vị đã khai khi cử bạn đi dự lớp.</p>
<button class="primary" type="submit">Điểm danh</button>
</form>
</section>
</main>`,
    '',
    { postsForms: true },
  );
}
