import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from './deps';

export const userRoutes: FastifyPluginAsyncZod<RouteDeps> = async () => {};
