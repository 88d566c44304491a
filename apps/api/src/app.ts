import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '@tokenplan/db';
import { clientErrorHandler, frameworkErrors, registerErrorHandling } from './plugins/errorHandler';
import { registerJsonBody } from './plugins/jsonBody';
import { registerDocs } from './plugins/docs';
import { registerSpa } from './plugins/spa';
import { healthRoutes } from './routes/health';
import { DEFAULT_AUTH_CONFIG, DEFAULT_RATE_LIMIT, type AuthConfig, type RateLimitConfig } from './auth/config';
import { registerAuth } from './plugins/auth';
import { registerRateLimit, registerSecurityHeaders } from './plugins/security';
import { authRoutes } from './routes/auth';
import { inviteRoutes } from './routes/invites';
import { userRoutes } from './routes/users';
import { tokenRoutes } from './routes/tokens';
import { auditRoutes } from './routes/audit';
import { projectionRoutes } from './routes/projections';
import { scenarioRoutes } from './routes/scenarios/index';
import { registerJobPool, type JobPoolOptions } from './jobs/pool';
import type { JobQueue } from './queue/queue';

export type { Actor, AuthRule, Role } from './auth/actor';
export type { AuthConfig, RateLimitConfig } from './auth/config';
export { recordAudit, type AuditEntry } from './audit';
export { HttpError } from './errors';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface AppOptions {
  db: Database;
  logger?: FastifyServerOptions['logger'];
  webDist?: string | undefined;
  /** Sessions, cookies, CSRF origins (defaults: DEFAULT_AUTH_CONFIG). */
  auth?: Partial<AuthConfig>;
  /** Rate limits (defaults: DEFAULT_RATE_LIMIT); `{ enabled: false }` in most tests. */
  rateLimit?: Partial<RateLimitConfig>;
  /** Seed the demo pair at first setup (production default: on, see env.ts; off in tests). */
  demoWorkspace?: boolean;
  /** Limits of the worker pool that runs exports and analyses (defaults: DEFAULT_JOB_LIMITS, jobs/pool.ts). */
  jobs?: JobPoolOptions;
  /** Durable jobs on PostgreSQL (queue/queue.ts): `Prefer: respond-async` job requests answer 202. */
  queue?: JobQueue | undefined;
  /** Rate-limit counters in Redis (else in PostgreSQL on a server database, in memory on PGlite). */
  redisUrl?: string | undefined;
  /** Byte budget of the projection cache (default 64 MiB; entries counted by their JSON size). */
  projectionCacheBytes?: number;
}

/** Builds the whole application (no listening): used by server.ts and by tests through inject(). */
export async function buildApp({ db, logger = false, webDist = DEFAULT_WEB_DIST, ...options }: AppOptions) {
  const auth: AuthConfig = { ...DEFAULT_AUTH_CONFIG, ...options.auth };
  const rateLimit: RateLimitConfig = { ...DEFAULT_RATE_LIMIT, ...options.rateLimit };
  const app = Fastify({
    logger,
    bodyLimit: 1024 * 1024,
    requestTimeout: 30_000,
    trustProxy: false,
    // Errors found before the error handler (routing, Node's HTTP parser) in our shape too.
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerJsonBody(app); // nesting limit on every JSON body
  await registerSecurityHeaders(app);
  await registerDocs(app);
  // Rate limiting, then authentication, before any /api/v1 route: both hook routes as they are added.
  await registerRateLimit(app, rateLimit, { db, redisUrl: options.redisUrl }); // counters shared by replicas
  await registerAuth(app, { db, config: auth });
  await app.register(healthRoutes, { db });
  const jobs = registerJobPool(app, options.jobs); // closed with the app (onClose)
  const deps = { db, auth, rateLimit, demoWorkspace: options.demoWorkspace ?? false, jobs };
  app.decorate('queue', options.queue ?? null);
  if (options.queue) await app.register((await import('./queue/routes')).jobRoutes, { queue: options.queue }); // /api/v1/jobs
  await app.register(authRoutes, deps);
  await app.register(inviteRoutes, deps);
  await app.register(userRoutes, deps);
  await app.register(tokenRoutes, deps);
  await app.register(auditRoutes, deps);
  await app.register(projectionRoutes);
  await app.register((await import('./routes/exports/index')).exportRoutes, { ...deps, prefix: '/api/v1' }); // board-ready exports (docs/exports.md)
  await app.register((await import('./routes/analysis/index')).analysisRoutes, deps); // compare, tornado, Monte Carlo, goal seek (spec §6)
  await app.register(scenarioRoutes, { ...deps, prefix: '/api/v1/scenarios', projectionCacheBytes: options.projectionCacheBytes });
  await app.register((await import('./routes/claims')).claimRoutes, deps); // claim check against the reference library (issue 22)
  await app.register((await import('./routes/actuals/index')).actualsRoutes, { ...deps, prefix: '/api/v1/actuals' }); // actual spend, mapping rules (docs/actuals.md)
  await registerSpa(app, webDist);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
