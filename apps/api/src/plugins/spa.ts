import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { errorBody } from '../errors';

/**
 * Serves the built single-page app from `distDir`; any other GET that asks for HTML gets index.html
 * (client-side routing). API paths and non-HTML requests get a JSON 404.
 */
export async function registerSpa(app: FastifyInstance, distDir: string): Promise<void> {
  const hasSpa = existsSync(join(distDir, 'index.html'));
  if (hasSpa) {
    await app.register(fastifyStatic, { root: distDir, wildcard: false, index: 'index.html' });
  } else {
    app.log.warn({ distDir }, 'web app not built: run `pnpm build` to serve the UI');
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsHtml = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (hasSpa && wantsHtml && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send(errorBody('not_found', `No route for ${request.method} ${request.url.split('?')[0]}.`));
  });
}
