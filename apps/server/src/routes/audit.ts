import { auditPage, auditQuery } from '@lantoa/api-contract/audit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { listAuditInScope } from '../use-cases/audit/list-audit.ts';

export const auditRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'The audit trail of the actor’s subtree',
          querystring: auditQuery,
          response: { 200: auditPage },
        },
      },
      async (request) => listAuditInScope(contextOf(request, deps), request.query),
    );
  };
