import {
  pressRelease,
  pressReleaseCreated,
  pressReleaseInput,
  pressReleaseList,
  pressReleaseSendInput,
  pressReleaseSent,
  pressReleaseUpdate,
} from '@lantoa/api-contract/press';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { errorPage, type Page } from '../public-pages/html.ts';
import { pressReleasePageHtml } from '../public-pages/press-release-page.ts';
import { publicPageErrors, sendHtml } from '../public-pages/send-page.ts';
import { unsubscribePageHtml } from '../public-pages/unsubscribe-page.ts';
import { unsubscribeContact } from '../use-cases/network/unsubscribe-contact.ts';
import { unsubscribeView } from '../use-cases/network/unsubscribe-view.ts';
import { createPressRelease } from '../use-cases/press/create-press-release.ts';
import { getPressRelease } from '../use-cases/press/get-press-release.ts';
import { listPressReleases } from '../use-cases/press/list-press-releases.ts';
import { publicPressRelease } from '../use-cases/press/public-press-release.ts';
import { sendPressRelease } from '../use-cases/press/send-press-release.ts';
import { updatePressRelease } from '../use-cases/press/update-press-release.ts';
import { outgoingMail } from '../use-cases/shared/outgoing-mail.ts';
import { idParams } from './schemas.ts';

const RELEASE_NOT_FOUND = errorPage(
  'Không tìm thấy thông cáo',
  'Thông cáo báo chí này không tồn tại hoặc chưa được phát hành. Hãy kiểm tra lại đường dẫn trong thư.',
);
const LINK_NOT_FOUND = errorPage(
  'Đường dẫn không đúng',
  'Đường dẫn hủy nhận tin này không đúng hoặc đã bị cắt mất một phần. Hãy mở lại đường dẫn ở cuối thư đã nhận.',
);

/** A release's code (6 random bytes, base64url) and a contact's token (24 random bytes, base64url). */
const codeParams = z.object({ code: z.string().regex(/^[\w-]{1,32}$/) });
const tokenParams = z.object({ token: z.string().regex(/^[\w-]{32}$/) });

/**
 * Press releases: written by a body, sent by e-mail to its network, each message with the release's
 * public page (the tracked link) and the contact's unsubscribe page; both pages are public.
 */
export const pressRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['press'];
    app.get(
      '/api/press-releases',
      {
        schema: {
          tags,
          summary:
            'The releases of the bodies the actor reads (drafts too) and the sent releases of the bodies above them, newest first',
          response: { 200: pressReleaseList },
        },
      },
      async (request) => listPressReleases(contextOf(request, deps)),
    );
    app.post(
      '/api/bodies/:id/press-releases',
      {
        schema: {
          tags,
          summary: 'Write a press release (a draft until sent), with library items attached',
          params: idParams,
          body: pressReleaseInput,
          response: { 201: pressReleaseCreated },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createPressRelease(contextOf(request, deps), request.params.id, request.body)),
    );
    app.get(
      '/api/press-releases/:id',
      {
        schema: {
          tags,
          summary:
            'A release with its items, recipients (to readers of its body) and the articles that followed it',
          params: idParams,
          response: { 200: pressRelease },
        },
      },
      async (request) => getPressRelease(contextOf(request, deps), request.params.id, deps.config.publicUrl),
    );
    app.put(
      '/api/press-releases/:id',
      {
        schema: {
          tags,
          summary: 'Change a draft (optimistic on version); a sent release is 409',
          params: idParams,
          body: pressReleaseUpdate,
          response: { 200: pressRelease },
        },
      },
      async (request) =>
        updatePressRelease(contextOf(request, deps), request.params.id, request.body, deps.config.publicUrl),
    );
    app.post(
      '/api/press-releases/:id/send',
      {
        schema: {
          tags,
          summary:
            'Send the release by e-mail, one message per contact picked; those without consent, unsubscribed, without an address or already sent are skipped with why (409 when no mail server is set)',
          params: idParams,
          body: pressReleaseSendInput,
          response: { 200: pressReleaseSent },
        },
      },
      async (request) =>
        sendPressRelease(
          contextOf(request, deps),
          request.params.id,
          request.body,
          outgoingMail(deps.config),
        ),
    );

    const publicPages: FastifyPluginAsyncZod = async (pages) => {
      // Encapsulated: errors of the public pages answer with an HTML page, not JSON.
      pages.setErrorHandler(
        publicPageErrors(
          (url) => (url.startsWith('/thong-cao/') ? RELEASE_NOT_FOUND : LINK_NOT_FOUND),
          'Máy chủ gặp sự cố. Hãy tải lại trang sau ít phút.',
        ),
      );
      // The unsubscribe form posts without script, URL-encoded; a mail client's one-click
      // unsubscribe (RFC 8058) posts "List-Unsubscribe=One-Click" the same way. Nothing in it is read.
      pages.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 4096 },
        (_request, _body, done) => done(null, {}),
      );
      const limit = { rateLimit: { max: deps.config.publicPerMinute, timeWindow: '1 minute' } };

      /** A page opened from a link in a message: what `render` makes of the key in its path. */
      const linkedPage = <P extends typeof codeParams | typeof tokenParams>(
        url: string,
        summary: string,
        params: P,
        render: (params: z.output<P>) => Promise<Page>,
      ) =>
        pages.get(
          url,
          { schema: { tags: ['public'], summary, params }, config: limit },
          // The params are the schema's output, validated before the handler runs; the type provider
          // cannot resolve a schema named by a type parameter, so the type is stated here.
          async (request, reply) =>
            sendHtml(request, reply, 200, await render(request.params as z.output<P>)),
        );
      linkedPage(
        '/thong-cao/:code',
        'A sent press release’s public page (HTML): the tracked link its messages carry',
        codeParams,
        async ({ code }) => pressReleasePageHtml(await publicPressRelease(deps.handle.db, code)),
      );
      linkedPage(
        '/huy-nhan-tin/:token',
        'A contact’s unsubscribe page (HTML) with its button; opening it changes nothing',
        tokenParams,
        async ({ token }) => unsubscribePageHtml(await unsubscribeView(deps.handle.db, token)),
      );
      // No CSRF token: the request carries no session to abuse, and the unguessable token in the path
      // is the only key (whoever holds the link may use it, which is what the link is for); a forged
      // post from another site could only unsubscribe a contact whose token it already knows. The
      // page's policy allows its form to post to this origin only.
      pages.post(
        '/huy-nhan-tin/:token',
        {
          schema: {
            tags: ['public'],
            summary:
              'Unsubscribe a contact (the page’s button, or a mail client’s one-click unsubscribe); answers HTML',
            params: tokenParams,
            consumes: ['application/x-www-form-urlencoded'],
          },
          config: { ...limit, sessionless: true },
        },
        async (request, reply) =>
          sendHtml(
            request,
            reply,
            200,
            unsubscribePageHtml(await unsubscribeContact(deps.handle.db, request.params.token), {
              justDone: true,
            }),
          ),
      );
    };
    await app.register(publicPages);
  };
