import { publicSiteSettings, publicSiteSettingsInput } from '@lantoa/api-contract/public-sites';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { getPublicSiteSettings } from '../use-cases/public-site/get-public-site-settings.ts';
import { updatePublicSiteSettings } from '../use-cases/public-site/update-public-site-settings.ts';

/** The settings of a province's or commune's public home, for those who keep its communication. */
export const publicSiteRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['public-sites'];
    const params = z.object({ bodyId: z.uuid() });
    app.get(
      '/api/public-sites/:bodyId',
      {
        schema: {
          tags,
          summary: 'A province’s or commune’s public home settings (the defaults while never saved)',
          params,
          response: { 200: publicSiteSettings },
        },
      },
      async (request) =>
        getPublicSiteSettings(contextOf(request, deps), request.params.bodyId, deps.config.publicUrl),
    );
    app.put(
      '/api/public-sites/:bodyId',
      {
        schema: {
          tags,
          summary:
            'Open or close the public home, its intro and the days to answer feedback (optimistic on version; 0 creates)',
          params,
          body: publicSiteSettingsInput,
          response: { 200: publicSiteSettings },
        },
      },
      async (request) =>
        updatePublicSiteSettings(
          contextOf(request, deps),
          request.params.bodyId,
          request.body,
          deps.config.publicUrl,
        ),
    );
  };
