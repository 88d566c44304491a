// Security headers (helmet, with a CSP the SPA and the API docs work under) and rate limiting.
// Rate limiting must be registered before the routes (it hooks them as they are added).
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { RateLimitConfig } from '../auth/config';
import { HttpError } from '../errors';

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React and Recharts set style attributes; no inline scripts are allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Served over plain HTTP on a LAN too: do not force HTTPS upgrades from here.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}

export async function registerRateLimit(app: FastifyInstance, config: RateLimitConfig): Promise<void> {
  if (!config.enabled) return;
  await app.register(rateLimit, {
    global: true,
    max: config.generalPerMinute,
    timeWindow: 60_000,
    // Every API route is limited, static files and the SPA are not. Decided by the route the request
    // reached, never by the raw URL: `/%61pi/v1/…` reaches the same handler as `/api/v1/…`.
    allowList: (request) => !isApiRoute(request.routeOptions.url),
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate_limited', `Too many requests: retry in ${Math.ceil(context.ttl / 1000)} s.`),
  });
}

/** Whether a route pattern (`request.routeOptions.url`, not the URL as sent) belongs to the API. */
export function isApiRoute(routeUrl: string | undefined): boolean {
  return routeUrl !== undefined && (routeUrl === '/api' || routeUrl.startsWith('/api/'));
}

/** Per-route config for the strict limit (login, setup, password change, invite inspection and acceptance). */
export function strictRateLimit(config: RateLimitConfig) {
  return { max: config.authPerMinute, timeWindow: 60_000 };
}
