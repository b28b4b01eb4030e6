import { timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import { findSession, grantsOf, SESSION_TOUCH_INTERVAL_MS, toGrants, touchSession } from '@lantoa/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps, Context } from './context.ts';
import { AppError } from './errors.ts';

export const SESSION_COOKIE = 'lantoa_session';
/**
 * Sent by the web app on requests it makes by itself (the notification count polled every minute):
 * they are not the user's activity, so they do not keep an idle session alive.
 */
export const BACKGROUND_HEADER = 'x-lantoa-background';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A public form that reads no session (the attendance page, the unsubscribe button): the session
     * cookie a signed-in browser also sends is not loaded, so no CSRF token is asked of a page that
     * cannot have one; its handler must not call contextOf.
     */
    sessionless?: boolean;
  }
}

const sameToken = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Loads the actor from the httpOnly session cookie and enforces the CSRF token (synchroniser
 * pattern: the token lives in the session and must come back in `x-csrf-token`) on every
 * state-changing request of a signed-in session. A session ends at its absolute expiry or after
 * `sessionIdleMinutes` without use; its last use is written at most once a minute.
 */
export function registerSession(app: FastifyInstance, { handle, config }: AppDeps) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('preHandler', async (request) => {
    if (request.routeOptions.config.sessionless) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await findSession(handle.db, token, config.sessionIdleMinutes);
    if (!session) return;
    const grants = (await grantsOf(handle.db, [session.user_id])).get(session.user_id) ?? [];
    request.actor = { userId: session.user_id, bodyId: session.body_id, grants: toGrants(grants) };
    request.sessionToken = token;
    request.csrfToken = session.csrf_token;
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrf_token)) {
        throw new AppError(
          'csrf',
          'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Hãy tải lại trang rồi thử lại.',
        );
      }
    }
    const background = request.headers[BACKGROUND_HEADER] === '1';
    if (!background && Date.now() - session.last_seen_at.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
      await touchSession(handle.db, token);
    }
  });
}

/** The use-case context of a signed-in request; 401 otherwise. */
export function contextOf(request: FastifyRequest, deps: AppDeps): Context {
  if (!request.actor)
    throw new AppError('unauthenticated', 'Bạn chưa đăng nhập hoặc phiên đã hết hạn. Hãy đăng nhập lại.');
  return { db: deps.handle.db, actor: request.actor };
}

/** The CSRF token of a signed-in request's session, which the web app sends back on writes; 401 otherwise. */
export function csrfTokenOf(request: FastifyRequest): string {
  if (!request.csrfToken)
    throw new AppError('unauthenticated', 'Bạn chưa đăng nhập hoặc phiên đã hết hạn. Hãy đăng nhập lại.');
  return request.csrfToken;
}

/**
 * The cookie lives as long as the session, counted from now (Max-Age) rather than to an instant
 * (Expires): the browser's clock may differ from the server's, and a cookie dated by the server's
 * clock could arrive already expired.
 */
export function setSessionCookie(reply: FastifyReply, deps: AppDeps, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.secureCookies,
    path: '/',
    maxAge: Math.max(0, Math.round((expiresAt.getTime() - Date.now()) / 1000)),
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
