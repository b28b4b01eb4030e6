import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './context.ts';

/**
 * Security headers on every response (Content-Security-Policy, frame-ancestors, Referrer-Policy…).
 * Filled in by the XSS/CSP work of issue 11.
 */
export function registerSecurityHeaders(_app: FastifyInstance, _deps: AppDeps): void {}
