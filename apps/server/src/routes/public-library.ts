import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import {
  LIBRARY_NOT_FOUND,
  publicLibraryItemPage,
  publicLibraryListPage,
} from '../public-pages/public-library-pages.ts';
import { publicPageErrors, sendHtml } from '../public-pages/send-page.ts';
import {
  getPublicLibraryFile,
  getPublicLibraryItem,
  getPublicLibraryThumbnail,
} from '../use-cases/public-library/get-public-library-item.ts';
import { listPublicLibrary } from '../use-cases/public-library/list-public-library.ts';
import { loadPublicSite } from '../use-cases/public-site/load-public-site.ts';
import { publicSiteParams } from './schemas.ts';
import { sendPublicDownload, sendStoredBytes } from './uploads.ts';

const itemParams = publicSiteParams.extend({ id: z.uuid() });

// A page may be kept a minute (a link shared in a group chat is opened by many at once), as the
// home's. The file and thumbnail are checked again on every use (no-cache): an item sent back to
// review or no longer marked public stops being served at once, also from a cache between.
const PAGE_CACHE = 'public, max-age=60';

/**
 * The public pages of the library (`/cong-khai/:code/thu-vien`): the communication products the
 * bodies under a site marked public and that are approved, each product's page, its file and its
 * thumbnail. Anything else — pending, rejected, not marked public, of another site, missing —
 * answers the same "not found" page.
 */
export const publicLibraryRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Encapsulated: errors of these routes answer with an HTML page, not JSON.
    app.setErrorHandler(
      publicPageErrors(
        () => LIBRARY_NOT_FOUND,
        'Máy chủ gặp sự cố khi mở trang sản phẩm truyền thông. Hãy tải lại trang sau ít phút.',
      ),
    );
    // sendHtml marks every page no-cache; a page that was found may be cached briefly.
    app.addHook('onSend', async (_request, reply, payload) => {
      const type = String(reply.getHeader('content-type') ?? '');
      if (reply.statusCode === 200 && type.startsWith('text/html')) reply.header('cache-control', PAGE_CACHE);
      return payload;
    });
    const config = { rateLimit: { max: deps.config.publicPerMinute, timeWindow: '1 minute' } };
    const { db } = deps.handle;
    const { publicUrl } = deps.config;

    app.get(
      '/cong-khai/:code/thu-vien',
      {
        schema: {
          tags: ['public'],
          summary:
            'A site’s communication products (HTML): library items marked public and approved of the bodies under it, newest first',
          params: publicSiteParams,
          querystring: z.object({ trang: z.coerce.number().int().min(1).max(100_000).default(1) }),
        },
        config,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const list = await listPublicLibrary(db, site, request.query.trang);
        return sendHtml(request, reply, 200, publicLibraryListPage(site, list, { publicUrl }));
      },
    );

    app.get(
      '/cong-khai/:code/thu-vien/:id',
      {
        schema: {
          tags: ['public'],
          summary: 'A public communication product’s page (HTML): what it is, its usage rights, its file',
          params: itemParams,
        },
        config,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const item = await getPublicLibraryItem(db, site, request.params.id);
        return sendHtml(request, reply, 200, publicLibraryItemPage(site, item, { publicUrl }));
      },
    );

    app.get(
      '/cong-khai/:code/thu-vien/:id/tep',
      {
        schema: {
          tags: ['public'],
          summary: 'A public communication product’s file, as a download',
          params: itemParams,
        },
        config,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const file = await getPublicLibraryFile(db, site, request.params.id);
        return sendPublicDownload(request, reply, filesOf(deps), file);
      },
    );

    app.get(
      '/cong-khai/:code/thu-vien/:id/anh',
      {
        schema: {
          tags: ['public'],
          summary: 'A public communication product’s thumbnail (WebP)',
          params: itemParams,
        },
        config,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const thumbnail = await getPublicLibraryThumbnail(db, site, request.params.id);
        return sendStoredBytes(request, reply, filesOf(deps), thumbnail, {
          'content-type': 'image/webp',
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; sandbox",
          'cache-control': 'no-cache',
        });
      },
    );
  };
