// /api/v1/scenarios: CRUD, revisions, diff, projection, templates, import/export (docs/api.md).
// Registered under the prefix /api/v1/scenarios. Reads need a signed-in user ('user'); writes need
// write access ('writer'); object-level access is the repository's (scenarios.ts). Each concept
// has its module; they register here in the order the API document lists them.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ScenarioRepository } from '../../repositories/scenarios';
import { ByteBudgetCache, DEFAULT_PROJECTION_CACHE_BYTES } from '../../scenarios/lru';
import type { ProjectionBody } from '../../schemas/projection';
import type { RouteDeps } from '../deps';
import { registerDuplicate, registerListAndCreate, registerScenarioRoutes } from './crud';
import { registerExchangeRoutes } from './exchange';
import { registerCommentRoutes } from './comments';
import { registerProjectionRoute } from './projection';
import { registerRevisionRoutes } from './revisions';
import { registerSharingRoutes } from './sharing';
import { registerTemplateRoutes } from './templates';
import { registerVersionRoutes } from './versions';
import { registerRestore, registerTrashList } from './trash';

export const scenarioRoutes: FastifyPluginAsyncZod<RouteDeps & { projectionCacheBytes?: number | undefined }> = async (app, { db, jobs, projectionCacheBytes }) => {
  // JSON only: a text/plain body is a 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain');
  const repo = new ScenarioRepository(db);
  const projections = new ByteBudgetCache<ProjectionBody>(projectionCacheBytes ?? DEFAULT_PROJECTION_CACHE_BYTES);

  registerListAndCreate(app, repo);
  registerTemplateRoutes(app, repo);
  registerTrashList(app, repo);
  registerExchangeRoutes(app, repo, jobs);
  registerScenarioRoutes(app, repo);
  registerRestore(app, repo);
  registerDuplicate(app, repo);
  registerRevisionRoutes(app, repo);
  registerProjectionRoute(app, repo, projections);
  registerVersionRoutes(app, db, projections); // locked versions, baseline, variance (issue 18)
  registerSharingRoutes(app, db); // visibility and per-person grants (issue 19)
  registerCommentRoutes(app, db); // threaded comments with mentions (issue 19)
};
