import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from './http/context.ts';
import { errorHandler } from './http/errors.ts';
import { registerInputTextCheck } from './http/input-text.ts';
import { type LogDestination, loggerOptions, registerRequestId, requestIdOf } from './http/logging.ts';
import { isAuthorisedScrape, registerMetrics } from './http/metrics.ts';
import { registerRateLimit } from './http/rate-limit.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerSession } from './http/session.ts';
import { setWebFileCaching } from './http/web-files.ts';
import { assistantRoutes } from './routes/assistant.ts';
import { assistantDraftRoutes } from './routes/assistant-drafts.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { bodyRoutes } from './routes/bodies.ts';
import { broadcastRoutes } from './routes/broadcast.ts';
import { budgetRoutes } from './routes/budget.ts';
import { cascadeRoutes } from './routes/cascade.ts';
import { channelFeedsRoutes } from './routes/channel-feeds.ts';
import { channelsRoutes } from './routes/channels.ts';
import { eventRoutes } from './routes/events.ts';
import { feedbackRoutes } from './routes/feedback.ts';
import { healthRoutes } from './routes/health.ts';
import { honourRoutes } from './routes/honours.ts';
import { libraryRoutes } from './routes/library.ts';
import { misinformationRoutes } from './routes/misinformation.ts';
import { networkRoutes } from './routes/network.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { outputsRoutes } from './routes/outputs.ts';
import { planRoutes } from './routes/plans.ts';
import { pressRoutes } from './routes/press.ts';
import { pronunciationRoutes } from './routes/pronunciations.ts';
import { publicFeedbackRoutes } from './routes/public-feedback.ts';
import { publicHomeRoutes } from './routes/public-home.ts';
import { publicHonourRoutes } from './routes/public-honours.ts';
import { publicLibraryRoutes } from './routes/public-library.ts';
import { publicMisinformationRoutes } from './routes/public-misinformation.ts';
import { publicPageRoutes } from './routes/public-pages.ts';
import { publicScienceProblemRoutes } from './routes/public-science-problems.ts';
import { publicScienceTaskRoutes } from './routes/public-science-tasks.ts';
import { publicSiteRoutes } from './routes/public-sites.ts';
import { pushesRoutes } from './routes/pushes.ts';
import { quizRoutes } from './routes/quiz.ts';
import { reportRoutes } from './routes/reports.ts';
import { reviewRoutes } from './routes/reviews.ts';
import { scienceProblemRoutes } from './routes/science-problems.ts';
import { scienceTaskRoutes } from './routes/science-tasks.ts';
import { stationRoutes } from './routes/station.ts';
import { taskRoutes } from './routes/tasks.ts';
import { trainingRoutes } from './routes/training.ts';
import { trainingImportRoutes } from './routes/training-imports.ts';
import { userRoutes } from './routes/users.ts';

/** The route @fastify/static registers for the built web app (wildcard under its prefix '/'). */
const STATIC_FILES_ROUTE = '/*';

// Validation messages in Vietnamese; the error handler prefixes the field's name.
z.config(z.locales.vi());

export async function buildApp(
  deps: AppDeps,
  options: { logger?: boolean; logDestination?: LogDestination } = {},
) {
  const app = Fastify({
    logger: loggerOptions(options.logger ?? false, options.logDestination),
    genReqId: requestIdOf,
    bodyLimit: 1024 * 1024,
    // X-Forwarded-For only from the proxies named in LANTOA_TRUSTED_PROXIES: otherwise any client
    // could pick its own address and escape every per-address limit and throttle.
    trustProxy: deps.config.trustedProxies.length > 0 ? deps.config.trustedProxies : false,
  });
  const registeredRoutes: string[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) registeredRoutes.push(`${method} ${route.url}`);
  });
  // First of the hooks, so every answer carries it, even one a later hook cuts short (429, 401).
  registerRequestId(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  // API answers and server-rendered pages compressed for the browser that accepts it (brotli at a
  // fast setting, or gzip); the staff app's files are compressed once at build time instead.
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(cookie);
  await app.register(multipart, {
    limits: {
      fileSize: Math.max(
        deps.config.maxPlanBytes,
        deps.config.maxEvidenceBytes,
        deps.config.uploadLimits.maxImageBytes,
        deps.config.uploadLimits.maxDocumentBytes,
        deps.config.uploadLimits.maxAudioBytes,
        deps.config.uploadLimits.maxVideoBytes,
      ),
    },
  });
  await registerRateLimit(app, deps, {
    allowList: (request) =>
      request.routeOptions.url === STATIC_FILES_ROUTE ||
      isAuthorisedScrape(request, deps.config.metricsToken),
  });
  await app.register(swagger, {
    openapi: { info: { title: 'Lan Tỏa API', version: deps.version } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerMetrics(app, deps);
  registerSecurityHeaders(app, deps);
  registerSession(app, deps);
  registerInputTextCheck(app);

  await app.register(healthRoutes(deps));
  await app.register(authRoutes(deps));
  await app.register(bodyRoutes(deps));
  await app.register(userRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(planRoutes(deps));
  await app.register(cascadeRoutes(deps));
  await app.register(taskRoutes(deps));
  await app.register(trainingRoutes(deps));
  await app.register(trainingImportRoutes(deps));
  await app.register(outputsRoutes(deps));
  await app.register(channelsRoutes(deps));
  await app.register(channelFeedsRoutes(deps));
  await app.register(networkRoutes(deps));
  await app.register(pressRoutes(deps));
  await app.register(pushesRoutes(deps));
  await app.register(notificationRoutes(deps));
  await app.register(reportRoutes(deps));
  await app.register(quizRoutes(deps));
  await app.register(libraryRoutes(deps));
  await app.register(broadcastRoutes(deps));
  await app.register(stationRoutes(deps));
  await app.register(assistantRoutes(deps));
  await app.register(assistantDraftRoutes(deps));
  await app.register(pronunciationRoutes(deps));
  await app.register(publicPageRoutes(deps));
  await app.register(scienceTaskRoutes(deps));
  await app.register(publicScienceTaskRoutes(deps));
  await app.register(scienceProblemRoutes(deps));
  await app.register(publicScienceProblemRoutes(deps));
  await app.register(feedbackRoutes(deps));
  await app.register(publicFeedbackRoutes(deps));
  await app.register(misinformationRoutes(deps));
  await app.register(publicMisinformationRoutes(deps));
  await app.register(publicSiteRoutes(deps));
  await app.register(publicHomeRoutes(deps));
  await app.register(publicLibraryRoutes(deps));
  await app.register(eventRoutes(deps));
  await app.register(honourRoutes(deps));
  await app.register(publicHonourRoutes(deps));
  await app.register(budgetRoutes(deps));
  await app.register(reviewRoutes(deps));

  const hasWeb = existsSync(join(deps.config.webDist, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
  if (hasWeb)
    await app.register(fastifyStatic, {
      root: deps.config.webDist,
      wildcard: true,
      prefix: '/',
      preCompressed: true,
      cacheControl: false,
      setHeaders: setWebFileCaching,
    });

  app.setNotFoundHandler((request, reply) => {
    // The web app routes on the client: any other GET that wants a page gets index.html.
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      setWebFileCaching(reply, 'index.html');
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({
      error: { code: 'not_found', message: 'Không tìm thấy địa chỉ này. Kiểm tra lại đường dẫn.' },
    });
  });
  return app;
}
