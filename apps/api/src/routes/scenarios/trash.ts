// The trash: deleted scenarios, restorable for RESTORE_WINDOW_DAYS days.
import { requireActor } from '../../auth/actor';
import { RESTORE_WINDOW_DAYS, type ScenarioRepository } from '../../repositories/scenarios';
import { etagOf } from '../../scenarios/documents';
import { present, summary, TAGS, type ScenarioApp } from './present';
import * as s from './schemas';

/** GET /trash. */
export function registerTrashList(app: ScenarioApp, repo: ScenarioRepository): void {
  app.get(
    '/trash',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: `Deleted scenarios you can restore (kept ${RESTORE_WINDOW_DAYS} days)`,
        response: { 200: s.listResponse, ...s.errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const items = await repo.listDeleted(actor);
      return { items: items.map((r) => summary(actor, r)), total: items.length, limit: items.length, offset: 0 };
    },
  );
}

/** POST /:id/restore. */
export function registerRestore(app: ScenarioApp, repo: ScenarioRepository): void {
  app.post(
    '/:id/restore',
    {
      config: { auth: 'writer' },
      schema: {
        tags: TAGS,
        summary: 'Bring back a deleted scenario (same version and document)',
        params: s.idParams,
        response: { 200: s.scenarioSchema, ...s.errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const restored = await repo.undelete(actor, request.params.id);
      return reply.header('etag', etagOf(restored)).send(present(actor, restored));
    },
  );
}
