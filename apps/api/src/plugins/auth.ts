// Authentication and the route contract. Every /api/v1 route must declare `config.auth`
// (public | user | writer | owner): start-up fails otherwise. On each request to such a route the actor
// is resolved from `Authorization: Bearer` (API token) or the session cookie, cross-origin state changes
// are refused (CSRF), and the rule is enforced: 401 without an actor, 403 when the role/scope is short.
import type { FastifyInstance, FastifyRequest, onRequestHookHandler, RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import type { Database } from '@tokenplan/db';
import type { AuthRule } from '../auth/actor';
import { resolveApiToken } from '../auth/apiTokens';
import { SESSION_COOKIE, type AuthConfig } from '../auth/config';
import { resolveSession } from '../auth/sessions';
import { HttpError } from '../errors';

export const AUTH_RULES: readonly AuthRule[] = ['public', 'user', 'writer', 'owner'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface ApiRouteRule {
  method: string;
  url: string;
  auth: AuthRule;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api/v1 route with its declared rule (the authorization matrix test is generated from it). */
    apiRouteRules: ApiRouteRule[];
  }
}

/** Routes the contract applies to. */
export function isProtectedPath(url: string): boolean {
  return url === '/api/v1' || url.startsWith('/api/v1/');
}

export async function registerAuth(app: FastifyInstance, { db, config }: { db: Database; config: AuthConfig }): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('actor', null);
  const rules: ApiRouteRule[] = [];
  app.decorate('apiRouteRules', rules);

  const trusted = new Set(config.trustedOrigins.map((o) => o.replace(/\/$/, '')));

  const authenticate: onRequestHookHandler = async (request) => {
    const rule = request.routeOptions.config.auth;
    if (!rule) return;
    request.actor = await resolveActor(request);
    checkOrigin(request, trusted);
    enforce(request, rule);
  };

  async function resolveActor(request: FastifyRequest) {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const actor = match?.[1] ? await resolveApiToken(db, match[1]) : null;
      if (!actor) throw new HttpError(401, 'invalid_token', 'The API token is malformed, unknown, expired or revoked.');
      return actor;
    }
    const secret = request.cookies[SESSION_COOKIE];
    return secret ? resolveSession(db, config, secret) : null;
  }

  // Runs after the hooks of plugins registered earlier (rate limiting counts first).
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!isProtectedPath(route.url)) return;
    const rule = route.config?.auth;
    if (!rule || !AUTH_RULES.includes(rule)) {
      const methods = Array.isArray(route.method) ? route.method.join(',') : route.method;
      throw new Error(`Route ${methods} ${route.url} must declare config.auth (one of ${AUTH_RULES.join(', ')}).`);
    }
    for (const method of Array.isArray(route.method) ? route.method : [route.method]) rules.push({ method, url: route.url, auth: rule });
    const existing = route.onRequest;
    route.onRequest = [...(Array.isArray(existing) ? existing : existing ? [existing] : []), authenticate];
  });
}

/**
 * CSRF: a state-changing request authenticated by cookie must come from our own origin. Browsers always
 * send Origin on cross-origin (and same-origin non-GET) fetches; a cookie request without Origin or
 * Referer is refused. Bearer requests are exempt (a cross-site page cannot set Authorization).
 */
function checkOrigin(request: FastifyRequest, trusted: Set<string>): void {
  if (SAFE_METHODS.has(request.method) || request.actor?.via === 'token') return;
  const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
  if (origin === undefined) {
    if (request.cookies[SESSION_COOKIE] !== undefined) {
      throw new HttpError(403, 'csrf_rejected', 'State-changing requests with a session cookie must carry an Origin header.');
    }
    return;
  }
  if (!sameOrigin(origin, request.headers.host) && !trusted.has(origin)) {
    throw new HttpError(403, 'csrf_rejected', 'Cross-origin request refused.');
  }
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  if (!host || origin === 'null') return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host;
  } catch {
    return false;
  }
}

function enforce(request: FastifyRequest, rule: AuthRule): void {
  if (rule === 'public') return;
  const actor = request.actor;
  if (!actor) throw new HttpError(401, 'unauthenticated', 'Sign in or send an API token.');
  if (rule === 'writer' && !actor.canWrite) {
    throw new HttpError(403, 'forbidden', actor.role === 'VIEWER' ? 'Viewers cannot make changes.' : 'This API token is read-only.');
  }
  if (rule === 'owner') {
    if (actor.role !== 'OWNER') throw new HttpError(403, 'forbidden', 'Only the workspace owner can do this.');
    if (!SAFE_METHODS.has(request.method) && !actor.canWrite) throw new HttpError(403, 'forbidden', 'This API token is read-only.');
  }
}
