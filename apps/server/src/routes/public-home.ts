import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { errorPage } from '../public-pages/html.ts';
import { publicHomePage } from '../public-pages/public-home-page.ts';
import { publicNewsPage } from '../public-pages/public-news-page.ts';
import { publicPageErrors, sendHtml } from '../public-pages/send-page.ts';
import { robotsTxt, sitemapXml } from '../public-pages/sitemap-xml.ts';
import { getPublicHome } from '../use-cases/public-site/get-public-home.ts';
import { listPublicNews } from '../use-cases/public-site/list-public-news.ts';
import { loadPublicSite } from '../use-cases/public-site/load-public-site.ts';
import { sitemapEntries } from '../use-cases/public-site/sitemap.ts';
import { publicSiteParams } from './schemas.ts';

const NOT_FOUND = errorPage(
  'Không tìm thấy trang',
  'Trang công khai này không tồn tại hoặc chưa được mở. Hãy kiểm tra lại đường dẫn.',
);

// A public page may be kept a minute by the browser and any cache between (a link shared in a group
// chat is opened by many at once); the figures it shows move by the day, not by the second. The
// sitemap and robots.txt change when a site opens or a record is published: an hour.
const PAGE_CACHE = 'public, max-age=60';
const CRAWLER_CACHE = 'public, max-age=3600';

/**
 * A body's public home (`/cong-khai/:code`) and its news (`…/tin-tuc`), server-rendered like the
 * contest page, and what crawlers read: /sitemap.xml and /robots.txt.
 */
export const publicHomeRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Encapsulated: errors of these routes answer with an HTML page, not JSON.
    app.setErrorHandler(
      publicPageErrors(
        () => NOT_FOUND,
        'Máy chủ gặp sự cố khi mở trang công khai. Hãy tải lại trang sau ít phút.',
      ),
    );
    // sendHtml marks every page no-cache (the contest page changes by the second); a public page
    // that was found may be cached briefly. Errors stay uncached: a site turned on shows at once.
    app.addHook('onSend', async (_request, reply, payload) => {
      if (reply.statusCode === 200) {
        const type = String(reply.getHeader('content-type') ?? '');
        reply.header('cache-control', type.startsWith('text/html') ? PAGE_CACHE : CRAWLER_CACHE);
      }
      return payload;
    });
    const config = { rateLimit: { max: deps.config.publicPerMinute, timeWindow: '1 minute' } };
    const { db } = deps.handle;
    const { publicUrl } = deps.config;

    app.get(
      '/cong-khai/:code',
      {
        schema: {
          tags: ['public'],
          summary:
            'A province’s or commune’s public home (HTML): plan progress in aggregates, map, news, contests',
          params: publicSiteParams,
        },
        config,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const page = await publicHomePage(site, await getPublicHome(db, site), { publicUrl });
        return sendHtml(request, reply, 200, page);
      },
    );

    app.get(
      '/cong-khai/:code/tin-tuc',
      {
        schema: {
          tags: ['public'],
          summary: 'A site’s news (HTML): outputs marked public of the bodies under it, newest first',
          params: publicSiteParams,
          querystring: z.object({ trang: z.coerce.number().int().min(1).max(100_000).default(1) }),
        },
        config,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const news = await listPublicNews(db, site, request.query.trang);
        return sendHtml(request, reply, 200, publicNewsPage(site, news, { publicUrl }));
      },
    );

    app.get(
      '/sitemap.xml',
      {
        schema: { tags: ['public'], summary: 'Every page of the open public sites (sitemap protocol)' },
        config,
      },
      async (_request, reply) =>
        reply.type('application/xml; charset=utf-8').send(sitemapXml(await sitemapEntries(db), publicUrl)),
    );

    app.get(
      '/robots.txt',
      { schema: { tags: ['public'], summary: 'What crawlers may read' }, config },
      async (_request, reply) => reply.type('text/plain; charset=utf-8').send(robotsTxt(publicUrl)),
    );
  };
