import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { attendancePageHtml } from '../public-pages/attendance-page.ts';
import { certificatePageHtml } from '../public-pages/certificate-page.ts';
import { errorPage } from '../public-pages/html.ts';
import { quizPageHtml } from '../public-pages/quiz-page.ts';
import { publicPageErrors, sendHtml } from '../public-pages/send-page.ts';
import { getPublicContest } from '../use-cases/quiz/get-public-contest.ts';
import { attendByCode, loadCourseForAttendance } from '../use-cases/training/attend-by-code.ts';
import { verifyCertificate } from '../use-cases/training/verify-certificate.ts';

const COURSE_NOT_FOUND = errorPage(
  'Không tìm thấy lớp',
  'Lớp tập huấn, hội nghị này không tồn tại. Hãy quét lại mã QR đang chiếu tại lớp.',
);
const NOT_FOUND = errorPage(
  'Không tìm thấy cuộc thi',
  'Cuộc thi này không tồn tại hoặc chưa được công bố. Hãy kiểm tra lại đường dẫn do ban tổ chức gửi.',
);

/**
 * Server-rendered public pages: the contest page a participant opens on a phone, the attendance page
 * a session's QR code opens, and the page a certificate's QR code opens.
 */
export const publicPageRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Encapsulated: errors of these routes answer with an HTML page, not JSON.
    app.setErrorHandler(
      publicPageErrors(
        (url) =>
          url.startsWith('/chung-nhan/')
            ? certificatePageHtml({ found: false })
            : url.startsWith('/diem-danh/')
              ? COURSE_NOT_FOUND
              : NOT_FOUND,
        'Máy chủ gặp sự cố khi mở trang cuộc thi. Hãy tải lại trang sau ít phút.',
      ),
    );

    app.get(
      '/thi/:contestId',
      {
        schema: {
          tags: ['public'],
          summary: 'The contest page (HTML): info, registration, quiz, results',
          params: z.object({ contestId: z.uuid() }),
        },
        config: { rateLimit: { max: deps.config.publicPerMinute, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const contest = await getPublicContest(deps.handle.db, request.params.contestId);
        return sendHtml(request, reply, 200, quizPageHtml(contest, new Date()));
      },
    );

    // The attendance form posts without script: its fields arrive URL-encoded (a phone and the code).
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 4096 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    const attendanceLimit = { rateLimit: { max: deps.config.publicPerMinute, timeWindow: '1 minute' } };
    app.get(
      '/diem-danh/:courseId',
      {
        schema: {
          tags: ['public'],
          summary: 'The attendance page a session’s QR code opens (HTML)',
          params: z.object({ courseId: z.uuid() }),
          querystring: z.object({ ma: z.string().max(200).default('') }),
        },
        config: attendanceLimit,
      },
      async (request, reply) => {
        const course = await loadCourseForAttendance(deps.handle.db, request.params.courseId);
        return sendHtml(
          request,
          reply,
          200,
          attendancePageHtml(course, { kind: 'form', code: request.query.ma }),
        );
      },
    );
    app.post(
      '/diem-danh/:courseId',
      {
        schema: {
          tags: ['public'],
          summary: 'A participant confirms presence with the scanned code and their phone number (HTML)',
          params: z.object({ courseId: z.uuid() }),
          consumes: ['application/x-www-form-urlencoded'],
          body: z.object({ ma: z.string().max(200).default(''), phone: z.string().max(40).default('') }),
        },
        config: { ...attendanceLimit, sessionless: true },
      },
      async (request, reply) => {
        const db = deps.handle.db;
        const course = await loadCourseForAttendance(db, request.params.courseId);
        const { ma: code, phone } = request.body;
        try {
          const present = await attendByCode(db, { courseId: course.id, code, phone });
          return sendHtml(request, reply, 200, attendancePageHtml(course, { kind: 'present', ...present }));
        } catch (error) {
          if (!(error instanceof AppError) || error.code === 'internal') throw error;
          // Refused (a code forged, of another course or expired; a number not sent): the form again,
          // with what to do, and nothing recorded.
          const page = attendancePageHtml(course, { kind: 'form', code, phone, error: error.message });
          return sendHtml(request, reply, error.code === 'not_found' ? 404 : 400, page);
        }
      },
    );

    app.get(
      '/chung-nhan/:participantId',
      {
        schema: {
          tags: ['public'],
          summary: 'Whether a certificate of completion is genuine (HTML; opened from its QR code)',
          params: z.object({ participantId: z.uuid() }),
        },
        config: attendanceLimit,
      },
      async (request, reply) => {
        const view = await verifyCertificate(deps.handle.db, request.params.participantId);
        return sendHtml(request, reply, view.found ? 200 : 404, certificatePageHtml(view));
      },
    );
  };
