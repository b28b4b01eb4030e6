import { SCIENCE_TASK_LEVELS, SCIENCE_TASK_STATUSES } from '@lantoa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import {
  LIST_QUERY,
  SCIENCE_TASK_NOT_FOUND,
  scienceTaskListPageHtml,
  scienceTaskPageHtml,
} from '../public-pages/science-task-pages.ts';
import { publicPageErrors, sendHtml } from '../public-pages/send-page.ts';
import { loadPublicSite } from '../use-cases/public-site/load-public-site.ts';
import {
  getPublicScienceTask,
  getPublicScienceTaskFile,
} from '../use-cases/science-tasks/get-public-science-task.ts';
import { listPublicScienceTasks } from '../use-cases/science-tasks/list-public-science-tasks.ts';
import { publicSiteParams } from './schemas.ts';
import { sendPublicDownload } from './uploads.ts';

/** A body's code in a public address ("08", "02353"). */
const taskParams = publicSiteParams.extend({ taskId: z.uuid() });

/**
 * The public pages of the S&T task registry, server-rendered (no staff-app code): the list of the
 * tasks a site discloses, each task's page, and its files. Anything not disclosed — unpublished,
 * secret, of another site, missing — answers the same "not found" page.
 */
export const publicScienceTaskRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Encapsulated: errors of these routes answer with an HTML page, not JSON.
    app.setErrorHandler(
      publicPageErrors(
        () => SCIENCE_TASK_NOT_FOUND,
        'Máy chủ gặp sự cố khi mở trang nhiệm vụ khoa học và công nghệ. Hãy tải lại trang sau ít phút.',
      ),
    );
    const config = { rateLimit: { max: deps.config.publicPerMinute, timeWindow: '1 minute' } };
    const { publicUrl } = deps.config;
    const db = deps.handle.db;

    app.get(
      '/cong-khai/:code/nhiem-vu-khcn',
      {
        schema: {
          tags: ['public'],
          summary: 'The S&T tasks a public home discloses (HTML), filtered by status and level, by page',
          params: publicSiteParams,
          // A filter someone edited into nonsense shows the whole list rather than an error.
          querystring: z.object({
            [LIST_QUERY.status]: z.enum(SCIENCE_TASK_STATUSES).optional().catch(undefined),
            [LIST_QUERY.level]: z.enum(SCIENCE_TASK_LEVELS).optional().catch(undefined),
            [LIST_QUERY.page]: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
          }),
        },
        config,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const status = request.query[LIST_QUERY.status];
        const level = request.query[LIST_QUERY.level];
        const page = request.query[LIST_QUERY.page];
        const list = await listPublicScienceTasks(db, site, { status, level, page });
        return sendHtml(
          request,
          reply,
          200,
          scienceTaskListPageHtml(site, { ...list, page, status, level }, publicUrl),
        );
      },
    );
    app.get(
      '/cong-khai/:code/nhiem-vu-khcn/:taskId',
      {
        schema: {
          tags: ['public'],
          summary: 'A disclosed S&T task’s page (HTML): its facts, summary, results and files',
          params: taskParams,
        },
        config,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const task = await getPublicScienceTask(db, site, request.params.taskId);
        return sendHtml(request, reply, 200, scienceTaskPageHtml(site, task, publicUrl));
      },
    );
    app.get(
      '/cong-khai/:code/nhiem-vu-khcn/:taskId/tep/:fileId',
      {
        schema: {
          tags: ['public'],
          summary: 'A file of a disclosed S&T task, as a download',
          params: taskParams.extend({ fileId: z.uuid() }),
        },
        config,
      },
      async (request, reply) => {
        const site = await loadPublicSite(db, request.params.code);
        const file = await getPublicScienceTaskFile(db, site, request.params.taskId, request.params.fileId);
        // Revalidated on every use: a task withdrawn (made secret, unpublished) stops being served.
        return sendPublicDownload(request, reply, filesOf(deps), file);
      },
    );
  };
