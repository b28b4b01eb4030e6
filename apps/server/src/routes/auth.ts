import { me } from '@lantoa/api-contract/auth';
import { noContent } from '@lantoa/api-contract/common';
import { password } from '@lantoa/api-contract/users';
import { deleteSession } from '@lantoa/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addressBucket } from '../http/client-address.ts';
import type { AppDeps } from '../http/context.ts';
import { clearSessionCookie, contextOf, csrfTokenOf, setSessionCookie } from '../http/session.ts';
import { changePassword } from '../use-cases/auth/change-password.ts';
import { getMe } from '../use-cases/auth/get-me.ts';
import { signIn } from '../use-cases/auth/sign-in.ts';

export const authRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/auth/sign-in',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign in; sets the httpOnly session cookie and returns the CSRF token',
          body: z.object({ username: z.string().trim().min(1).max(60), password }),
          response: { 200: me },
        },
        config: { rateLimit: { max: deps.config.signIn.perMinutePerAddress, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const session = await signIn(deps.handle.db, deps.config, {
          ...request.body,
          address: addressBucket(request.ip),
        });
        setSessionCookie(reply, deps, session.token, session.expiresAt);
        return { ...session.me, csrfToken: session.csrfToken };
      },
    );

    app.post(
      '/api/auth/sign-out',
      { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: noContent } } },
      async (request, reply) => {
        if (request.sessionToken) await deleteSession(deps.handle.db, request.sessionToken);
        clearSessionCookie(reply);
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/auth/me',
      { schema: { tags: ['auth'], summary: 'The signed-in account', response: { 200: me } } },
      async (request) => {
        const me = await getMe(contextOf(request, deps));
        return { ...me, csrfToken: csrfTokenOf(request) };
      },
    );

    app.post(
      '/api/auth/change-password',
      {
        schema: {
          tags: ['auth'],
          summary: 'Change one’s own password',
          body: z.object({ currentPassword: password, newPassword: password }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await changePassword(contextOf(request, deps), {
          ...request.body,
          keepSessionToken: request.sessionToken,
        });
        return reply.status(204).send();
      },
    );
  };
