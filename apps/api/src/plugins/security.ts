// Security headers (helmet, with a CSP the SPA and the API docs work under) and rate limiting.
// Rate limiting must be registered before the routes (it hooks them as they are added). Its counters
// live where every replica sees them: Redis when REDIS_URL is set, else PostgreSQL (cluster/
// rateLimitStore.ts); on the embedded database (one process) in memory, as the plugin does by default.
import type { FastifyInstance } from 'fastify';
import type { Database } from '@tokenplan/db';
import { Redis } from 'ioredis';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { RateLimitConfig } from '../auth/config';
import { HttpError } from '../errors';
import { postgresRateLimitStore } from '../cluster/rateLimitStore';

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

export interface RateLimitShared {
  db?: Database | undefined;
  /** redis://… : counters in Redis (ioredis), whatever the database. */
  redisUrl?: string | undefined;
}

/** How long a starting replica waits for Redis before it serves with its limits paused. */
const REDIS_READY_MS = 5_000;

/**
 * Where the counters live: Redis, PostgreSQL, or this process (the plugin's default). Redis is an outside
 * service: the replica waits for it before serving (a command sent before the connection was ready failed,
 * and the request with it: a 500), and while it is unreachable requests pass unlimited (`skipOnError`) with
 * the outage in the log, rather than every API request failing.
 */
async function sharedStore(app: FastifyInstance, { db, redisUrl }: RateLimitShared) {
  if (redisUrl) {
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
    redis.on('error', (err) => app.log.warn({ err }, 'rate-limit redis error: limits paused until it answers'));
    app.addHook('onClose', async () => void redis.disconnect());
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, REDIS_READY_MS);
      function done() {
        clearTimeout(timer);
        redis.off('ready', done).off('error', done);
        resolve();
      }
      redis.once('ready', done).once('error', done);
    });
    return { redis, nameSpace: 'tokenplan-rl:', skipOnError: true };
  }
  if (db?.kind === 'postgres') return { store: postgresRateLimitStore(db) };
  return {};
}

export async function registerRateLimit(app: FastifyInstance, config: RateLimitConfig, shared: RateLimitShared = {}): Promise<void> {
  if (!config.enabled) return;
  await app.register(rateLimit, {
    ...(await sharedStore(app, shared)),
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
