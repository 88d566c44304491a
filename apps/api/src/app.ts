import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '@tokenplan/db';
import { registerErrorHandling } from './plugins/errorHandler';
import { registerDocs } from './plugins/docs';
import { registerSpa } from './plugins/spa';
import { healthRoutes } from './routes/health';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface AppOptions {
  db: Database;
  logger?: FastifyServerOptions['logger'];
  webDist?: string | undefined;
}

/** Builds the whole application (no listening): used by server.ts and by tests through inject(). */
export async function buildApp({ db, logger = false, webDist = DEFAULT_WEB_DIST }: AppOptions) {
  const app = Fastify({
    logger,
    bodyLimit: 1024 * 1024,
    requestTimeout: 30_000,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await registerDocs(app);
  await app.register(healthRoutes, { db });
  await registerSpa(app, webDist);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
