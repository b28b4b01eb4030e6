import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { HONOUR_QUERY, HONOURS_NOT_FOUND, honoursPageHtml } from '../public-pages/honour-pages.ts';
import { publicPageErrors, sendHtml } from '../public-pages/send-page.ts';
import { listPublicHonours } from '../use-cases/honours/list-public-honours.ts';
import { loadPublicSite } from '../use-cases/public-site/load-public-site.ts';
import { publicSiteParams } from './schemas.ts';

/**
 * The public list of those honoured (`/cong-khai/:code/khen-thuong`), server-rendered without script,
 * for a site that publishes it; a site that does not answers "not found", as an unknown site does.
 */
export const publicHonourRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Encapsulated: errors of these routes answer with an HTML page, not JSON.
    app.setErrorHandler(
      publicPageErrors(
        () => HONOURS_NOT_FOUND,
        'Máy chủ gặp sự cố khi mở trang khen thưởng. Hãy tải lại trang sau ít phút.',
      ),
    );
    const config = { rateLimit: { max: deps.config.publicPerMinute, timeWindow: '1 minute' } };
    const { publicUrl } = deps.config;
    const db = deps.handle.db;

    app.get(
      '/cong-khai/:code/khen-thuong',
      {
        schema: {
          tags: ['public'],
          summary: 'Those honoured by a site in a year (HTML), when the site publishes its list',
          params: publicSiteParams,
          // A year or page someone edited into nonsense shows the latest year's first page.
          querystring: z.object({
            [HONOUR_QUERY.year]: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
            [HONOUR_QUERY.page]: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
          }),
        },
        config,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const list = await listPublicHonours(db, site, {
          year: request.query[HONOUR_QUERY.year],
          page: request.query[HONOUR_QUERY.page],
        });
        return sendHtml(request, reply, 200, honoursPageHtml(site, list, publicUrl));
      },
    );
  };
