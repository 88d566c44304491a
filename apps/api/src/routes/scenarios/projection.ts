// The projection of a stored scenario (or of one of its revisions), cached per revision.
import { requireActor } from '../../auth/actor';
import { HttpError } from '../../errors';
import type { ScenarioRepository } from '../../repositories/scenarios';
import type { ByteBudgetCache } from '../../scenarios/lru';
import { project, validateScenario } from '../../scenarios/model';
import { asProjectionBody, type ProjectionBody } from '../../schemas/projection';
import { TAGS, type ScenarioApp } from './present';
import * as s from './schemas';

export function registerProjectionRoute(app: ScenarioApp, repo: ScenarioRepository, projections: ByteBudgetCache<ProjectionBody>): void {
  app.get(
    '/:id/projection',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Projection of the stored document (or of ?revision=N), cached per revision',
        params: s.idParams,
        querystring: s.projectionQuery,
        response: { 200: s.projectionResponse, ...s.errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = request.params;
      const current = await repo.require(actor, id);
      const version = request.query.revision ?? current.version;
      const key = `${id}:${version}`;
      let projection = projections.get(key);
      if (projection === undefined) {
        const document = version === current.version ? current.document : (await repo.getRevision(actor, id, version)).document;
        const result = validateScenario(document);
        if (!result.ok) {
          throw new HttpError(
            409,
            'scenario_incomplete',
            `Version ${version} is an incomplete draft: complete it to see a projection.`,
            result.issues.map((i) => ({ path: `document.${i.path}`.replace(/\.$/, ''), message: i.message })),
          );
        }
        // The model's Projection is readonly; the response schema describes the same JSON.
        projection = asProjectionBody(project(result.scenario));
        projections.set(key, projection);
      }
      reply.header('etag', `"${key}.projection"`).header('cache-control', 'private, no-cache');
      return { scenarioId: id, version, projection };
    },
  );
}
