import { FEEDBACK_TOPICS } from '@lantoa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import {
  FEEDBACK_NOT_FOUND,
  type FeedbackFormState,
  feedbackAnswerPage,
  feedbackFollowPage,
  feedbackFormPage,
  feedbackReceiptPage,
} from '../public-pages/feedback-pages.ts';
import { formGuardFields } from '../public-pages/form-guard.ts';
import { type FormRefusal, formRefusal } from '../public-pages/form-refusal.ts';
import { publicPageErrors, sendHtml } from '../public-pages/send-page.ts';
import { feedbackPhotoLimits } from '../use-cases/feedback/feedback-photo.ts';
import { followFeedback } from '../use-cases/feedback/follow-feedback.ts';
import { getPublicFeedback } from '../use-cases/feedback/get-public-feedback.ts';
import { listPublicFeedback } from '../use-cases/feedback/list-public-feedback.ts';
import { listSiteCommunes } from '../use-cases/feedback/list-site-communes.ts';
import { submitFeedback } from '../use-cases/feedback/submit-feedback.ts';
import { loadPublicSite, type PublicSite } from '../use-cases/public-site/load-public-site.ts';
import { publicSiteParams, text } from './schemas.ts';
import { readUploads, UploadRefused } from './uploads.ts';

const PUBLISHED_PER_PAGE = 10;

/** The form's fields as the browser sends them (names of the HTML form). */
const feedbackForm = z.object({
  topic: z.enum(FEEDBACK_TOPICS, { error: 'Hãy chọn lĩnh vực của phản ánh.' }),
  text: text(5000, { multiline: true }),
  place: text(300, { optional: true }).default(''),
  place_body_id: z.string().max(40).default(''),
  contact_name: text(200, { optional: true }).default(''),
  contact_phone: text(20, { optional: true }).default(''),
  contact_email: text(320, { optional: true }).default(''),
});

/** How the form names its fields in a refusal that says which one. */
const LABELS: Record<string, string> = {
  text: 'Nội dung phản ánh',
  place: 'Nơi xảy ra',
  contact_name: 'Họ và tên',
  contact_phone: 'Số điện thoại',
  contact_email: 'Thư điện tử',
};

const refusalOf = (error: unknown) => formRefusal(error, LABELS);

/**
 * The public pages of citizens' feedback: `/cong-khai/:code/phan-anh` (the form, and the published
 * questions and answers below it), its POST (the receipt), `/cong-khai/:code/phan-anh/tra-cuu?ma=…`
 * (following an item by its code) and `/cong-khai/:code/phan-anh/:id` (a published question and
 * answer). HTML without script; every error answers as a page.
 */
export const publicFeedbackRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.setErrorHandler(
      publicPageErrors(
        () => FEEDBACK_NOT_FOUND,
        'Máy chủ gặp sự cố khi mở trang phản ánh, kiến nghị. Hãy tải lại trang sau ít phút.',
      ),
    );
    const db = deps.handle.db;
    const limits = feedbackPhotoLimits(deps.config.uploadLimits);
    const maxPhotoMb = Math.floor(limits.maxImageBytes / 1024 / 1024);
    // The form is read with room for a photo up to twice its limit, so a photo somewhat too large is
    // refused by the media checks with the text kept in the form shown again; past that, the
    // request is refused unread (the text is lost, but nothing that large is read).
    const readWindow = 2 * limits.maxImageBytes;
    const pageLimit = { rateLimit: { max: deps.config.publicPerMinute, timeWindow: '1 minute' } };

    const formPage = async (site: PublicSite, state: FeedbackFormState, page = 1) => {
      const [guard, communes, published] = await Promise.all([
        formGuardFields(db, new Date()),
        listSiteCommunes(db, site),
        listPublicFeedback(db, site, { page, pageSize: PUBLISHED_PER_PAGE }),
      ]);
      return feedbackFormPage(site, {
        guard,
        state,
        communes,
        published: { ...published, page, pageSize: PUBLISHED_PER_PAGE },
        maxPhotoMb,
        publicUrl: deps.config.publicUrl,
      });
    };

    app.get(
      '/cong-khai/:code/phan-anh',
      {
        schema: {
          tags: ['public'],
          summary: 'Send feedback (HTML form), and the questions and answers the site published',
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
      '/cong-khai/:code/phan-anh',
      {
        schema: {
          tags: ['public'],
          summary:
            'Send feedback (HTML; multipart: the fields, then an optional photo) and get its receipt code',
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
        // The form again with what was typed (the photo must be picked again) and what to fix.
        const refuse = async (refusal: FormRefusal, values: Record<string, string>) =>
          sendHtml(
            request,
            reply,
            refusal.status,
            await formPage(site, { values, error: { message: refusal.message, field: refusal.field } }),
          );
        let fields: Record<string, string> = {};
        let photo: Awaited<ReturnType<typeof readUploads>>['files'][number] | undefined;
        try {
          const upload = await readUploads(request, readWindow, 1);
          fields = upload.fields;
          photo = upload.files[0];
        } catch (error) {
          const refusal = refusalOf(error);
          if (!refusal) throw error;
          const typed = error instanceof UploadRefused ? error.fields : {};
          // The reader's limit is the read window, not the photo's: say the photo's.
          const tooLarge =
            error instanceof AppError && error.code === 'payload_too_large' && error.field === 'file';
          return refuse(
            tooLarge
              ? {
                  ...refusal,
                  message: `Ảnh quá lớn (tối đa ${maxPhotoMb} MB). Hãy chọn ảnh nhỏ hơn hoặc giảm chất lượng ảnh rồi gửi lại.`,
                }
              : refusal,
            typed,
          );
        }
        try {
          const form = feedbackForm.parse(fields);
          const { code } = await submitFeedback(
            db,
            filesOf(deps),
            site,
            {
              topic: form.topic,
              text: form.text,
              place: form.place,
              placeBodyId: form.place_body_id,
              contactName: form.contact_name,
              contactPhone: form.contact_phone,
              contactEmail: form.contact_email,
              guard: fields,
            },
            photo,
            limits,
          );
          return sendHtml(request, reply, 200, feedbackReceiptPage(site, code, deps.config.publicUrl));
        } catch (error) {
          const refusal = refusalOf(error);
          if (!refusal) throw error;
          return refuse(refusal, fields);
        }
      },
    );

    app.get(
      '/cong-khai/:code/phan-anh/tra-cuu',
      {
        schema: {
          tags: ['public'],
          summary:
            'Follow feedback by its receipt code (HTML): status, dates, the body handling it, the answer',
          params: publicSiteParams,
          querystring: z.object({ ma: z.string().max(40).default('') }),
        },
        config: pageLimit,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const typed = request.query.ma;
        const item = typed.trim() ? await followFeedback(db, site, typed) : null;
        const page = feedbackFollowPage(site, { typed, item, publicUrl: deps.config.publicUrl });
        return sendHtml(request, reply, typed.trim() && !item ? 404 : 200, page);
      },
    );

    app.get(
      '/cong-khai/:code/phan-anh/:id',
      {
        schema: {
          tags: ['public'],
          summary: 'A question and answer the site published (HTML)',
          params: publicSiteParams.extend({ id: z.uuid() }),
        },
        config: pageLimit,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const item = await getPublicFeedback(db, site, request.params.id);
        return sendHtml(request, reply, 200, feedbackAnswerPage(site, item, deps.config.publicUrl));
      },
    );
  };
