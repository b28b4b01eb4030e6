import { MISINFORMATION_PLACES } from '@lantoa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { formGuardFields } from '../public-pages/form-guard.ts';
import { formRefusal } from '../public-pages/form-refusal.ts';
import {
  correctionPage,
  MISINFORMATION_NOT_FOUND,
  misinformationFormPage,
  misinformationReceiptPage,
  type ReportFormState,
} from '../public-pages/misinformation-pages.ts';
import { publicPageErrors, sendHtml } from '../public-pages/send-page.ts';
import { getPublicCorrection } from '../use-cases/misinformation/get-public-correction.ts';
import { screenshotLimits } from '../use-cases/misinformation/insert-case.ts';
import { listPublicCorrections } from '../use-cases/misinformation/list-public-corrections.ts';
import { reportMisinformationPublicly } from '../use-cases/misinformation/report-misinformation-publicly.ts';
import { loadPublicSite, type PublicSite } from '../use-cases/public-site/load-public-site.ts';
import { publicSiteParams, text } from './schemas.ts';
import { readUpload } from './uploads.ts';

const UNREADABLE_FORM = 'Biểu mẫu gửi lên không đọc được. Hãy tải lại trang, nhập lại rồi gửi.';

const CORRECTIONS_PER_PAGE = 10;

/** The report form's fields as the browser sends them (names of the HTML form). */
const reportForm = z.object({
  link: text(2000, { optional: true }).default(''),
  seen_where: z.enum(MISINFORMATION_PLACES, { error: 'Hãy chọn nơi bạn thấy tin này.' }),
  description: text(5000, { multiline: true }),
  contact_name: text(200, { optional: true }).default(''),
  contact_phone: text(20, { optional: true }).default(''),
  contact_email: text(320, { optional: true }).default(''),
});

/** How the form names its fields in a refusal that says which one. */
const LABELS: Record<string, string> = {
  link: 'Đường dẫn bài viết',
  description: 'Thông tin nào sai sự thật',
  contact_name: 'Họ và tên',
  contact_phone: 'Số điện thoại',
  contact_email: 'Thư điện tử',
};

const refusalOf = (error: unknown) => formRefusal(error, LABELS);

/**
 * The public pages of reports of false information: `/cong-khai/:code/tin-sai` (the form, and the
 * corrections published below it), its POST (the receipt), `/cong-khai/:code/tin-sai/:id` (a
 * correction). HTML without script; every error answers as a page.
 */
export const publicMisinformationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const pageErrors = publicPageErrors(
      () => MISINFORMATION_NOT_FOUND,
      'Máy chủ gặp sự cố khi mở trang báo tin sai sự thật. Hãy tải lại trang sau ít phút.',
    );
    app.setErrorHandler(pageErrors);
    const db = deps.handle.db;
    const limits = screenshotLimits(deps.config.uploadLimits);
    const pageLimit = { rateLimit: { max: deps.config.publicPerMinute, timeWindow: '1 minute' } };

    const formPage = async (site: PublicSite, state: ReportFormState, page = 1) =>
      misinformationFormPage(site, {
        guard: await formGuardFields(db, new Date()),
        state,
        corrections: {
          ...(await listPublicCorrections(db, site, { page, pageSize: CORRECTIONS_PER_PAGE })),
          page,
          pageSize: CORRECTIONS_PER_PAGE,
        },
        maxScreenshotMb: Math.floor(limits.maxImageBytes / 1024 / 1024),
        publicUrl: deps.config.publicUrl,
      });

    app.get(
      '/cong-khai/:code/tin-sai',
      {
        schema: {
          tags: ['public'],
          summary: 'Report false information (HTML form), and the corrections the province published',
          params: publicSiteParams,
          querystring: z.object({ trang: z.coerce.number().int().min(1).max(10_000).default(1) }),
        },
        config: pageLimit,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        return sendHtml(request, reply, 200, await formPage(site, {}, request.query.trang));
      },
    );

    app.post(
      '/cong-khai/:code/tin-sai',
      {
        schema: {
          tags: ['public'],
          summary:
            'Send a report of false information (HTML; multipart: the fields, then the screenshot) and get its receipt code',
          params: publicSiteParams,
          consumes: ['multipart/form-data'],
        },
        config: {
          rateLimit: { max: deps.config.publicSubmitsPerHour, timeWindow: '1 hour' },
          sessionless: true,
        },
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        let fields: Record<string, string> = {};
        try {
          // A body that cannot be read as a form (cut short, malformed) is the client's to send again.
          const upload = await readUpload(request, limits.maxImageBytes).catch((error: unknown) => {
            throw error instanceof AppError ? error : new AppError('invalid_input', UNREADABLE_FORM);
          });
          fields = upload.fields;
          const form = reportForm.parse(fields);
          const { code } = await reportMisinformationPublicly(
            db,
            filesOf(deps),
            site,
            {
              link: form.link,
              seenWhere: form.seen_where,
              description: form.description,
              contactName: form.contact_name,
              contactPhone: form.contact_phone,
              contactEmail: form.contact_email,
              guard: fields,
            },
            upload.file,
            limits,
          );
          return sendHtml(request, reply, 200, misinformationReceiptPage(site, code, deps.config.publicUrl));
        } catch (error) {
          const refusal = refusalOf(error);
          if (!refusal) throw error;
          // The form again with what was typed (the file must be picked again) and what to fix.
          const page = await formPage(site, {
            values: fields,
            error: { message: refusal.message, field: refusal.field },
          });
          return sendHtml(request, reply, refusal.status, page);
        }
      },
    );

    app.get(
      '/cong-khai/:code/tin-sai/:id',
      {
        schema: {
          tags: ['public'],
          summary: 'A correction the province published (HTML)',
          params: publicSiteParams.extend({ id: z.uuid() }),
        },
        config: pageLimit,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const correction = await getPublicCorrection(db, site, request.params.id);
        return sendHtml(request, reply, 200, correctionPage(site, correction, deps.config.publicUrl));
      },
    );
  };
