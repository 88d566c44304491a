// /api/v1/actuals (issue 18, docs/actuals.md): imports of actual spend, mapping rules, months.
// Reads need a signed-in user; imports, undo and rule changes need write access (editors, owners).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ActualsRepository, MappingRepository } from '../../repositories/actuals';
import type { RouteDeps } from '../deps';
import { registerImportRoutes } from './imports';
import { registerMappingRoutes } from './mappings';

export const actualsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, jobs }) => {
  app.removeContentTypeParser('text/plain');
  const repo = new ActualsRepository(db);
  const mappings = new MappingRepository(db);
  registerImportRoutes(app, repo, mappings, jobs);
  registerMappingRoutes(app, repo, mappings);
};
